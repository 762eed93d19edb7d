"""What an imported file becomes: an extracted document, then an article."""

from __future__ import annotations

from dataclasses import field

from reader.core.dates import ParsedDate
from reader.core.record import Record
from reader.core.text import content_hash

PARAGRAPH_SEPARATOR = "\n\n"


class ExtractedDocument(Record):
    """One article's worth of a file, before chrome removal.

    `body` is the text whose lines hold the article (for a `.txt` file, the file itself);
    `raw` is the decoded file as saved, kept so nothing is thrown away.
    """

    source: str
    format: str
    raw: str
    body: str
    raw_hash: str
    title: str | None = None
    date_value: str | None = None
    dateline: str | None = None
    site: str | None = None
    url: str | None = None
    # A date a library guessed (trafilatura's, from anywhere in the page): used only when the page
    # has no dateline and no date in its metadata.
    date_guess: str | None = None

    def lines(self) -> list[str]:
        return self.body.split("\n")


class Article(Record):
    source: str
    format: str
    title: str
    paragraphs: tuple[str, ...]
    date: ParsedDate | None
    dateline: str | None
    language: str
    direction: str
    raw: str
    raw_hash: str
    site: str | None = None
    outlet: str | None = None
    text: str = field(init=False)
    content_hash: str = field(init=False)

    def __post_init__(self) -> None:
        # The annotatable text: title, blank line, paragraphs separated by blank lines.
        text = PARAGRAPH_SEPARATOR.join((self.title, *self.paragraphs))
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "content_hash", content_hash(text))

    @property
    def iso_date(self) -> str | None:
        return self.date.iso() if self.date else None
