"""Whatever the umask, every file the program makes is 0600 and every folder 0700."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

SCRIPT = """
import os, sys
os.umask(int(sys.argv[1], 8))
from diary_app.cli import main
base = sys.argv[2]
for argv in (["--db", f"{base}/new/deeper/d.sqlite3", "demo", "--days", "5"],
             ["--db", f"{base}/new/deeper/d.sqlite3", "backup"],
             ["--db", f"{base}/new/deeper/d.sqlite3", "backup", "--out", f"{base}/usb/a/b.sqlite3"],
             ["--db", f"{base}/new/deeper/d.sqlite3", "export", "--out", f"{base}/new/e.csv"],
             ["--db", f"{base}/new/deeper/d.sqlite3", "screenshot", "--out", f"{base}/shots/x/e.png"]):
    assert main(argv) == 0, argv
# What the window does next (main() has run, as it does before the window): the log in the data
# folder, settings.ini with a patient's name, the lock.
import logging
from diary_app.paths import log_dir
from diary_app.settings import default_qsettings
from diary_app.single_instance import held_diary_lock
from diary_app.ui.main_errors import setup_logging
setup_logging(log_dir())
logging.getLogger("test").warning("written")
settings = default_qsettings()
settings.setValue("last_profile", "Ann")
settings.sync()
with held_diary_lock(f"{base}/new/deeper/d.sqlite3"):
    os.link(f"{base}/new/deeper/d.sqlite3.lock", f"{base}/lock-while-held")
"""


@pytest.mark.parametrize("umask", ["022", "000"])
def test_files_are_private_whatever_the_umask(tmp_path, umask):
    base = tmp_path / "home"
    base.mkdir(mode=0o700)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "SYMPTOM_DIARY_DATA_DIR": str(base / "data"),
        "XDG_CONFIG_HOME": str(base / "config"),
        "XDG_RUNTIME_DIR": str(base / "run"),
    }
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, umask, str(base)], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    seen = []
    for folder, folders, files in os.walk(base):
        for name in folders:
            seen.append((os.path.join(folder, name), 0o700))
        for name in files:
            seen.append((os.path.join(folder, name), 0o600))
    wrong = [
        (path, oct(stat.S_IMODE(os.lstat(path).st_mode)))
        for path, mode in seen
        if stat.S_IMODE(os.lstat(path).st_mode) != mode
    ]
    names = {os.path.basename(path) for path, _mode in seen}
    assert {"settings.ini", "lock-while-held", "e.png", "b.sqlite3", "e.csv"} <= names
    assert any(name.endswith(".log") for name in names)
    assert wrong == []
