"""The command line (`python main.py import|articles|annotations|annotate|search|export|merge|
desktop-entry …`), the contract scripts rely on."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from reader import __version__
from reader.core.errors import HashiyaError

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
    try:
        if args.command == "import":
            return _import(args)
        if args.command == "annotations":
            return _annotations(args)
        if args.command == "annotate":
            return _annotate(args)
        if args.command == "search":
            return _search(args)
        if args.command == "export":
            return _export(args)
        if args.command == "merge":
            return _merge(args)
        if args.command == "desktop-entry":
            return _desktop_entry(args)
        return _articles(args)
    except HashiyaError as exc:
        print(f"hashiya: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("hashiya: interrupted; the library keeps everything committed before", file=sys.stderr)
        return 130


def _open(args: argparse.Namespace):
    from reader.core import lexicon
    from reader.services.locations import default_library_path, user_cache_dir
    from reader.storage.database import open_database

    lexicon.use_cache_dir(user_cache_dir())
    db = open_database(args.library or default_library_path())
    _reindex_if_needed(db)
    return db


def _reindex_if_needed(db) -> None:
    """After an update that changed the search index, every article is indexed once, here, with
    progress on a terminal; an interrupt keeps what is done for the next run."""
    from reader.services.search_index import ReindexProgress, SearchIndexService

    service = SearchIndexService(db)
    status = service.status()
    if status.complete:
        return
    if status.pending:
        print(f"hashiya: indexing {status.pending} articles for search (once, after an update)", file=sys.stderr)
    show_progress = sys.stderr.isatty()

    def progress(p: ReindexProgress) -> None:
        if show_progress:
            print(f"\r{p.done}/{p.total} articles indexed", end="", file=sys.stderr, flush=True)

    service.reindex(progress)
    if show_progress:
        print(file=sys.stderr)


def _import(args: argparse.Namespace) -> int:
    from reader.services.importer import ImportProgress, import_paths

    db = _open(args)
    show_progress = sys.stderr.isatty()

    def progress(p: ImportProgress) -> None:
        if show_progress and (p.done % 50 == 0 or p.done == p.total):
            print(f"\r{p.done}/{p.total} files", end="", file=sys.stderr, flush=True)

    report = import_paths(db, args.paths, args.collection, progress=progress, workers=args.workers)
    if show_progress:
        print(file=sys.stderr)
    print(f"imported:  {len(report.imported)}")
    print(f"updated:   {len(report.updated)}")
    print(f"unchanged: {report.unchanged}")
    print(f"failed:    {len(report.failed)}")
    if report.reanchored or report.orphaned:
        print(f"annotations re-anchored: {report.reanchored}, orphaned (to review): {report.orphaned}")
    for failure in report.failed:
        print(f"  {failure}")
    if report.ignored:
        print(f"ignored:   {report.ignored} files of other types")
    return EXIT_PARTIAL if report.failed else EXIT_OK


def _articles(args: argparse.Namespace) -> int:
    from reader.storage import articles_repo, collections_repo

    db = _open(args)
    collection_id = None
    if args.collection:
        collection_id = collections_repo.find_id(db, args.collection)
        if collection_id is None:
            print(f"hashiya: no collection named {args.collection!r}", file=sys.stderr)
            return EXIT_USAGE
    names = {c.id: c.name for c in collections_repo.list_all(db)}
    out = sys.stdout
    for record in articles_repo.iter_current(db, collection_id):
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
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
        else:
            out.write(f"{record.id}\t{record.date or '-'}\t{record.title}\t{record.source}\n")
    return EXIT_OK


def _annotations(args: argparse.Namespace) -> int:
    from reader.services.annotations import AnnotationService

    service = AnnotationService(_open(args))
    tags = {t.id: t.name for t in service.tags()}
    tag_id = None
    if args.tag:
        tag = service.tag_by_name(args.tag)
        if tag is None:
            print(f"hashiya: no tag named {args.tag!r}", file=sys.stderr)
            return EXIT_USAGE
        tag_id = tag.id
    for row in service.list_rows(tag_id=tag_id, author=args.author):
        a = row.annotation
        names = [tags[t] for t in a.tag_ids if t in tags]
        if args.json:
            item = {
                "uuid": a.uuid, "article_id": a.article_id, "start": a.start, "end": a.end, "quote": a.quote,
                "tags": names, "note": a.note, "author": a.author, "created": a.created, "modified": a.modified,
                "orphan": a.orphan, "article_title": row.article_title,
            }
            sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")
        else:
            quote = a.quote if len(a.quote) <= 60 else a.quote[:57] + "…"
            sys.stdout.write(f"{a.uuid}\t{a.article_id}\t{a.start}-{a.end}\t{','.join(names)}\t{quote}\n")
    return EXIT_OK


def _annotate(args: argparse.Namespace) -> int:
    from reader.services.annotations import AnnotationService
    from reader.storage import articles_repo

    db = _open(args)
    article = articles_repo.get(db, args.article_id)
    if article is None:
        print(f"hashiya: no article with id {args.article_id}", file=sys.stderr)
        return EXIT_USAGE
    starts = []
    position = article.text.find(args.quote) if args.quote else -1
    while position >= 0:
        starts.append(position)
        position = article.text.find(args.quote, position + 1)
    if not starts:
        print(f"hashiya: the quote does not occur in article {article.id}", file=sys.stderr)
        return EXIT_USAGE
    if args.occurrence is None and len(starts) > 1:
        print(f"hashiya: the quote occurs {len(starts)} times in article {article.id}; choose one with --occurrence N",
              file=sys.stderr)
        return EXIT_USAGE
    index = (args.occurrence or 1) - 1
    if not 0 <= index < len(starts):
        print(f"hashiya: --occurrence must be between 1 and {len(starts)}", file=sys.stderr)
        return EXIT_USAGE
    service = AnnotationService(db)
    tag_ids = []
    for name in args.tag:
        tag = service.tag_by_name(name)
        if tag is None:
            tag = service.create_tag(name)
            print(f"created tag {name!r}", file=sys.stderr)
        tag_ids.append(tag.id)
    start = starts[index]
    from reader.services.locations import default_author

    author = args.author if args.author is not None else default_author()
    record = service.create(article.id, start, start + len(args.quote), tag_ids, args.note, author)
    print(record.uuid)
    return EXIT_OK


def _search(args: argparse.Namespace) -> int:
    from reader.services.annotations import AnnotationService
    from reader.services.search import QueryError, SearchService
    from reader.storage import collections_repo

    db = _open(args)
    tag_id = collection_id = None
    if args.tag:
        tag = AnnotationService(db).tag_by_name(args.tag)
        if tag is None:
            print(f"hashiya: no tag named {args.tag!r}", file=sys.stderr)
            return EXIT_USAGE
        tag_id = tag.id
    if args.collection:
        collection_id = collections_repo.find_id(db, args.collection)
        if collection_id is None:
            print(f"hashiya: no collection named {args.collection!r}", file=sys.stderr)
            return EXIT_USAGE
    try:
        results = SearchService(db).search(args.query, limit=max(1, args.limit), order=args.order,
                                           word_forms=args.forms, collection_id=collection_id, tag_id=tag_id)
    except QueryError as exc:
        print(f"hashiya: {exc}", file=sys.stderr)
        return EXIT_USAGE
    for hit in results.hits:
        if args.json:
            item = {"id": hit.article_id, "title": hit.title, "date": hit.date, "snippet": hit.snippet,
                    "hits": [list(span) for span in hit.spans], "total": results.total}
            if args.forms:
                item["forms"] = dict(hit.forms.most_common())
            sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")
        else:
            marked = hit.snippet
            for start, end in reversed(hit.snippet_spans):
                marked = marked[:start] + "[" + marked[start:end] + "]" + marked[end:]
            sys.stdout.write(f"{hit.article_id}\t{hit.date or '-'}\t{hit.title}\n    {marked}\n")
    if not args.json:
        print(f"{results.total} article(s)", file=sys.stderr)
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from reader.services.exchange import ExchangeService

    count = ExchangeService(_open(args)).export(args.format, args.out, args.collection, args.tag, args.author)
    print(f"exported {count} annotation(s) to {args.out}")
    return EXIT_OK


def _merge(args: argparse.Namespace) -> int:
    from reader.core.exchange.model import ExchangeFormatError
    from reader.services.exchange import ExchangeService, read_exchange_file

    try:
        files = [read_exchange_file(path) for path in args.files]  # every file is checked before anything is written
    except ExchangeFormatError as exc:
        print(f"hashiya: {exc}; nothing was merged", file=sys.stderr)
        return EXIT_ERROR
    service = ExchangeService(_open(args))
    plan = service.plan(files) if args.dry_run else service.merge(files)
    print(f"added:     {len(plan.added)}")
    print(f"updated:   {len(plan.updated)}")
    print(f"deleted:   {len(plan.deleted)}")
    print(f"orphaned:  {len(plan.orphaned)} (kept for review: their passage could not be found)")
    print(f"unchanged: {plan.unchanged}")
    if plan.articles_added:
        print(f"articles added from the files: {len(plan.articles_added)}")
    if plan.tags_created:
        print(f"tags created: {', '.join(plan.tags_created)}")
    for line in plan.skipped:
        print(f"  skipped {line}")
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
