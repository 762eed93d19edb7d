"""Hashiya's entry point: `python main.py` opens the app; `python main.py COMMAND …` runs the CLI."""

import sys

if __name__ == "__main__":
    if getattr(sys, "frozen", False):  # the bundled app: its import workers start through here
        import multiprocessing  # (10 ms: not on a plain start's path)

        multiprocessing.freeze_support()
    from reader.app import run

    sys.exit(run(sys.argv[1:]))
