"""The command line: `python main.py import|articles …`, the contract scripts rely on."""

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
        return _articles(args)
    except HashiyaError as exc:
        print(f"hashiya: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("hashiya: interrupted; the library keeps everything committed before", file=sys.stderr)
        return 130


def _open(args: argparse.Namespace):
    from reader.services.locations import default_library_path
    from reader.storage.database import open_database

    return open_database(args.library or default_library_path())


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
