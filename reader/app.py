"""Composition root: decides between the command line and the app, and starts the app."""

from __future__ import annotations

import sys
from collections.abc import Sequence

CLI_COMMANDS = {"import", "articles"}


def run(argv: Sequence[str]) -> int:
    argv = list(argv)
    if argv and (argv[0] in CLI_COMMANDS or argv[0] in {"-h", "--help", "--version"}):
        from reader import cli

        return cli.main(argv)
    return _first_start_preview()


def _first_start_preview() -> int:
    """Until the reading window lands: make sure the library holds the sample, then list it."""
    from reader import cli
    from reader.services.locations import default_library_path, sample_collection_path
    from reader.storage import articles_repo
    from reader.storage.database import open_database

    library = default_library_path()
    db = open_database(library)
    if articles_repo.count_current(db) == 0:
        print(f"First start: importing the sample collection into {library}", file=sys.stderr)
        cli.main(["import", str(sample_collection_path()), "--library", str(library)])
    db.close()
    return cli.main(["articles", "--library", str(library)])
