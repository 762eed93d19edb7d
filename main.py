"""Hashiya's entry point: `python main.py` opens the app; `python main.py COMMAND …` runs the CLI."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # import workers in the bundled app start through here
    from reader.app import run

    sys.exit(run(sys.argv[1:]))
