"""The annotated page of one article: gathered from the library, written as a self-contained HTML file.

(The PDF is drawn by Qt: reader/printing, from the same `Page`.)
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core import messages
from reader.core.date_format import written_and_other_calendar
from reader.core.errors import UnknownNameError
from reader.core.record import Record
from reader.core.records import ArticleRecord
from reader.core.render.html import FontFace, page_html
from reader.core.render.labels import ENGLISH, Labels
from reader.core.render.page import Page, build_page
from reader.services.annotations import AnnotationService
from reader.services.changelog import ChangeLog
from reader.services.files import write_file
from reader.services.locations import resource_path
from reader.storage import articles_repo

if TYPE_CHECKING:
    import sqlite_utils

FONT_FILES = {400: "NotoSansArabicStatic-Regular.ttf", 700: "NotoSansArabicStatic-Bold.ttf"}
FONT_FAMILY = "Noto Sans Arabic Static"
"""The family of FONT_FILES: it draws Persian and gives its words back from a PDF (resources/fonts/README.md)."""


def font_files() -> dict[int, Path]:
    """The page font's files by weight."""
    return {weight: resource_path("fonts", name) for weight, name in FONT_FILES.items()}


class AnnotatedPage(Record):
    article: ArticleRecord
    page: Page


class ArticlePages:
    def __init__(self, db: sqlite_utils.Database, changes: ChangeLog | None = None) -> None:
        self.db = db
        self.changes = changes or ChangeLog()  # pages only read; kept for the services' common shape
        self.annotations = AnnotationService(db, self.changes)

    def page(self, article_id: int, tag: str | None = None, author: str | None = None,
             ui_language: str = "en") -> AnnotatedPage:
        """The article with its live annotations (only those with tag `tag` / by `author` when given);
        UnknownNameError for an article or a tag that does not exist."""
        article = articles_repo.get(self.db, article_id)
        if article is None:
            raise UnknownNameError(messages.NO_SUCH_ARTICLE, article_id)
        tag_id = self.annotations.tag_named(tag).id if tag else None
        annotations = [a for a in self.annotations.for_article(article_id)
                       if (tag_id is None or tag_id in a.tag_ids) and (author is None or a.author == author)]
        caption = [*written_and_other_calendar(article.date, article.dateline, article.language, ui_language),
                   article.outlet or "", article.source]
        return AnnotatedPage(article, build_page(article, annotations, self.annotations.tags(), caption))

    def write_html(self, page: AnnotatedPage, out: str | Path, labels: Labels = ENGLISH,
                   cancelled: Callable[[], bool] | None = None) -> Path:
        """One self-contained HTML file (the font embedded), written atomically."""
        fonts = [FontFace(path.read_bytes(), weight) for weight, path in font_files().items()]
        document = page_html(page.page, labels, fonts)
        return write_file(out, lambda stream: stream.write(document.encode("utf-8")), cancelled)
