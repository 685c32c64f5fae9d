"""The command line: argparse sub-commands over the diary; with none, the window opens."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path
from typing import Sequence

from diary_app import __version__
from diary_app.console import printable
from diary_app.errors import UserError

# Each module in diary_app.commands has register(subparsers) that sets `run` on its parser.
COMMAND_MODULES = ("profiles", "screenshot", "demo", "exchange", "analyze", "backup", "report")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="symptom-diary",
        description="Symptom Diary: a daily diary of leg symptoms and B12 doses.",
    )
    parser.add_argument("--version", action="version", version=f"symptom-diary {__version__}")
    parser.add_argument("--db", type=Path, help="the diary file (default: in your data folder)")
    parser.add_argument("--profile", help="whose diary (a profile name; default: the first)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"diary_app.commands.{name}").register(subparsers)
    return parser


PRIVATE_UMASK = 0o077


def main(argv: Sequence[str] | None = None) -> int:
    # Health data: whatever the user's umask, every file and folder the program makes (the data
    # folder, settings.ini, logs, lock, screenshots, parents made for --db and --out) is theirs only.
    os.umask(PRIVATE_UMASK)
    parser = build_parser()
    args = parser.parse_args(argv)
    run = getattr(args, "run", None)
    try:
        if run is None:
            from diary_app.commands.gui import run_gui

            return run_gui(args)
        status = run(args) or 0
        sys.stdout.flush()  # a closed pipe is found here, not after main() has returned
        return status
    except UserError as error:
        print(f"symptom-diary: {printable(str(error))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("symptom-diary: interrupted; nothing more was written", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return _output_closed()


def _output_closed() -> int:
    """The reader of our output went away (`check | head -1`): stop quietly, exit 141 as a
    shell does for SIGPIPE, and keep Python from failing again when it flushes stdout."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    print("symptom-diary: the output was closed before everything was written", file=sys.stderr)
    return 141
