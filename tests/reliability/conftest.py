"""Fixtures for the reliability tests."""

from pathlib import Path

import pytest
from reliability_helpers import fill


@pytest.fixture
def diary(tmp_path) -> Path:
    """A diary with profile Ann (id 1) and 30 entries (entry_for(0..29)), closed cleanly."""
    path = tmp_path / "diary.sqlite3"
    fill(path)
    return path
