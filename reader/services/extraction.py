"""The CPU-bound half of an import, run in worker processes: bytes in, documents out.

Kept free of database handles and Qt so it can run in a process pool.
"""

from __future__ import annotations

from reader.core import messages
from reader.core.article import Article, ExtractedDocument
from reader.core.builder import build_article
from reader.core import lexicon
from reader.core.chrome import LineSample, boilerplate_candidates
from reader.core.errors import HashiyaError
from reader.core.formats import extract_documents
from reader.core.record import Record
from reader.services.lifeline import die_with_parent
from reader.services.sources import ImportFailure, OpenArchives, SourceFile, read_source

# A worker process's open zip archives, from `start_worker` on (members of one archive come in a row).
_worker_archives: OpenArchives | None = None


class Extracted(Record):
    """What one source file yielded: documents (each with its candidate boilerplate lines) or a failure."""

    source: SourceFile
    documents: tuple[tuple[ExtractedDocument, LineSample], ...] = ()
    failure: ImportFailure | None = None


def extract(source: SourceFile, archives: OpenArchives | None = None) -> Extracted:
    """Read (one file or zip member at a time, never more than its limit) and parse `source`."""
    try:
        documents = extract_documents(source.name, read_source(source, archives))
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


def start_worker(parent: int, lexicon_cache: str | None) -> None:
    """A pool worker's initializer: it dies with the importing process, keeps archives open, and
    loads the lexicon from the same cache file the caller uses (or builds it)."""
    global _worker_archives
    die_with_parent(parent)
    lexicon.use_cache_dir(lexicon_cache)
    _worker_archives = OpenArchives()


def extract_in_worker(source: SourceFile) -> Extracted:
    return extract(source, _worker_archives)


class Built(Record):
    """An article ready to store, with its search-index row; or why the document gave none."""

    source: SourceFile
    article: Article | None = None
    indexed: tuple[str, str, str, str] | None = None  # `Lexicon.index_row`
    failure: ImportFailure | None = None


def build(source: SourceFile, doc: ExtractedDocument, learned: frozenset[bytes]) -> Built:
    try:
        article = build_article(doc, learned)
    except HashiyaError as exc:
        return Built(source, failure=ImportFailure.from_error(doc.source, exc))
    return Built(source, article, lexicon.shared().index_row(article.title, article.text))


def build_triple(item: tuple[SourceFile, ExtractedDocument, frozenset[bytes]]) -> Built:
    return build(*item)
