"""The diary is read with sqlite3 alone; sqlite_utils loads at the first write, still without numpy."""

import json
import subprocess
import sys
import textwrap

WRITE = textwrap.dedent("""
    import json, sys
    from datetime import date
    from diary_app.domain import DayEntry
    from diary_app.storage import open_store

    store = open_store(sys.argv[1])
    before = "sqlite_utils" in sys.modules
    profile = store.ensure_profile("Ana")
    store.save_entry(profile.id, DayEntry(day=date(2026, 1, 2)), today=date(2026, 1, 2))
    store.close()
    print(json.dumps([before, "sqlite_utils" in sys.modules, "numpy" in sys.modules]))
""")

READ = textwrap.dedent("""
    import json, sys
    from diary_app.storage import open_store

    store = open_store(sys.argv[1])
    diary = store.load_diary(store.profile_named("Ana").id)
    store.close()
    print(json.dumps([len(diary.entries), "sqlite_utils" in sys.modules]))
""")


def run(script, path):
    result = subprocess.run([sys.executable, "-c", script, path], capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def test_reads_need_no_sqlite_utils_and_the_first_write_loads_it_without_numpy(tmp_path):
    path = str(tmp_path / "diary.sqlite3")
    assert run(WRITE, path) == [False, True, False]  # loaded by the first write, without numpy
    assert run(READ, path) == [1, False]
