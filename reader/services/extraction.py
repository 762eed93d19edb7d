"""The CPU-bound half of an import, run in worker processes: bytes in, documents out.

Kept free of database handles and Qt so it can run in a process pool.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.core import messages
from reader.core.article import Article, ExtractedDocument
from reader.core.builder import build_article
from reader.core.chrome import LineSample, boilerplate_candidates
from reader.core.errors import HashiyaError
from reader.core.search_text import index_text
from reader.core.formats import extract_documents
from reader.services.sources import ImportFailure, SourceFile, read_source


@dataclass(frozen=True)
class Extracted:
    """What one source file yielded: documents (each with its candidate boilerplate lines) or a failure."""

    source: SourceFile
    documents: tuple[tuple[ExtractedDocument, LineSample], ...] = ()
    failure: ImportFailure | None = None


def extract(source: SourceFile, data: bytes | None = None) -> Extracted:
    try:
        if data is None:
            data = read_source(source)
        documents = extract_documents(source.name, data)
    except HashiyaError as exc:
        return Extracted(source, failure=ImportFailure.from_error(source.name, exc))
    except OSError as exc:
        return Extracted(source, failure=ImportFailure.of(source.name, messages.FILE_UNREADABLE, source.name,
                                                          exc.strerror or exc))
    except ValueError as exc:  # a parser's refusal we did not foresee: that file fails, not the import
        return Extracted(source, failure=ImportFailure.of(source.name, messages.FILE_UNREADABLE, source.name, exc))
    except RecursionError:
        return Extracted(source, failure=ImportFailure.of(source.name, messages.FILE_TOO_DEEP, source.name))
    return Extracted(
        source, documents=tuple((doc, boilerplate_candidates(doc.lines())) for doc in documents)
    )


def extract_pair(item: tuple[SourceFile, bytes | None]) -> Extracted:
    return extract(*item)


@dataclass(frozen=True)
class Built:
    """An article ready to store, with its search-index form; or why the document gave none."""

    source: SourceFile
    article: Article | None = None
    index_title: str = ""
    index_body: str = ""
    failure: ImportFailure | None = None


def build(source: SourceFile, doc: ExtractedDocument, learned: frozenset[bytes]) -> Built:
    try:
        article = build_article(doc, learned)
    except HashiyaError as exc:
        return Built(source, failure=ImportFailure.from_error(doc.source, exc))
    return Built(source, article, index_text(article.title), index_text(article.text))


def build_triple(item: tuple[SourceFile, ExtractedDocument, frozenset[bytes]]) -> Built:
    return build(*item)
