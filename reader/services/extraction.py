"""The CPU-bound half of an import, run in worker processes: bytes in, documents out.

Kept free of database handles and Qt so it can run in a process pool.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.article import Article, ExtractedDocument
from reader.core.builder import build_article
from reader.core.chrome import boilerplate_candidates
from reader.core.errors import BadInputError
from reader.core import lexicon
from reader.core.formats import extract_documents
from reader.services.sources import ImportFailure, SourceFile, read_source


@dataclass(frozen=True)
class Extracted:
    """What one source file yielded: documents (each with its candidate boilerplate lines) or a failure."""

    source: SourceFile
    documents: tuple[tuple[ExtractedDocument, frozenset[bytes]], ...] = ()
    failure: ImportFailure | None = None


def extract(source: SourceFile, data: bytes | None = None) -> Extracted:
    try:
        if data is None:
            data = read_source(source)
        documents = extract_documents(source.name, data)
    except BadInputError as exc:
        return Extracted(source, failure=ImportFailure(source.name, str(exc)))
    except OSError as exc:
        reason = f"{source.name}: cannot read ({exc.strerror or exc})"
        return Extracted(source, failure=ImportFailure(source.name, reason))
    except ValueError as exc:  # read_source's own messages name the file
        return Extracted(source, failure=ImportFailure(source.name, str(exc)))
    except RecursionError:
        return Extracted(source, failure=ImportFailure(source.name, f"{source.name}: nested too deeply to read"))
    return Extracted(
        source, documents=tuple((doc, frozenset(boilerplate_candidates(doc.lines()))) for doc in documents)
    )


def extract_pair(item: tuple[SourceFile, bytes | None]) -> Extracted:
    return extract(*item)


@dataclass(frozen=True)
class Built:
    """An article ready to store, with its search-index row; or why the document gave none."""

    source: SourceFile
    article: Article | None = None
    indexed: tuple[str, str, str, str] | None = None  # `Lexicon.index_row`
    failure: ImportFailure | None = None


def build(source: SourceFile, doc: ExtractedDocument, learned: frozenset[bytes]) -> Built:
    try:
        article = build_article(doc, learned)
    except BadInputError as exc:
        return Built(source, failure=ImportFailure(doc.source, str(exc)))
    return Built(source, article, lexicon.shared().index_row(article.title, article.text))


def build_triple(item: tuple[SourceFile, ExtractedDocument, frozenset[bytes]]) -> Built:
    return build(*item)
