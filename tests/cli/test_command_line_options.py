"""The diary options after the sub-command too, help texts that say the date format, exit codes and
environment."""

import re
from datetime import date

import pytest

from diary_app.cli import build_parser
from diary_app.cli import every_subparser
from diary_app.cli import main
from diary_app.cli import window_arguments
from diary_app.commands.report import pdf_path
from diary_app.domain import DayEntry
from diary_app.storage import open_store


def test_db_and_profile_are_accepted_after_the_command(db_path, tmp_path, private_data_dir, capsys):
    assert main(["demo", "--days", "5", "--end", "2026-11-20", "--db", str(db_path), "--profile", "Ana"]) == 0
    assert main(["profiles", "add", "Bob", "--db", str(db_path)]) == 0
    capsys.readouterr()
    assert main(["profiles", "list", "--db", str(db_path)]) == 0
    assert [re.split("[,:]", line)[0] for line in capsys.readouterr().out.splitlines()] == ["Ana", "Bob"]
    out = tmp_path / "ana.pdf"
    assert main(["report", "--out", str(out), "--db", str(db_path), "--profile", "Ana"]) == 0
    assert ", Ana, " in capsys.readouterr().out and out.read_bytes().startswith(b"%PDF")
    assert main(["report", "--out", str(out), "--db", str(db_path), "--profile", "Nobody"]) == 2
    assert "Nobody" in capsys.readouterr().err
    assert not private_data_dir.exists()  # the default diary was never touched


def test_the_option_after_the_command_wins_over_the_one_before(db_path, tmp_path, capsys):
    other = tmp_path / "other.sqlite3"
    assert main(["--db", str(other), "demo", "--days", "3", "--db", str(db_path)]) == 0
    assert db_path.exists() and not other.exists()
    assert main(["--db", str(db_path), "--profile", "Demo", "profiles", "list"]) == 0
    assert "Demo" in capsys.readouterr().out


def test_every_command_takes_the_diary_options_and_names_the_date_format():
    parser = build_parser()
    commands = list(every_subparser(parser))
    assert len(commands) >= 10
    for command in commands:
        text = command.format_help()
        assert "--db PATH" in text and "--profile NAME" in text, command.prog
        assert "DATE" not in text, command.prog
    dated = [c.prog for c in commands if "YYYY-MM-DD" in c.format_help()]
    assert sorted(dated) == [
        "symptom-diary analyze",
        "symptom-diary demo",
        "symptom-diary report",
        "symptom-diary screenshot",
    ]


def test_main_help_documents_exit_status_and_environment(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    text = capsys.readouterr().out
    assert "before or after the command" in text and "YYYY-MM-DD" in text
    for line in ("exit status:", "  2 ", "  130 ", "environment:", "SYMPTOM_DIARY_DATA_DIR"):
        assert line in text, line


def test_a_report_named_txt_is_refused_and_a_bare_name_gets_pdf(db_path, tmp_path, capsys):
    assert main(["--db", str(db_path), "demo", "--days", "5"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "report", "--out", str(tmp_path / "summary.txt")]) == 2
    assert "the report is a PDF: name it summary.pdf, not summary.txt" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("summary")) == []
    assert main(["--db", str(db_path), "report", "--out", str(tmp_path / "summary")]) == 0
    assert f"wrote {tmp_path / 'summary.pdf'}" in capsys.readouterr().out
    assert (tmp_path / "summary.pdf").read_bytes().startswith(b"%PDF")
    assert pdf_path(tmp_path / "upper.PDF") == tmp_path / "upper.PDF"


def test_command_output_counts_in_words_and_writes_days_as_the_window_does(
    tmp_path, private_data_dir, capsys
):
    """One entry is "1 day entry", never "1 day entries"; days read "7 Dec 2026", as in the window."""
    db = tmp_path / "one.db"
    assert main(["--db", str(db), "profiles", "add", "Ana"]) == 0
    store = open_store(db)
    store.save_entry(store.profile_named("Ana").id, DayEntry(date(2026, 12, 7)))
    store.close()
    capsys.readouterr()
    assert main(["--db", str(db), "profiles", "list"]) == 0
    assert capsys.readouterr().out.strip() == "Ana: 1 day entry"
    backup = tmp_path / "copy.db"
    assert main(["--db", str(db), "backup", "--out", str(backup)]) == 0
    out = capsys.readouterr().out
    assert "1 profile, 1 day entry from 7 Dec 2026 to 7 Dec 2026" in out


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--db", "diary.sqlite3"],
        ["--profile", "Ana", "--db", "x/d.sqlite3"],
        ["--db=d.sqlite3", "--profile=Ana Bell"],
        ["--db", "a.sqlite3", "--db", "b.sqlite3"],
    ],
)
def test_a_plain_window_start_is_parsed_as_the_full_parser_would(argv):
    assert window_arguments(argv) == build_parser().parse_args(argv)


@pytest.mark.parametrize(
    "argv",
    [
        ["demo"],
        ["--db", "d.sqlite3", "profiles", "list"],
        ["--help"],
        ["--version"],
        ["--db"],
        ["--profile", "--db", "d.sqlite3"],
        ["--prof", "Ana"],
        ["--", "--db"],
    ],
)
def test_anything_else_goes_to_the_full_parser(argv):
    assert window_arguments(argv) is None
