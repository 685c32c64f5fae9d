"""The default command: open the diary window."""

from __future__ import annotations


def run_gui(args) -> int:
    from diary_app.app import run_app

    return run_app(args)
