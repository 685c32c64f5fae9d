"""`symptom-diary report`: writes the PDF, reports clear errors, chooses the default period."""

from datetime import UTC
from datetime import date
from datetime import datetime

import pypdf

from diary_app.analysis.report_period import report_period
from diary_app.cli import main
from diary_app.demo import demo_diary
from diary_app.domain import DayEntry
from diary_app.domain import Profile
from diary_app.domain import ProfileDiary


def test_report_command_writes_a_pdf_from_the_first_entry_of_a_young_diary(db_path, tmp_path, capsys):
    assert main(["--db", str(db_path), "demo", "--days", "40", "--end", "2026-11-20"]) == 0
    out = tmp_path / "summary.pdf"
    assert main(["--db", str(db_path), "report", "--out", str(out), "--appendix"]) == 0
    said = capsys.readouterr().out
    assert f"wrote {out}" in said and "12 Oct 2026 to 20 Nov 2026" in said  # 40 days, not 90
    reader = pypdf.PdfReader(out)
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Appendix: the daily log" in " ".join(text.split())


def test_report_command_refuses_a_missing_folder_and_a_reversed_period(db_path, tmp_path, capsys):
    main(["--db", str(db_path), "demo", "--days", "10", "--end", "2026-11-20"])
    missing = tmp_path / "no such folder" / "x.pdf"
    assert main(["--db", str(db_path), "report", "--out", str(missing)]) == 2
    assert "does not exist" in capsys.readouterr().err
    out = tmp_path / "x.pdf"
    assert (
        main(
            ["--db", str(db_path), "report", "--out", str(out), "--from", "2026-11-20", "--to", "2026-11-01"]
        )
        == 2
    )
    assert "ends (2026-11-01) before it starts (2026-11-20)" in capsys.readouterr().err
    assert not out.exists()


def test_default_period_ends_at_the_last_entry():
    diary = ProfileDiary(
        Profile(name="P"), entries=(DayEntry(day=date(2026, 3, 31)), DayEntry(day=date(2025, 6, 1)))
    )
    today = date(2026, 11, 25)
    assert report_period(diary, None, None, today) == (date(2026, 1, 1), date(2026, 3, 31))
    assert report_period(diary, date(2026, 3, 1), None, today) == (date(2026, 3, 1), date(2026, 3, 31))
    assert report_period(diary, None, date(2026, 2, 1), today) == (date(2025, 11, 4), date(2026, 2, 1))


def test_a_diary_younger_than_90_days_is_reported_from_its_first_entry():
    entries = (DayEntry(day=date(2026, 2, 3)), DayEntry(day=date(2026, 3, 31)))
    diary = ProfileDiary(Profile(name="P"), entries=entries)
    assert report_period(diary, None, None, date(2026, 11, 25)) == (date(2026, 2, 3), date(2026, 3, 31))
    assert report_period(diary, None, date(2026, 3, 1), date(2026, 11, 25)) == (
        date(2026, 2, 3),
        date(2026, 3, 1),
    )


def test_default_period_without_entries_ends_today():
    diary = demo_diary(1, end=date(2026, 1, 1))
    empty = ProfileDiary(diary.profile)
    assert report_period(empty, None, None, date(2026, 11, 25)) == (date(2026, 8, 28), date(2026, 11, 25))


def test_the_pdf_carries_its_real_creation_date(db_path, tmp_path):
    main(["--db", str(db_path), "demo", "--days", "5"])
    out = tmp_path / "dated.pdf"
    before = datetime.now(UTC).replace(microsecond=0)
    assert main(["--db", str(db_path), "report", "--out", str(out)]) == 0
    after = datetime.now(UTC)
    metadata = pypdf.PdfReader(out).metadata
    assert before <= metadata.creation_date <= after
    assert metadata.creation_date == metadata.modification_date
