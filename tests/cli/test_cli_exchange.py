"""The command line: demo, export, import, profiles and --version; user errors are one line, exit 2."""

import json
import subprocess
import sys
from datetime import date

import pytest

from diary_app import __version__
from diary_app.cli import main
from diary_app.storage import open_store


def run(capsys, db, *argv) -> tuple[int, str, str]:
    code = main(["--db", str(db), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def one_error_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("symptom-diary: "), err
    assert "Traceback" not in err
    return lines[0]


def content(db) -> str:
    store = open_store(db)
    try:
        return "\n".join(store.db.conn.iterdump())
    finally:
        store.close()


def test_version(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out.strip() == f"symptom-diary {__version__}"


def test_profiles_add_list_rename(capsys, db_path):
    added = run(capsys, db_path, "profiles", "add", "Amal", "--birth-year", "1958")
    assert added == (0, "added profile Amal\n", "")
    run(capsys, db_path, "profiles", "add", "سامي")
    assert run(capsys, db_path, "profiles", "rename", "Amal", "Amal H")[0] == 0
    code, out, _ = run(capsys, db_path, "profiles")
    assert code == 0
    assert out.splitlines() == ["Amal H, born 1958: 0 day entries", "سامي: 0 day entries"]


@pytest.mark.parametrize(
    "argv, words",
    [
        (("profiles", "add", "Amal"), "a profile named 'Amal' exists already"),
        (("profiles", "rename", "Nobody", "X"), "no profile is named 'Nobody'"),
        (("profiles", "add", "Y", "--birth-year", "1700"), "field 'birth_year' value 1700"),
        (("--profile", "Nobody", "export", "--out", "x.json"), "no profile is named 'Nobody'"),
    ],
)
def test_profile_errors_are_one_line(capsys, db_path, argv, words):
    run(capsys, db_path, "profiles", "add", "Amal")
    before = content(db_path)
    code, _, err = run(capsys, db_path, *argv)
    assert code == 2 and words in one_error_line(err)
    assert content(db_path) == before


def test_demo_fills_new_demo_profiles_or_the_chosen_one(capsys, db_path):
    code, out, _ = run(capsys, db_path, "demo", "--days", "30", "--end", "2026-11-25")
    assert code == 0 and out.startswith("profile Demo: added ") and "(symmetric demo, seed 0)" in out
    run(capsys, db_path, "demo", "--days", "20", "--pattern", "unilateral-left", "--seed", "3")
    run(capsys, db_path, "--profile", "Amal", "demo", "--days", "10", "--pattern", "mixed")
    store = open_store(db_path)
    try:
        names = [p.name for p in store.profiles()]
        demo = store.load_diary(store.profile_named("Demo").id)
    finally:
        store.close()
    assert names == ["Demo", "Demo 2", "Amal"]
    assert demo.entries[-1].day == date(2026, 11, 25) and demo.doses and demo.labs


def test_demo_refuses_overlapping_days_without_replace(capsys, db_path):
    run(capsys, db_path, "--profile", "Amal", "demo", "--days", "10")
    before = content(db_path)
    code, _, err = run(capsys, db_path, "--profile", "Amal", "demo", "--days", "10", "--seed", "2")
    assert code == 2 and "already has an entry" in one_error_line(err) and "--replace" in err
    assert content(db_path) == before
    assert (
        run(capsys, db_path, "--profile", "Amal", "demo", "--days", "10", "--seed", "2", "--replace")[0] == 0
    )


@pytest.mark.parametrize("days", ["0", "-3", "many"])
def test_demo_rejects_bad_day_counts(capsys, db_path, days):
    with pytest.raises(SystemExit) as stopped:
        main(["--db", str(db_path), "demo", "--days", days])
    assert stopped.value.code == 2
    assert "--days" in capsys.readouterr().err


def test_demo_too_many_days_is_one_line(capsys, db_path):
    code, _, err = run(capsys, db_path, "demo", "--days", "100000")
    assert code == 2 and "between 1 and" in one_error_line(err)


def _document(path):
    document = json.loads(path.read_text(encoding="utf-8"))
    document.pop("exported_at")
    return document


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_export_then_import_into_an_empty_diary_gives_the_same_export(capsys, tmp_path, fmt):
    first, second = tmp_path / "first.sqlite3", tmp_path / "second.sqlite3"
    run(capsys, first, "demo", "--days", "60", "--pattern", "mixed", "--end", "2026-11-25")
    run(capsys, first, "--profile", "سامي", "demo", "--days", "30", "--pattern", "unilateral-right")
    code, out, _ = run(capsys, first, "export", "--format", fmt, "--out", str(tmp_path / f"x.{fmt}"))
    assert code == 0 and out.startswith("exported 2 profiles: ")
    code, out, _ = run(capsys, second, "import", str(tmp_path / f"x.{fmt}"))
    assert code == 0 and "1 new profile" not in out and "2 new profiles" in out
    run(capsys, first, "export", "--out", str(tmp_path / "a.json"))
    run(capsys, second, "export", "--out", str(tmp_path / "b.json"))
    assert _document(tmp_path / "a.json") == _document(tmp_path / "b.json")


def test_export_of_one_profile_and_format_from_the_extension(capsys, tmp_path, db_path):
    run(capsys, db_path, "demo", "--days", "5")
    run(capsys, db_path, "--profile", "Other", "demo", "--days", "5")
    run(capsys, db_path, "--profile", "Other", "export", "--out", str(tmp_path / "o.csv"))
    assert (tmp_path / "o_doses.csv").exists()
    assert (tmp_path / "o.csv").read_text(encoding="utf-8-sig").count("\nOther,") == 5


def test_reimport_is_refused_without_replace_and_changes_nothing(capsys, tmp_path, db_path):
    run(capsys, db_path, "demo", "--days", "20")
    run(capsys, db_path, "export", "--out", str(tmp_path / "x.json"))
    before = content(db_path)
    code, _, err = run(capsys, db_path, "import", str(tmp_path / "x.json"))
    assert code == 2 and "profile 'Demo' already has an entry for" in one_error_line(err)
    assert content(db_path) == before
    code, out, _ = run(capsys, db_path, "import", "--replace", str(tmp_path / "x.json"))
    assert code == 0 and "0 doses, 0 regimens and 0 lab results" in out


@pytest.mark.parametrize(
    "name, data, words",
    [
        (
            "bad.json",
            b'{"format": "symptom-diary", "version": 1, "profiles": [{"name": "A", "x": 1}]}',
            "bad.json: profile 'A', field 'x': unknown key",
        ),
        ("bad.json", b"\xff\xfe{}", "bad.json: the file is not UTF-8 text"),
        ("bad.json", b"{", "bad.json: not valid JSON (line 1, column 2"),
        (
            "bad.csv",
            b"profile,date\r\nA,2026-02-30\r\n",
            "bad.csv line 2: profile 'A', field 'date': '2026-02-30' is not a real date",
        ),
        ("bad.txt", b'  {"format": 1}', "bad.txt: field 'version': required key is missing"),
    ],
)
def test_bad_import_files_change_nothing(capsys, tmp_path, db_path, name, data, words):
    run(capsys, db_path, "demo", "--days", "5")
    before = content(db_path)
    (tmp_path / name).write_bytes(data)
    code, _, err = run(capsys, db_path, "import", str(tmp_path / name))
    line = one_error_line(err)
    assert code == 2 and words in line and line.endswith("nothing was imported")
    assert content(db_path) == before


def test_a_failed_import_does_not_even_create_the_diary(capsys, tmp_path):
    (tmp_path / "bad.json").write_text("[]")
    code, _, err = run(capsys, tmp_path / "new.sqlite3", "import", str(tmp_path / "bad.json"))
    assert code == 2 and "must be a JSON object" in one_error_line(err)
    assert not (tmp_path / "new.sqlite3").exists()


def test_export_to_a_missing_folder_is_one_line(capsys, tmp_path, db_path):
    run(capsys, db_path, "demo", "--days", "3")
    code, _, err = run(capsys, db_path, "export", "--out", str(tmp_path / "no" / "x.json"))
    assert code == 2 and "cannot write" in one_error_line(err)


def test_the_installed_command_prints_no_traceback(tmp_path):
    (tmp_path / "bad.json").write_text('{"format": "symptom-diary", "version": 1, "profiles": 3}')
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "diary_app",
            "--db",
            str(tmp_path / "d.sqlite3"),
            "import",
            str(tmp_path / "bad.json"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == (
        "symptom-diary: bad.json: field 'profiles': must be a JSON list [...], "
        "not a number; nothing was imported\n"
    )


def test_import_with_profile_puts_a_one_profile_file_into_that_profile(capsys, tmp_path, db_path):
    other = tmp_path / "other.sqlite3"
    run(capsys, other, "demo", "--days", "7")
    run(capsys, other, "export", "--out", str(tmp_path / "one.json"))
    code, out, _ = run(capsys, db_path, "--profile", "Me", "import", str(tmp_path / "one.json"))
    assert code == 0 and "7 day entries" in out
    store = open_store(db_path)
    try:
        assert [p.name for p in store.profiles()] == ["Me"]
    finally:
        store.close()
    run(capsys, other, "demo", "--days", "3")
    run(capsys, other, "export", "--out", str(tmp_path / "two.json"))
    code, _, err = run(capsys, db_path, "--profile", "Me", "import", str(tmp_path / "two.json"))
    assert code == 2 and "exactly one profile; this one has 2" in one_error_line(err)
