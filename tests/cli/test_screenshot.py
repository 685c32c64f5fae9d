"""`symptom-diary screenshot`: a real picture of a page, written offscreen; clear errors otherwise."""

import os
import subprocess
import sys
from datetime import date
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from diary_app import cli
from diary_app.commands import screenshot
from diary_app.domain import DayEntry
from diary_app.domain import Profile
from diary_app.domain import SideScores
from diary_app.settings import PAGE_NAMES
from diary_app.settings import TEXT_SCALES
from diary_app.ui import page_registry

REPO = Path(__file__).resolve().parents[2]


def diary_with_entries(store, days=20):
    profile = store.add_profile(Profile(name="Ana"))
    end = date.today()
    for back in range(days):
        scores = SideScores(left=back % 7, right=(back * 2) % 9)
        store.save_entry(
            profile.id,
            DayEntry(
                day=end - timedelta(days=back),
                symptoms={"tingling": scores},
                notes="ملاحظة" if back % 3 else "a note",
            ),
        )
    return profile


def shoot(db_path, out, *options):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    command = [
        sys.executable,
        "-m",
        "diary_app",
        "--db",
        str(db_path),
        "screenshot",
        "--out",
        str(out),
        *options,
    ]
    return subprocess.run(command, env=env, cwd=REPO, capture_output=True, text=True, timeout=120)


def colour_variety(image: QImage, step: int = 7) -> int:
    return len(
        {image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)}
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    "options",
    [
        ("--page", "history", "--lang", "en"),
        ("--page", "entry", "--lang", "ar", "--date", (date.today() - timedelta(days=2)).isoformat()),
    ],
)
def test_writes_a_picture_of_the_page(store, db_path, tmp_path, options):
    diary_with_entries(store)
    out = tmp_path / "shots" / "page.png"
    result = shoot(db_path, out, "--size", "900x640", *options)
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout
    assert result.stderr == ""  # Qt's chatter goes to the log file
    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 640)
    assert colour_variety(image) > 40  # text, frames and the leg colours, not a blank window


def test_a_missing_page_is_a_clear_error(store, db_path, tmp_path, monkeypatch, capsys):
    diary_with_entries(store, 1)
    monkeypatch.setattr(page_registry, "PAGES", tuple(s for s in page_registry.PAGES if s.name != "charts"))
    out = tmp_path / "c.png"
    status = cli.main(["--db", str(db_path), "screenshot", "--out", str(out), "--page", "charts"])
    assert status == 2
    assert "the charts page is not part of this version" in capsys.readouterr().err
    assert not (tmp_path / "c.png").exists()


@pytest.mark.parametrize(
    "options, message",
    [
        (("--size", "big"), "--size must look like"),
        (("--size", "10x10"), "outside"),
    ],
)
def test_bad_options_are_user_errors(db_path, tmp_path, capsys, options, message):
    status = cli.main(["--db", str(db_path), "screenshot", "--out", str(tmp_path / "a.png"), *options])
    assert status == 2
    assert message in capsys.readouterr().err


def test_out_must_be_a_png(db_path, tmp_path, capsys):
    assert cli.main(["--db", str(db_path), "screenshot", "--out", str(tmp_path / "a.jpg")]) == 2
    assert ".png" in capsys.readouterr().err


def test_choices_match_the_settings():
    assert screenshot.PAGE_NAMES == PAGE_NAMES
    assert screenshot.TEXT_SCALES == TEXT_SCALES


def test_date_needs_the_entry_page(db_path, tmp_path, capsys):
    out = tmp_path / "h.png"
    assert (
        cli.main(
            [
                "--db",
                str(db_path),
                "screenshot",
                "--out",
                str(out),
                "--page",
                "history",
                "--date",
                "2026-11-01",
            ]
        )
        == 2
    )
    assert "--date is only used with --page entry" in capsys.readouterr().err
