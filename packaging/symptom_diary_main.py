"""The bundle's entry point (PyInstaller): exactly the `symptom-diary` command."""

import sys

from diary_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
