"""The program makes no network connections: a whole command-line workflow with sockets forbidden."""

from __future__ import annotations

import socket

import pytest

from diary_app.cli import COMMAND_MODULES
from diary_app.cli import main


class NetworkUsedError(AssertionError):
    pass


def _forbidden(*args, **kwargs):
    raise NetworkUsedError(f"a network call was made: {args!r}")


@pytest.fixture
def no_network(monkeypatch):
    for name in ("connect", "connect_ex", "bind", "sendto", "listen"):
        monkeypatch.setattr(socket.socket, name, _forbidden)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "socketpair"):
        monkeypatch.setattr(socket, name, _forbidden)


def test_the_guard_itself_works(no_network):
    with pytest.raises(NetworkUsedError):
        socket.create_connection(("example.org", 80))


def test_full_command_line_workflow_opens_no_socket(no_network, tmp_path, capsys):
    db = ["--db", str(tmp_path / "diary.sqlite3")]
    steps = [
        ["demo", "--days", "60", "--pattern", "mixed", "--end", "2026-11-20"],
        ["export", "--out", str(tmp_path / "out.json")],
        ["export", "--out", str(tmp_path / "out.csv")],
        ["--profile", "Demo", "analyze", "--json"],
        ["backup"],
        ["backup", "--out", str(tmp_path / "usb" / "copy.sqlite3")],
        ["import", "--replace", str(tmp_path / "out.json")],
        ["restore", "--yes", str(tmp_path / "usb" / "copy.sqlite3")],
        ["check"],
    ]
    if "report" in COMMAND_MODULES:
        steps.append(["report", "--out", str(tmp_path / "report.pdf")])
    for step in steps:
        code = main(db + step)
        captured = capsys.readouterr()
        assert code == 0, (step, captured.err)
    assert (tmp_path / "out.json").stat().st_size > 0
