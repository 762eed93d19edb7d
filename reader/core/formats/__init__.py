"""Reading each supported file format into `ExtractedDocument`s.

Every reader takes the file's name (for messages and the article's source) and its bytes, and
raises `BadInputError` naming the file and the problem.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import PurePosixPath

from reader.core.article import ExtractedDocument
from reader.core import messages
from reader.core.errors import BadInputError
from reader.core.formats import html_page, json_articles, plain
from reader.core.text import clean_text, decode_bytes

Reader = Callable[[str, str, str], list[ExtractedDocument]]

_READERS: dict[str, Reader] = {
    ".txt": plain.read_text_file,
    ".md": plain.read_markdown,
    ".markdown": plain.read_markdown,
    ".html": html_page.read_html,
    ".htm": html_page.read_html,
    ".json": json_articles.read_json,
    ".jsonl": json_articles.read_jsonl,
}

ARTICLE_SUFFIXES = frozenset(_READERS)
ARCHIVE_SUFFIXES = frozenset({".zip"})
COLLECTION_SUFFIXES = frozenset({".json", ".jsonl"})

# The largest file of each kind an import reads (checked before reading). One article is
# kilobytes, a page saved with its scripts and styles a few megabytes; a .json/.jsonl file holds a
# whole collection (300 articles in 3 MB). The limits also bound an import's memory (README).
MAX_ARTICLE_FILE_BYTES = 10 * 1024 * 1024
MAX_COLLECTION_FILE_BYTES = 50 * 1024 * 1024


def suffix_of(name: str) -> str:
    return PurePosixPath(name).suffix.lower()


def is_article_file(name: str) -> bool:
    return suffix_of(name) in ARTICLE_SUFFIXES


def is_collection_file(name: str) -> bool:
    """Whether a file of this name holds many articles (JSON) rather than one."""
    return suffix_of(name) in COLLECTION_SUFFIXES


def max_file_bytes(name: str) -> int:
    return MAX_COLLECTION_FILE_BYTES if is_collection_file(name) else MAX_ARTICLE_FILE_BYTES


def extract_documents(source: str, data: bytes) -> list[ExtractedDocument]:
    """Decode and read one file; `source` is its name inside the collection."""
    reader = _READERS.get(suffix_of(source))
    if reader is None:
        raise BadInputError(messages.FILE_UNSUPPORTED, source, ", ".join(sorted(ARTICLE_SUFFIXES)))
    text = clean_text(decode_bytes(data, source))
    raw_hash = hashlib.sha256(data).hexdigest()
    documents = reader(source, text, raw_hash)
    if not documents:
        raise BadInputError(messages.NO_ARTICLE_TEXT, source)
    return documents
