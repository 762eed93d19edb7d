"""The command line (`python main.py import|articles|annotations|annotate|search|export|merge|
desktop-entry …`), the contract scripts rely on."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reader import __version__
from reader.core.errors import HashiyaError, InvalidRequestError
from reader.core.untrusted import json_text, terminal_text
from reader.services.library import Library, explain_failure, report_waits

if TYPE_CHECKING:
    from reader.services.importer import ImportReport

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_PARTIAL = 3


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hashiya",
        description="Hashiya: read and annotate Persian and Dari article collections. "
        "Without a command, the reading window opens.",
    )
    parser.add_argument("--version", action="version", version=f"Hashiya {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def library_option(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--library",
            metavar="FILE",
            type=Path,
            help="library file (default: $HASHIYA_LIBRARY, else the library in your user data folder)",
        )

    importing = commands.add_parser("import", help="import folders, article files or zip archives")
    importing.add_argument("paths", nargs="+", metavar="PATH", help="a folder, an article file or a .zip")
    library_option(importing)
    importing.add_argument("--collection", metavar="NAME", help="collection to import into (default: the folder's name)")
    importing.add_argument("--workers", type=int, default=None, help=argparse.SUPPRESS)

    listing = commands.add_parser("articles", help="list the library's articles")
    library_option(listing)
    listing.add_argument("--json", action="store_true", help="one JSON object per line, with the full text")
    listing.add_argument("--collection", metavar="NAME", help="only this collection")
    notes = commands.add_parser("annotations", help="list every live annotation")
    library_option(notes)
    notes.add_argument("--json", action="store_true", help="one JSON object per line")
    notes.add_argument("--tag", metavar="NAME", help="only annotations with this tag")
    notes.add_argument("--author", metavar="NAME", help="only annotations by this author")

    finding = commands.add_parser("search", help="search the articles (sees through Persian spelling variants)")
    finding.add_argument("query", metavar="QUERY",
                         help='words (all required), "a phrase", prefix*, AND/OR/NOT, -word, NEAR(a b, 10)')
    library_option(finding)
    finding.add_argument("--json", action="store_true", help="one JSON object per hit")
    finding.add_argument("--limit", type=int, default=20, metavar="N", help="at most N articles (default 20)")
    finding.add_argument("--forms", action="store_true", help="also match longer word forms (کشور → کشورها)")
    finding.add_argument("--order", choices=("relevance", "date"), default="relevance")
    finding.add_argument("--tag", metavar="NAME", help="only articles holding an annotation with this tag")
    finding.add_argument("--collection", metavar="NAME", help="only this collection")

    exporting = commands.add_parser("export", help="export annotations: W3C JSON-LD, CSV or REFI-QDA (.qdpx)")
    exporting.add_argument("--format", required=True, choices=("jsonld", "csv", "qdpx"))
    exporting.add_argument("out", metavar="OUT", type=Path, help="the file to write")
    library_option(exporting)
    exporting.add_argument("--collection", metavar="NAME", help="only this collection")
    exporting.add_argument("--tag", metavar="NAME", help="only annotations with this tag")
    exporting.add_argument("--author", metavar="NAME", help="only annotations by this author")

    merging = commands.add_parser("merge", help="merge colleagues' annotation files (.jsonld, .qdpx)")
    merging.add_argument("files", nargs="+", metavar="FILE", type=Path)
    library_option(merging)
    merging.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")

    annotate = commands.add_parser("annotate", help="tag a passage of an article, for scripts")
    annotate.add_argument("article_id", type=int, metavar="ARTICLE_ID")
    annotate.add_argument("--quote", required=True, metavar="TEXT", help="the passage, exactly as in the article")
    annotate.add_argument("--tag", required=True, action="append", metavar="NAME", help="a tag (repeat for several)")
    annotate.add_argument("--note", default="", metavar="TEXT")
    annotate.add_argument("--author", default=None, metavar="NAME", help="default: $HASHIYA_AUTHOR, else your user name")
    annotate.add_argument("--occurrence", type=int, metavar="N", help="which occurrence of the quote (1 = first)")
    library_option(annotate)

    desktop = commands.add_parser("desktop-entry", help="add Hashiya to the applications menu (Linux)")
    desktop.add_argument("--remove", action="store_true", help="take the menu entry and its icon away again")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    report_waits(_say_waiting)
    try:
        return COMMANDS[args.command](args)
    except InvalidRequestError as exc:
        _complain(exc)
        return EXIT_USAGE
    except HashiyaError as exc:
        _complain(exc)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("hashiya: interrupted; the library keeps everything committed before", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of our output went away (`articles | head`): stop quietly, as other tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # SQLite's own failure told plainly, or a bug: never a traceback
        known = explain_failure(exc, _library_path(args)) if hasattr(args, "library") else None
        if known is not None:
            _complain(known)
            return EXIT_ERROR
        return _unexpected(exc)


# Everything this module prints that came from a file or a library — titles, quotes, tag names,
# file names, notes in messages — goes through `terminal_text` (plain output) or `json_text`
# (--json): bidi overrides and control characters are shown, not obeyed (reader/core/untrusted.py).
def _complain(error: object) -> None:
    print(f"hashiya: {terminal_text(str(error))}", file=sys.stderr)


def _json_line(item: dict[str, object]) -> str:
    return json_text(json.dumps(item, ensure_ascii=False)) + "\n"


def _fields(*values: object) -> str:
    """One line of tab-separated plain output."""
    return "\t".join(terminal_text(str(value)) for value in values) + "\n"


_waiting_said: set[str] = set()


def _say_waiting(path: str, _seconds: float) -> None:
    if path not in _waiting_said:
        _waiting_said.add(path)
        print(f"hashiya: waiting for {terminal_text(path)}: another program is writing to it (Ctrl+C stops)…",
              file=sys.stderr, flush=True)


def _library_path(args: argparse.Namespace) -> Path:
    from reader.services.locations import default_library_path

    return args.library or default_library_path()


def _unexpected(exc: BaseException) -> int:
    from reader.services.locations import log_file_path

    path = log_file_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        to_file = logging.getLogger("reader.cli.unexpected")
        to_file.propagate = False  # the log file only: the terminal gets the one line below
        to_file.addHandler(handler)
        to_file.critical("unexpected error in the command line", exc_info=exc)
        to_file.removeHandler(handler)
        handler.close()
        where = f"; the details were written to {path}"
    except OSError:
        where = ""
    print(f"hashiya: something went wrong ({type(exc).__name__}: {terminal_text(str(exc))}){terminal_text(where)}",
          file=sys.stderr)
    return EXIT_ERROR


def _open(args: argparse.Namespace) -> Library:
    return Library(_library_path(args))


def _import(args: argparse.Namespace) -> int:
    from reader.services.importer import ImportProgress

    show_progress = sys.stderr.isatty()

    def progress(p: ImportProgress) -> None:
        if show_progress and (p.done % 50 == 0 or p.done == p.total):
            print(f"\r{p.done}/{p.total} files", end="", file=sys.stderr, flush=True)

    with _open(args) as library:
        report = library.import_paths(args.paths, args.collection, progress=progress, workers=args.workers)
    if show_progress:
        print(file=sys.stderr)
    print(f"imported:  {len(report.imported)}")
    print(f"updated:   {len(report.updated)}")
    print(f"unchanged: {report.unchanged}")
    print(f"failed:    {len(report.failed)}")
    if report.reanchored or report.orphaned:
        print(f"annotations re-anchored: {report.reanchored}, orphaned (to review): {report.orphaned}")
    for failure in report.failed:
        print(f"  {terminal_text(str(failure))}")
    if report.ignored:
        print(f"ignored:   {report.ignored} files of other types")
    return _import_status(report)


def _import_status(report: ImportReport) -> int:
    """0 when nothing failed; 3 when some files failed and others were read (imported, updated or
    found unchanged); 1 when files failed and none could be read — a missing path, say."""
    if not report.failed:
        return EXIT_OK
    read = report.imported or report.updated or report.unchanged
    return EXIT_PARTIAL if read else EXIT_ERROR


def _articles(args: argparse.Namespace) -> int:
    with _open(args) as library:
        collection_id = library.collection_id(args.collection) if args.collection else None
        names = {c.id: c.name for c in library.collections()}
        out = sys.stdout
        for record in library.current_articles(collection_id):
            if args.json:
                item = {
                    "id": record.id,
                    "title": record.title,
                    "date": record.date,
                    "dateline": record.dateline,
                    "source": record.source,
                    "collection": names.get(record.collection_id),
                    "language": record.language,
                    "direction": record.direction,
                    "version": record.version,
                    "content_hash": record.content_hash,
                    "text": record.text,
                }
                out.write(_json_line(item))
            else:
                out.write(_fields(record.id, record.date or "-", record.title, record.source))
        out.flush()  # a closed pipe is noticed here, not in the interpreter's exit
    return EXIT_OK


def _annotations(args: argparse.Namespace) -> int:
    with _open(args) as library:
        service = library.annotations
        tags = {t.id: t.name for t in service.tags()}
        tag_id = service.tag_named(args.tag).id if args.tag else None
        for row in service.list_rows(tag_id=tag_id, author=args.author):
            a = row.annotation
            names = [tags[t] for t in a.tag_ids if t in tags]
            if args.json:
                item = {
                    "uuid": a.uuid, "article_id": a.article_id, "start": a.start, "end": a.end, "quote": a.quote,
                    "tags": names, "note": a.note, "author": a.author, "created": a.created, "modified": a.modified,
                    "orphan": a.orphan, "article_title": row.article_title,
                }
                sys.stdout.write(_json_line(item))
            else:
                flat = " ".join(a.quote.split())  # a preview: line breaks (between paragraphs) as spaces
                quote = flat if len(flat) <= 60 else flat[:57] + "…"
                sys.stdout.write(_fields(a.uuid, a.article_id, f"{a.start}-{a.end}", ",".join(names), quote))
        sys.stdout.flush()
    return EXIT_OK


def _annotate(args: argparse.Namespace) -> int:
    from reader.services.locations import default_author

    author = args.author if args.author is not None else default_author()
    with _open(args) as library:
        made = library.annotations.annotate_quote(args.article_id, args.quote, args.tag, args.note, author,
                                                  args.occurrence)
    for name in made.created_tags:
        print(f"created tag '{terminal_text(name)}'", file=sys.stderr)
    print(made.annotation.uuid)
    return EXIT_OK


def _search(args: argparse.Namespace) -> int:
    from reader.services.search import QueryError

    with _open(args) as library:
        tag_id = library.annotations.tag_named(args.tag).id if args.tag else None
        collection_id = library.collection_id(args.collection) if args.collection else None
        try:
            results = library.search.search(args.query, limit=max(1, args.limit), order=args.order,
                                            word_forms=args.forms, collection_id=collection_id, tag_id=tag_id)
        except QueryError as exc:
            _complain(exc)
            return EXIT_USAGE
        for hit in results.hits:
            if args.json:
                item = {"id": hit.article_id, "title": hit.title, "date": hit.date, "snippet": hit.snippet,
                        "hits": [list(span) for span in hit.spans], "total": results.total}
                sys.stdout.write(_json_line(item))
            else:
                marked = hit.snippet
                for start, end in reversed(hit.snippet_spans):
                    marked = marked[:start] + "[" + marked[start:end] + "]" + marked[end:]
                sys.stdout.write(_fields(hit.article_id, hit.date or "-", hit.title) + f"    {terminal_text(marked)}\n")
        sys.stdout.flush()
    if not args.json:
        print(f"{results.total} article(s)", file=sys.stderr)
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    with _open(args) as library:
        count = library.exchange.export(args.format, args.out, args.collection, args.tag, args.author)
    print(f"exported {count} annotation(s) to {terminal_text(str(args.out))}")
    return EXIT_OK


def _merge(args: argparse.Namespace) -> int:
    from reader.core.exchange.model import ExchangeFormatError
    from reader.services.exchange import read_exchange_file

    try:
        files = [read_exchange_file(path) for path in args.files]  # every file is checked before anything is written
    except ExchangeFormatError as exc:
        print(f"hashiya: {terminal_text(str(exc))}; nothing was merged", file=sys.stderr)
        return EXIT_ERROR
    with _open(args) as library:
        plan = library.exchange.plan(files) if args.dry_run else library.exchange.merge(files)
    print(f"added:     {len(plan.added)}")
    print(f"updated:   {len(plan.updated)}")
    print(f"deleted:   {len(plan.deleted)}")
    print(f"orphaned:  {len(plan.orphaned)} (kept for review: their passage could not be found)")
    print(f"unchanged: {plan.unchanged}")
    if plan.articles_added:
        print(f"articles added from the files: {len(plan.articles_added)}")
    if plan.tags_created:
        print(f"tags created: {', '.join(map(terminal_text, plan.tags_created))}")
    for line in plan.skipped:
        print(f"  skipped {terminal_text(str(line))}")
    print("(dry run: nothing was written)" if args.dry_run else "merged in one transaction")
    return EXIT_PARTIAL if plan.skipped else EXIT_OK


def _desktop_entry(args: argparse.Namespace) -> int:
    from reader.services import desktop_entry

    if args.remove:
        removed = desktop_entry.remove()
        for path in removed:
            print(f"removed {path}")
        if not removed:
            print("no menu entry to remove")
        return EXIT_OK
    try:
        files = desktop_entry.install()
    except OSError as exc:
        print(f"hashiya: cannot write the menu entry: {exc}", file=sys.stderr)
        return EXIT_ERROR
    print(f"menu entry: {files.entry}")
    print(f"icon:       {files.icon}")
    return EXIT_OK


COMMANDS = {
    "import": _import,
    "articles": _articles,
    "annotations": _annotations,
    "annotate": _annotate,
    "search": _search,
    "export": _export,
    "merge": _merge,
    "desktop-entry": _desktop_entry,
}
