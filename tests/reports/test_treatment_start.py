"""Treatment that began before the report's period: no before/after comparison is invented for it."""

import dataclasses
from datetime import date
from datetime import timedelta

import pypdf

from diary_app.analysis import analyze_period
from diary_app.cli import main
from diary_app.demo import demo_diary
from diary_app.domain.messages import NumberFormat
from diary_app.storage import open_store

END = date(2026, 11, 20)
DAYS = 120
TREATMENT = END - timedelta(days=DAYS - 1 - DAYS // 3)  # where demo_diary starts B12


def late_logged_doses():
    """B12 regimens from TREATMENT on (a loading one, then a maintenance one starting later), but
    doses logged only from 30 days after TREATMENT."""
    diary = demo_diary(DAYS, "symmetric", end=END)
    assert min(r.start for r in diary.regimens) == TREATMENT
    logging_from = TREATMENT + timedelta(days=30)
    return dataclasses.replace(diary, doses=tuple(d for d in diary.doses if d.day >= logging_from))


DAY = NumberFormat().day  # a day as the English report writes it: "1 Sep 2026"


def pdf_words(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in pypdf.PdfReader(path).pages).split())


def test_a_regimen_begun_before_the_period_is_not_restarted_by_its_first_logged_dose():
    diary = late_logged_doses()
    later = analyze_period(diary, TREATMENT + timedelta(days=20), END)
    assert later.treatment_started is None and later.treatment_response is None
    around = analyze_period(diary, TREATMENT - timedelta(days=30), END)
    assert (around.treatment_started.day, around.treatment_started.source) == (TREATMENT, "regimen")


def test_a_dose_before_the_period_means_a_regimen_inside_it_is_not_the_start():
    diary = demo_diary(DAYS, "symmetric", end=END)
    first = next(d for d in diary.doses if d.day == TREATMENT)
    early = dataclasses.replace(first, taken_at=first.taken_at - timedelta(days=40))
    diary = dataclasses.replace(diary, doses=(early, *diary.doses))
    assert analyze_period(diary, TREATMENT - timedelta(days=30), END).treatment_started is None


def test_report_command_sees_treatment_begun_before_the_period(db_path, tmp_path):
    store = open_store(db_path)
    store.import_diaries([late_logged_doses()])
    store.close()
    inside, before = tmp_path / "inside.pdf", tmp_path / "before.pdf"
    common = ["--db", str(db_path), "report", "--to", END.isoformat()]
    assert main([*common, "--out", str(inside), "--from", (TREATMENT - timedelta(days=30)).isoformat()]) == 0
    assert main([*common, "--out", str(before), "--from", (TREATMENT + timedelta(days=20)).isoformat()]) == 0
    assert "Before B12" in pdf_words(inside)
    assert f"B12 started on {DAY(TREATMENT)}" in pdf_words(inside)  # the key figures caption
    assert "changed from" not in pdf_words(inside)  # the before/after columns show the changes
    assert "Before B12" not in pdf_words(before)
    assert "treatment started on" not in pdf_words(before) and "B12 started on" not in pdf_words(before)
