"""The command line (`python main.py import|articles|annotations|annotate|search|export|merge|
agreement|suggest|report|collections|collection|article|outlets|team|desktop-entry …`), the contract scripts rely on."""

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
from reader.core import messages
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
            help="library file (default: $HASHIYA_LIBRARY, else the library last opened in the window, "
            "else the library in your user data folder)",
        )

    importing = commands.add_parser("import", help="import folders, article files or zip archives")
    importing.add_argument("paths", nargs="+", metavar="PATH", help="a folder, an article file or a .zip")
    library_option(importing)
    importing.add_argument("--collection", metavar="NAME", help="collection to import into (default: the folder's name)")
    importing.add_argument("--outlet", metavar="NAME",
                           help="record NAME as the outlet of every article of this import (default: what each page says)")
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
    finding.add_argument("--forms", action="store_true",
                         help="also match the other forms of each word, by lemma (رفت → رفتند، می‌روند، برود)")
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
    exporting.add_argument("--all-articles", action="store_true",
                           help="every article of the collection (or library), not only the annotated ones")
    exporting.add_argument("--provenance", action="store_true",
                           help="each article's adder and date (REFI-QDA creatingUser/creationDateTime)")

    merging = commands.add_parser("merge", help="merge colleagues' annotation files (.jsonld, .qdpx)")
    merging.add_argument("files", nargs="+", metavar="FILE", type=Path)
    library_option(merging)
    merging.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")

    annotate = commands.add_parser("annotate", help="tag a passage of an article, for scripts")
    annotate.add_argument("article_id", type=int, metavar="ARTICLE_ID")
    annotate.add_argument("--quote", required=True, metavar="TEXT", help="the passage, exactly as in the article")
    annotate.add_argument("--tag", required=True, action="append", metavar="NAME", help="a tag (repeat for several)")
    annotate.add_argument("--note", default="", metavar="TEXT")
    annotate.add_argument("--author", default=None, metavar="NAME",
                          help="default: $HASHIYA_AUTHOR, else the name set in the window's preferences, else your user name")
    annotate.add_argument("--occurrence", type=int, metavar="N", help="which occurrence of the quote (1 = first)")
    library_option(annotate)

    agreeing = commands.add_parser("agreement", help="how far coders agree: per tag Krippendorff's α and, per pair, "
                                   "agreement, Cohen's κ and span F1")
    agreeing.add_argument("--author", action="append", metavar="NAME",
                          help="an author to compare (repeat; default: every author with live annotations)")
    agreeing.add_argument("--tag", action="append", metavar="NAME",
                          help="a tag to compare (repeat; default: every tag those authors used in the articles compared)")
    agreeing.add_argument("--collection", metavar="NAME", help="only articles of this collection")
    agreeing.add_argument("--json", action="store_true", help="one JSON object")
    library_option(agreeing)
    suggesting = commands.add_parser("suggest", help="suggested claims and denials (writes nothing)")
    suggesting.add_argument("article_ids", nargs="*", type=int, metavar="ARTICLE_ID",
                            help="articles to read (default: every current article, or the collection's)")
    suggesting.add_argument("--collection", metavar="NAME", help="only this collection's articles")
    suggesting.add_argument("--json", action="store_true", help="one JSON object per suggestion")
    library_option(suggesting)
    _organizing_commands(commands, library_option)
    _report_command(commands, library_option)
    outlets = commands.add_parser("outlets", help="list the articles' outlets, or set the outlet of some articles")
    outlets.add_argument("article_ids", nargs="*", type=int, metavar="ARTICLE_ID", help="with --set: the articles")
    outlets.add_argument("--set", metavar="NAME", dest="set_outlet",
                         help='record NAME as the outlet of the ARTICLE_IDs ("" for unknown)')
    outlets.add_argument("--collection", metavar="NAME", help="only this collection")
    outlets.add_argument("--json", action="store_true", help="one JSON object per line")
    library_option(outlets)
    page = commands.add_parser("export-article", help="one article with its highlights and notes, as HTML or PDF")
    page.add_argument("article_id", type=int, metavar="ARTICLE_ID")
    page.add_argument("--format", required=True, choices=("html", "pdf"))
    page.add_argument("out", metavar="OUT", type=Path, help="the file to write")
    page.add_argument("--tag", metavar="NAME", help="only annotations with this tag")
    page.add_argument("--author", metavar="NAME", help="only annotations by this author")
    library_option(page)

    team = commands.add_parser("team", help="a team folder kept in step by a sync engine (Syncthing, Nextcloud, "
                               "Dropbox, a network share)")
    team_commands = team.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    team_sync = team_commands.add_parser("sync", help="one round: merge colleagues' changed files, write your "
                                         "annotations into your own files there")
    team_sync.add_argument("folder", metavar="FOLDER", type=Path, help="the team folder")
    team_sync.add_argument("--author", metavar="NAME", help="your name (default: $HASHIYA_AUTHOR, else your user name)")
    team_sync.add_argument("--import-texts", action="store_true",
                           help="first bring in missing articles from REFI-QDA copies (.qdpx) in the folder")
    team_sync.add_argument("--reread", action="store_true", help="read every file again, as if none had been seen")
    team_sync.add_argument("--json", action="store_true", help="one JSON object")
    library_option(team_sync)

    desktop = commands.add_parser("desktop-entry", help="add Hashiya to the applications menu (Linux)")
    desktop.add_argument("--remove", action="store_true", help="take the menu entry and its icon away again")
    return parser


def _organizing_commands(commands: argparse._SubParsersAction, library_option) -> None:
    listing = commands.add_parser("collections", help="list the collections and how many articles each holds")
    library_option(listing)
    listing.add_argument("--json", action="store_true", help="one JSON object per collection: id, name, articles")

    collection = commands.add_parser("collection", help="rename or delete a collection")
    actions = collection.add_subparsers(dest="action", metavar="ACTION", required=True)
    rename = actions.add_parser("rename", help="give a collection another name")
    rename.add_argument("old", metavar="OLD")
    rename.add_argument("new", metavar="NEW")
    library_option(rename)
    delete = actions.add_parser("delete", help="delete a collection and its articles (annotations become deletion records)")
    delete.add_argument("name", metavar="NAME")
    delete.add_argument("--yes", action="store_true", help="do it without asking")
    library_option(delete)

    article = commands.add_parser("article", help="move, delete or correct articles")
    actions = article.add_subparsers(dest="action", metavar="ACTION", required=True)
    move = actions.add_parser("move", help="move articles to a collection (made if there is none)")
    move.add_argument("ids", nargs="+", type=int, metavar="ID")
    move.add_argument("--to", required=True, metavar="NAME", help="the collection")
    library_option(move)
    delete = actions.add_parser("delete", help="delete articles (their annotations become deletion records)")
    delete.add_argument("ids", nargs="+", type=int, metavar="ID")
    delete.add_argument("--yes", action="store_true", help="do it without asking")
    library_option(delete)
    edit = actions.add_parser("edit", help="correct an article's date, outlet or collection (its text never changes)")
    edit.add_argument("id", type=int, metavar="ID")
    edit.add_argument("--date", metavar="ISO8601", help='e.g. 2024-11-24 or 2024-11-24T09:30+04:30; "" clears it')
    edit.add_argument("--outlet", metavar="NAME", help='the news outlet; "" clears it')
    edit.add_argument("--collection", metavar="NAME", help="move it to this collection (made if there is none)")
    library_option(edit)


def _report_command(commands: argparse._SubParsersAction, library_option) -> None:
    from reader.core.report import CALENDARS, DIMENSIONS

    reporting = commands.add_parser("report", help="count annotations and articles by tag, collection, outlet, author, "
                                    "year or month")
    reporting.add_argument("--by", action="append", choices=DIMENSIONS, metavar="|".join(DIMENSIONS),
                           help="group by this (repeat to group by several; default: tag)")
    reporting.add_argument("--tag", action="append", metavar="NAME", help="only this tag (repeat for several)")
    reporting.add_argument("--collection", metavar="NAME", help="only this collection")
    reporting.add_argument("--author", metavar="NAME", help="only annotations by this author")
    reporting.add_argument("--calendar", choices=CALENDARS, default="solar",
                           help="years and months in this calendar (default: solar; Afghan and Iranian month "
                           "numbers agree)")
    reporting.add_argument("--json", action="store_true", help="one JSON object per group")
    library_option(reporting)


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
    """--library, else $HASHIYA_LIBRARY, else the library last opened in the window, else the default."""
    from reader.services.locations import library_for_run

    return library_for_run(args.library)


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
    from reader.core import lexicon
    from reader.services.locations import user_cache_dir

    lexicon.use_cache_dir(user_cache_dir())
    library = Library(_library_path(args))
    try:
        _reindex_if_needed(library)
    except BaseException:
        library.close()
        raise
    return library


def _reindex_if_needed(library: Library) -> None:
    """After an update that changed the search index, every article is indexed once, here, with
    progress on a terminal; an interrupt keeps what is done for the next run."""
    status = library.search_index_status()
    if status.complete:
        return
    if status.pending:
        print(f"hashiya: indexing {status.pending} articles for search (once, after an update)", file=sys.stderr)
    show_progress = sys.stderr.isatty()

    def progress(p) -> None:
        if show_progress:
            print(f"\r{p.done}/{p.total} articles indexed", end="", file=sys.stderr, flush=True)

    library.reindex_search(progress)
    if show_progress:
        print(file=sys.stderr)


def _import(args: argparse.Namespace) -> int:
    from reader.services.importer import ImportProgress

    show_progress = sys.stderr.isatty()

    def progress(p: ImportProgress) -> None:
        if show_progress and (p.done % 50 == 0 or p.done == p.total):
            print(f"\r{p.done}/{p.total} files", end="", file=sys.stderr, flush=True)

    with _open(args) as library:
        report = library.import_paths(args.paths, args.collection, progress=progress, workers=args.workers,
                                      outlet=args.outlet)
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
                    "outlet": record.outlet,
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


def _outlets(args: argparse.Namespace) -> int:
    if args.set_outlet is not None and not args.article_ids:
        raise InvalidRequestError(messages.OUTLET_SET_NEEDS_IDS)
    if args.set_outlet is None and args.article_ids:
        raise InvalidRequestError(messages.OUTLET_IDS_NEED_SET)
    with _open(args) as library:
        if args.set_outlet is not None:
            for article_id in args.article_ids:
                library.existing_article(article_id)
            changed = library.outlets.set_outlet(args.article_ids, args.set_outlet)
            print(f"articles changed: {len(changed)}")
            return EXIT_OK
        collection_id = library.collection_id(args.collection) if args.collection else None
        counts = library.outlets.outlets(collection_id)
    for count in counts:
        if args.json:
            print(json.dumps({"outlet": count.outlet, "articles": count.articles}, ensure_ascii=False))
        else:
            print(f"{count.articles}\t{count.outlet or '-'}")
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
    from reader.services.search import RANKED_TITLE_FIRST, QueryError

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
                        "hits": [list(span) for span in hit.spans], "total": results.total,
                        "total_estimated": results.estimated, "ranking": results.ranking}
                if args.forms:
                    item["forms"] = dict(hit.forms.most_common())
                sys.stdout.write(_json_line(item))
            else:
                marked = hit.snippet
                for start, end in reversed(hit.snippet_spans):
                    marked = marked[:start] + "[" + marked[start:end] + "]" + marked[end:]
                sys.stdout.write(_fields(hit.article_id, hit.date or "-", hit.title) + f"    {terminal_text(marked)}\n")
        sys.stdout.flush()
    if not args.json:
        about = "about " if results.estimated else ""
        order = "; those with a search word in the title first" if results.ranking == RANKED_TITLE_FIRST else ""
        print(f"{about}{results.total} article(s){order}", file=sys.stderr)
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    with _open(args) as library:
        count = library.exchange.export(args.format, args.out, args.collection, args.tag, args.author,
                                        all_articles=args.all_articles, provenance=args.provenance)
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
    for report in plan.positions:
        print(f"positions in {report.file}: {report.convention.description} "
              f"(checked by {_EVIDENCE[report.evidence]}); {report.adjusted} of {report.selections} selection(s) "
              f"adjusted, {report.orphaned} left for review")
    print(f"added:     {len(plan.added)}")
    print(f"updated:   {len(plan.updated)}")
    print(f"deleted:   {len(plan.deleted)}")
    print(f"orphaned:  {len(plan.orphaned)} (kept for review: their passage could not be found)")
    print(f"unchanged: {plan.unchanged}")
    if plan.articles_added:
        print(f"articles added from the files: {len(plan.articles_added)}")
    if plan.tags_created:
        print(f"tags created: {', '.join(map(terminal_text, plan.tags_created))}")
    if plan.notes_updated:
        print(f"article notes written: {len(plan.notes_updated)}")
    for line in plan.skipped:
        print(f"  skipped {terminal_text(str(line))}")
    print("(dry run: nothing was written)" if args.dry_run else "merged in one transaction")
    return EXIT_PARTIAL if plan.skipped else EXIT_OK


def _agreement(args: argparse.Namespace) -> int:
    with _open(args) as library:
        collection_id = library.collection_id(args.collection) if args.collection else None
        report = library.agreement.report(args.author, args.tag, collection_id)
    if args.json:
        sys.stdout.write(json.dumps(report.as_json(), ensure_ascii=False) + "\n")
        return EXIT_OK

    def figure(value: float | None) -> str:
        return "–" if value is None else f"{value:.3f}"

    print(f"authors:  {', '.join(report.authors)}")
    print(f"articles: {len(report.articles)} (those in which every one of these authors has a placed annotation)")
    print(f"units:    {report.units:,} (their characters other than whitespace)")
    for name, tag in report.tags.items():
        print()
        print(f"{name}: Krippendorff's alpha {figure(tag.alpha)}")
        rows = [("authors", "agreement", "kappa", "F1 overlap", "F1 exact")]
        rows += [(" – ".join(pair.authors), *map(figure, (pair.agreement, pair.kappa, pair.f1_overlap, pair.f1_exact)))
                 for pair in tag.pairs]
        widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
        for row in rows:
            print("  " + "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    if not report.tags:
        print()
        print("no tags to compare" if report.articles else "no article has annotations by every one of these authors")
    return EXIT_OK


def _report(args: argparse.Namespace) -> int:
    from reader.services.reports import ReportQuery

    by = tuple(dict.fromkeys(args.by or ["tag"]))
    query = ReportQuery(by=by, tags=tuple(args.tag or ()), collections=(args.collection,) if args.collection else (),
                        authors=(args.author,) if args.author is not None else (), calendar=args.calendar)
    with _open(args) as library:
        report = library.reports.report(query)
    rows = report.as_json()
    if args.json:
        for row in rows:
            sys.stdout.write(_json_line(row))
        return EXIT_OK
    if not rows:
        print("no live annotations to count", file=sys.stderr)
        return EXIT_OK
    table = [(*by, "annotations", "articles")]
    table += [(*("-" if row[d] is None else terminal_text(str(row[d])) for d in by), f"{row['annotations']:,}",
               f"{row['articles']:,}") for row in rows]
    widths = [max(len(line[i]) for line in table) for i in range(len(table[0]))]
    for line in table:
        cells = [cell.ljust(width) if i < len(by) else cell.rjust(width)
                 for i, (cell, width) in enumerate(zip(line, widths, strict=True))]
        print("  ".join(cells).rstrip())
    return EXIT_OK


def _suggest(args: argparse.Namespace) -> int:
    if args.article_ids and args.collection:
        raise InvalidRequestError(messages.SUGGEST_IDS_OR_COLLECTION)
    with _open(args) as library:
        service = library.suggestions
        run = service.for_articles(args.article_ids) if args.article_ids else service.for_collection(args.collection)
    for s in run.suggestions:
        if args.json:
            item = {"article_id": s.article_id, "start": s.start, "end": s.end, "quote": s.quote, "tag": s.tag,
                    "score": s.score, "cues": list(s.cues), "speaker": s.speaker}
            sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")
        else:
            quote = s.quote if len(s.quote) <= 60 else s.quote[:57] + "…"
            sys.stdout.write(f"{s.article_id}\t{s.start}-{s.end}\t{s.tag}\t{s.score:.2f}\t{s.speaker or '-'}\t"
                             f"{'، '.join(s.cues)}\t{quote}\n")
    if not args.json:
        print(f"{len(run.suggestions)} suggestion(s) in {run.articles_done} article(s)", file=sys.stderr)
    return EXIT_OK


def _collections(args: argparse.Namespace) -> int:
    with _open(args) as library:
        for record in library.collections():
            if args.json:
                item = {"id": record.id, "name": record.name, "articles": record.article_count}
                sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")
            else:
                sys.stdout.write(f"{record.id}\t{record.article_count}\t{record.name}\n")
        sys.stdout.flush()
    return EXIT_OK


def _collection(args: argparse.Namespace) -> int:
    with _open(args) as library:
        organizer = library.organizer
        if args.action == "rename":
            rename = organizer.rename_collection(args.old, args.new)
            print(f"renamed «{rename.old_name}» to «{rename.new_name}»")
            return EXIT_OK
        record = organizer.collection(args.name)
        ids = library.article_ids(record.id)
        refused = _refused(args.yes, f"delete the collection «{record.name}» with its {len(ids)} article(s) "
                                     f"and {organizer.annotation_count(ids)} annotation(s)")
        if refused is not None:
            return refused
        removal = organizer.delete_collection_id(record.id)
    print(f"deleted the collection «{record.name}»: {len(removal.article_ids)} article(s), "
          f"{len(removal.annotation_ids)} annotation(s) kept as deletion records")
    return EXIT_OK


def _article(args: argparse.Namespace) -> int:
    with _open(args) as library:
        organizer = library.organizer
        if args.action == "move":
            moves = organizer.move_articles(args.ids, args.to)
            made = " (a new collection)" if moves.created else ""
            print(f"moved {len(moves.moves)} article(s) to «{' '.join(args.to.split())}»{made}")
        elif args.action == "delete":
            organizer.articles(args.ids)  # every id must exist before anything is asked or done
            refused = _refused(args.yes, f"delete {len(set(args.ids))} article(s) "
                                         f"with {organizer.annotation_count(args.ids)} annotation(s)")
            if refused is not None:
                return refused
            removal = organizer.delete_articles(args.ids)
            print(f"deleted {len(removal.article_ids)} article(s); "
                  f"{len(removal.annotation_ids)} annotation(s) kept as deletion records")
        else:
            if args.date is None and args.outlet is None and args.collection is None:
                raise InvalidRequestError(messages.NOTHING_TO_EDIT)
            organizer.edit_article(args.id, date=args.date, outlet=args.outlet, collection=args.collection)
            record = library.existing_article(args.id)
            names = {c.id: c.name for c in library.collections()}
            print(f"{record.id}\t{record.date or '-'}\t{record.outlet or '-'}\t{names.get(record.collection_id, '-')}")
    return EXIT_OK


def _refused(yes: bool, question: str) -> int | None:
    """None to go ahead with a deletion (--yes, or the user said yes at a terminal), else the exit
    status: without --yes and without a terminal to ask at, a usage error; a «no», an error."""
    if yes:
        return None
    if not sys.stdin.isatty():
        print(f"hashiya: this would {question}; run it again with --yes to go ahead", file=sys.stderr)
        return EXIT_USAGE
    try:
        answer = input(f"{question[0].upper()}{question[1:]}? [y/N] ")
    except EOFError:
        answer = ""
    if answer.strip().lower() in {"y", "yes"}:
        return None
    print("nothing was deleted", file=sys.stderr)
    return EXIT_ERROR


def _export_article(args: argparse.Namespace) -> int:
    with _open(args) as library:
        article = library.existing_article(args.article_id)
        persian = (article.language or "fa").startswith("fa")
        annotated = library.pages.page(args.article_id, args.tag, args.author, ui_language="fa" if persian else "en")
        labels = _page_labels(persian)
        if args.format == "html":
            library.pages.write_html(annotated, args.out, labels)
        else:
            from reader.printing.pdf import write_pdf

            write_pdf(annotated.page, args.out, labels)
    print(f"wrote article {args.article_id} with {len(annotated.page.placed)} highlight(s) to {args.out}")
    return EXIT_OK


def _page_labels(persian: bool):
    """The page's own words in the article's language: Persian for Persian and Dari articles."""
    from reader.core.render.labels import CONTEXT, ENGLISH, Labels

    if not persian:
        return ENGLISH
    from PySide6.QtCore import QTranslator

    from reader.services.locations import translations_path

    translator = QTranslator()
    translator.load(str(translations_path() / "hashiya_fa.qm"))  # when it is missing, the words stay English
    return Labels.translated(lambda text: translator.translate(CONTEXT, text) or text, persian=True)


_EVIDENCE = {"names": "the selections' own text", "neighbourhood": "the words around each selection",
             "unchecked": "nothing: no selections"}


def _team(args: argparse.Namespace) -> int:
    from reader.services.locations import default_author

    author = args.author if args.author is not None else default_author()
    with _open(args) as library:
        transport = library.team.open_folder(str(args.folder), author)
        texts = library.team.import_shared_texts(transport) if args.import_texts else None
        report = library.team.sync(transport, recheck=True, reread=args.reread)
    if args.json:
        document = report.as_json()
        if texts is not None:
            document["texts_imported"] = list(texts.imported)
        sys.stdout.write(_json_line(document))
    else:
        _print_team_report(report, texts)
    if not report.available:
        _complain(report.problems[0])
        return EXIT_ERROR
    return EXIT_PARTIAL if report.refused_anything or report.problems else EXIT_OK


def _print_team_report(report, texts) -> None:
    if texts is not None:
        print(f"texts:     {len(texts.imported)} article(s) brought in from shared copies, {texts.still_missing} not found")
    print(f"written:   {len(report.written)} file(s) of yours" + (f", {len(report.removed)} removed" if report.removed else ""))
    print(f"read:      {len(report.files)} file(s); {report.unchanged_files} unchanged"
          + (f"; {len(report.in_progress)} still being written (read on the next round)" if report.in_progress else ""))
    for name, value in (("added", report.added), ("updated", report.updated), ("deleted", report.deleted),
                        ("orphaned", report.orphaned)):
        print(f"{name + ':':<10} {len(value)}")
    print(f"refused:   {len(report.refused)}")
    shown = 20
    for notice in report.refused[:shown]:
        print(f"  {terminal_text(str(notice))}")
    if len(report.refused) > shown:
        print(f"  … and {len(report.refused) - shown} more (--json lists them all)")
    # An unreachable folder is said once, on stderr, by the caller.
    for notice in report.damaged + (report.problems if report.available else []):
        print(f"  {terminal_text(str(notice))}")
    if report.missing:
        print("waiting for articles this library lacks:")
        for article in report.missing:
            print(terminal_text(f"  {article.title} ({', '.join(article.authors)}: {article.annotations} annotation(s)) {article.source}"))


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
    "agreement": _agreement,
    "suggest": _suggest,
    "report": _report,
    "outlets": _outlets,
    "collections": _collections,
    "collection": _collection,
    "article": _article,
    "export-article": _export_article,
    "team": _team,
    "desktop-entry": _desktop_entry,
}
