"""The annotated page as PDF: A4, fonts embedded, and a text layer that gives the words back.

Uses poppler's pdftotext/pdfinfo/pdffonts (poppler-utils, installed by .ci/setup).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from reader.services.library import Library
from reader.services.locations import sample_collection_path

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")

NOTES = ("تکذیب این ادعا در بیانیه وزارت آمده است", "پژوهشگر: گزارش‌ها ژاله و چگونگی «کمبود آب» را نشان می‌دهند")


@pytest.fixture(autouse=True)
def application(qapp):
    """The test session's QApplication, made before the printing code would make a bare QGuiApplication."""
    return qapp


def words(text: str) -> list[str]:
    """Words after NFKC (presentation forms back to letters); ZWNJ joins, as in the search index."""
    return re.findall(r"\w+", unicodedata.normalize("NFKC", text).replace("\u200c", ""))


def poppler(tool: str, pdf: Path, *args: str) -> str:
    return subprocess.run([tool, *args, str(pdf)] + (["-"] if tool == "pdftotext" else []), capture_output=True,
                          text=True, check=True, timeout=60).stdout


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "library.sqlite"
    with Library(path) as lib:
        lib.import_paths([sample_collection_path()])
        service = lib.annotations
        claim, denial = service.tags()[:2]
        for article_id in lib.article_ids()[:3]:
            text = lib.article(article_id).text
            second = text.split("\n\n")[1]
            start = text.index(second)
            service.create(article_id, start, start + len(second) // 2, [claim.id], NOTES[0], "Parwana")
            service.create(article_id, start + 10, start + len(second) - 5, [denial.id, claim.id], NOTES[1], "Farid")
        yield lib


def export(library: Library, article_id: int, out: Path) -> Path:
    from reader.core.render.labels import Labels
    from reader.printing.pdf import write_pdf

    annotated = library.pages.page(article_id, ui_language="fa")
    return write_pdf(annotated.page, out, Labels(persian=True))


def test_a4_with_every_font_embedded(library: Library, tmp_path: Path) -> None:
    pdf = export(library, library.article_ids()[0], tmp_path / "page.pdf")
    info = poppler("pdfinfo", pdf)
    assert re.search(r"Page size:\s+595(\.\d+)? x 842(\.\d+)? pts \(A4\)", info), info
    fonts = poppler("pdffonts", pdf).splitlines()[2:]
    names = [line.split()[0] for line in fonts]
    assert "NotoSansArabicStatic-Regular" in names and "NotoSansArabicStatic-Bold" in names  # text and title
    assert all(line.split()[-5] == "yes" for line in fonts), fonts  # the "emb" column


@pytest.mark.parametrize("index", [0, 1, 2])
def test_the_text_layer_gives_back_the_articles_and_the_notes_words(library: Library, tmp_path: Path, index: int) -> None:
    article_id = library.article_ids()[index]
    pdf = export(library, article_id, tmp_path / "page.pdf")
    found = Counter(words(poppler("pdftotext", pdf, "-enc", "UTF-8")))
    for source in (library.article(article_id).text, " ".join(NOTES)):
        wanted = words(source)
        missing = [w for w in wanted if w not in found]
        assert 1 - len(missing) / len(wanted) >= 0.98, missing[:20]
    for word in ("تکذیب", "این", "پژوهشگر", "ژاله", "چگونگی"):  # letters the interface font's PDF loses
        assert word in found
