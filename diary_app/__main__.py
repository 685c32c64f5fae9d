"""Run the program with `python -m diary_app`."""

import sys

from diary_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
