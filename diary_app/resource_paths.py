"""Locating shipped files (fonts, icons, translations) in a checkout, a wheel or a bundle."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates(folder: str) -> list[Path]:
    found = [_PACKAGE_DIR / folder, _PACKAGE_DIR.parent / folder]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.insert(0, Path(bundle) / folder)
    return found


def shipped_dir(folder: str) -> Path:
    """The first existing `folder` (resources or translations) among the known places."""
    for candidate in _candidates(folder):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the program's {folder} folder is missing (looked in {_candidates(folder)})")


def resource(*parts: str) -> Path:
    return shipped_dir("resources").joinpath(*parts)


def translations_dir() -> Path:
    return shipped_dir("translations")
