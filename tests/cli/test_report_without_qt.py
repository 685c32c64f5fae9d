"""`report` loads no Qt for a diary nobody has open, and still asks Qt's lock when one is there."""

import subprocess
import sys
from datetime import date

import pytest

from diary_app.demo import demo_diary
from diary_app.single_instance import held_diary_lock

RUN_REPORT = """\
import sys
from diary_app.cli import main
code = main(sys.argv[1:])
print(code, "PySide6" in sys.modules)
"""


@pytest.fixture
def diary_file(store, db_path):
    store.import_diaries([demo_diary(30, end=date(2026, 11, 25), name="Ann")])
    store.close()
    return db_path


def report_in_a_new_process(diary_file, out, language: str) -> str:
    command = ["--db", str(diary_file), "report", "--out", str(out), "--lang", language]
    result = subprocess.run([sys.executable, "-c", RUN_REPORT, *command], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_report_of_a_diary_nobody_has_open_loads_no_qt(diary_file, tmp_path, language):
    out = tmp_path / "summary.pdf"
    assert report_in_a_new_process(diary_file, out, language) == "0 False"
    assert out.read_bytes().startswith(b"%PDF")


def test_the_report_asks_qts_lock_when_another_program_holds_it(diary_file, tmp_path):
    """A lock file beside the diary (another program writing): the lock is asked through Qt, and the
    report, which only reads, is still written."""
    out = tmp_path / "summary.pdf"
    with held_diary_lock(diary_file):
        assert report_in_a_new_process(diary_file, out, "en") == "0 True"
    assert out.read_bytes().startswith(b"%PDF")


def test_the_command_draws_its_charts_unhinted_and_leaves_matplotlib_as_it_was(
    diary_file, tmp_path, monkeypatch
):
    """Hinting fits glyphs to a screen's pixels; at 200 dpi on paper it only costs time."""
    import matplotlib

    import diary_app.reports
    from diary_app.cli import main

    real_build, seen = diary_app.reports.build_report, []

    def build_report(*args, **kwargs):
        seen.append(matplotlib.rcParams["text.hinting"])
        return real_build(*args, **kwargs)

    monkeypatch.setattr(diary_app.reports, "build_report", build_report)
    before = matplotlib.rcParams["text.hinting"]
    out = tmp_path / "summary.pdf"
    assert main(["--db", str(diary_file), "report", "--out", str(out)]) == 0
    assert seen == ["none"] and before != "none"
    assert matplotlib.rcParams["text.hinting"] == before
    assert out.read_bytes().startswith(b"%PDF")
