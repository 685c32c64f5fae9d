"""Commands that only read never create a diary: a missing file is one clear line, exit 2."""

import pytest

from diary_app.cli import main


@pytest.mark.parametrize(
    "command",
    [
        ["analyze"],
        ["export", "--format", "json", "--out", "x.json"],
        ["report", "--out", "x.pdf"],
        ["profiles", "list"],
    ],
)
def test_reading_a_missing_diary_is_refused_and_creates_nothing(tmp_path, capsys, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    missing = tmp_path / "nowhere" / "diary.sqlite3"
    assert main(["--db", str(missing), *command]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "there is no diary at" in error
    assert not missing.exists() and not missing.parent.exists()
