"""The command line: argparse sub-commands over the diary; with none, the window opens."""

from __future__ import annotations

import argparse
import atexit
import gc
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from diary_app import __version__
from diary_app.console import printable
from diary_app.errors import UserError

# Each module in diary_app.commands has register(subparsers) that sets `run` on its parser.
COMMAND_MODULES = ("profiles", "screenshot", "demo", "exchange", "analyze", "backup", "report")


EPILOG = """\
--db and --profile may come before or after the command. Dates are written YYYY-MM-DD (2026-11-25).

exit status:
  0    done
  1    `check` found the diary unusable, or `restore` was not confirmed
  2    a mistake in the command line, or a problem the message explains (nothing was changed)
  130  interrupted (Ctrl+C); nothing more was written

environment:
  SYMPTOM_DIARY_DATA_DIR  the folder of the diary, its backups and the logs (default: your data folder)
  SYMPTOM_DIARY_PSEUDO=1  pseudo-translated text, to find layout problems before a translator does
  QT_QPA_PLATFORM         Qt's platform plugin (offscreen: no display; xcb: X11; wayland)
  XDG_CONFIG_HOME         where the settings file is kept (default: ~/.config)
  XDG_STATE_HOME          where the logs are kept (default: ~/.local/state)
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="symptom-diary",
        description="Symptom Diary: a daily diary of leg symptoms and B12 doses.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"symptom-diary {__version__}")
    add_diary_options(parser, default=None)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"diary_app.commands.{name}").register(subparsers)
    for command in every_subparser(parser):
        add_diary_options(command, default=argparse.SUPPRESS)  # given after it, the command's wins
    return parser


PRIVATE_UMASK = 0o077


def add_diary_options(parser: argparse.ArgumentParser, default) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        default=default,
        help="the diary file (default: diary.sqlite3 in your data folder)",
    )
    parser.add_argument(
        "--profile", metavar="NAME", default=default, help="whose diary (a profile name; default: the first)"
    )


WINDOW_OPTIONS = ("--db", "--profile")


def window_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments of a plain window start (only --db and --profile), parsed without importing and
    registering every command (~10 ms of the window's start-up); None for anything else, which the
    full parser reads (commands, --help, --version, abbreviations, mistakes)."""
    rest = list(argv)
    while rest:
        name, equals, _ = rest.pop(0).partition("=")
        if name not in WINDOW_OPTIONS:
            return None
        if not equals and (not rest or rest.pop(0).startswith("-")):
            return None  # a missing value: the full parser says so
    parser = argparse.ArgumentParser(prog="symptom-diary", add_help=False)
    add_diary_options(parser, default=None)
    return parser.parse_args(argv, argparse.Namespace(command=None))


def every_subparser(parser: argparse.ArgumentParser):
    """Every sub-command's parser, sub-sub-commands (`profiles add`) included."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in dict.fromkeys(action.choices.values()):  # aliases share a parser
                yield command
                yield from every_subparser(command)


def main(argv: Sequence[str] | None = None) -> int:
    # Health data: whatever the user's umask, every file and folder the program makes (the data
    # folder, settings.ini, logs, lock, screenshots, parents made for --db and --out) is theirs only.
    os.umask(PRIVATE_UMASK)
    args = window_arguments(sys.argv[1:] if argv is None else argv)
    if args is None:
        args = build_parser().parse_args(argv)
    run = getattr(args, "run", None)
    # What the program made lives until the process ends: no collector pass over it all at exit
    # (0.1 s after a report, 25 ms after the window); atexit runs before the interpreter's own final
    # collection. The window saves its settings and releases the diary before it returns.
    atexit.unregister(gc.freeze)  # once per process, however often main() runs in it
    atexit.register(gc.freeze)
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
