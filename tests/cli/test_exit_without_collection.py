"""At exit the interpreter's last collection does not walk everything the program made (frozen first):
after the window as after a command, which each save and release what they hold before returning."""

import subprocess
import sys

import pytest

CHECK_AT_EXIT = """\
import atexit, gc, sys
atexit.register(lambda: print("frozen" if gc.get_freeze_count() else "walked"))  # runs last
import diary_app.commands.gui as gui
gui.run_gui = lambda args: 0  # the window's start, without a window
from diary_app.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("arguments", [["--db", "{db}"], ["--db", "{db}", "profiles", "list"]])
def test_what_the_program_made_is_frozen_before_the_last_collection(store, db_path, arguments):
    command = [argument.format(db=db_path) for argument in arguments]
    result = subprocess.run([sys.executable, "-c", CHECK_AT_EXIT, *command], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "frozen"
