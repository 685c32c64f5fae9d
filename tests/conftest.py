"""Test set-up: Qt offscreen, private data folders, and a diary factory."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

import pytest

from diary_app.storage import open_store


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path, monkeypatch):
    """Every test gets its own data folder, so nothing touches the real diary."""
    folder = tmp_path / "data"
    monkeypatch.setenv("SYMPTOM_DIARY_DATA_DIR", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return folder


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "diary.sqlite3"


@pytest.fixture
def store(db_path):
    opened = open_store(db_path)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def qapp(qapp):
    """pytest-qt's application in the program's bundled font, so layouts do not depend on the fonts
    the machine happens to have (the window itself registers the same font at start)."""
    from diary_app.ui.main_appearance import BUNDLED_FAMILY
    from diary_app.ui.main_appearance import register_bundled_fonts

    assert BUNDLED_FAMILY in register_bundled_fonts()
    font = qapp.font()
    font.setFamilies([BUNDLED_FAMILY])
    qapp.setFont(font)
    return qapp
