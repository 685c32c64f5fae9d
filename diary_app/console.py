"""Command output: one line at a time, with terminal control characters made harmless."""

from __future__ import annotations

import re
import sys

CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # not tab or newline


def say(text: str) -> None:
    """Write one line of command output (with cli.py, the only places the package writes to stdout)."""
    sys.stdout.write(printable(text) + "\n")


def printable(text: str) -> str:
    """`text` with terminal control characters (escape sequences, bells, carriage returns, also
    in names and notes) and unencodable ones shown as \\x.. escapes instead of acted on."""
    shown = CONTROL_CHARACTERS.sub(lambda found: f"\\x{ord(found.group()):02x}", text)
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    return shown.encode(encoding, "backslashreplace").decode(encoding)
