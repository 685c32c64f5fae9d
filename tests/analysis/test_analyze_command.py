"""`symptom-diary analyze`: sentences or JSON for a period, default period, Arabic fallback."""

import json
from datetime import date
from datetime import timedelta

from analysis_builders import START
from analysis_builders import day
from analysis_builders import diary
from analysis_builders import dose
from analysis_builders import offset
from analysis_builders import regimen

from diary_app.cli import main
from diary_app.commands.analyze import chosen_period
from diary_app.domain import Profile
from diary_app.domain.messages import NumberFormat

DAY = NumberFormat().day  # a day as every sentence writes it: "1 Sep 2026"


def filled(store, days=30):
    profile = store.add_profile(Profile(name="Example"))
    for i in range(days):
        flags = frozenset({"foot_drop"}) if i == 7 else frozenset()
        store.save_entry(profile.id, day(i, 5, 5, red_flags=flags), today=offset(days))
    store.add_regimen(profile.id, regimen(offset(10), 7))
    for i in (10, 17, 25):
        store.add_dose(profile.id, dose(offset(i)))
    return profile


def test_json_has_the_keys_of_issue_4(store, db_path, capsys):
    filled(store)
    store.close()
    assert main(["--db", str(db_path), "analyze", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {
        "profile",
        "from",
        "to",
        "days_logged",
        "laterality",
        "distribution",
        "onset",
        "pattern",
        "features",
        "treatment_response",
        "adherence",
        "red_flags",
        "annotations",
    } <= set(data)
    assert (data["profile"], data["from"]) == ("Example", START.isoformat())
    assert data["to"] == offset(29).isoformat()
    assert data["days_logged"] == 30 and data["pattern"] == "symmetric"
    assert data["laterality"]["symmetric"] == 30
    assert data["red_flags"] == [{"date": offset(7).isoformat(), "flags": ["foot_drop"]}]
    assert data["adherence"][0]["planned"] == 3 and data["adherence"][0]["taken"] == 3
    assert data["treatment_response"]["started"] == offset(10).isoformat()
    assert [row["feature"] for row in data["features"]] == ["onset", "sensation", "location", "associated"]
    assert "does not diagnose" in data["annotations"][-1]


def test_text_with_a_chosen_period(store, db_path, capsys):
    filled(store)
    store.close()
    assert (
        main(
            [
                "--db",
                str(db_path),
                "--profile",
                "Example",
                "analyze",
                "--from",
                offset(20).isoformat(),
                "--to",
                offset(29).isoformat(),
            ]
        )
        == 0
    )
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == (
        f"Also recorded before this period, ticked by the patient: {DAY(offset(7))} (sudden foot drop)."
    )
    assert lines[1].startswith("Warning signs: on 1 ")  # at a glance, after the signs themselves
    assert f"This summary covers {DAY(offset(20))} to {DAY(offset(29))}: 10 of 10 days were logged." in lines
    assert "does not diagnose" in lines[-1]


def test_arabic_falls_back_to_english_with_a_notice_when_the_translation_is_missing(
    store, db_path, capsys, monkeypatch, tmp_path
):
    filled(store)
    store.close()
    monkeypatch.setattr("diary_app.translator.translations_dir", lambda: tmp_path / "no-translations")
    assert main(["--db", str(db_path), "analyze", "--lang", "ar"]) == 0
    captured = capsys.readouterr()
    assert len(captured.err.splitlines()) == 1 and "English" in captured.err
    assert captured.out.splitlines()[-1].startswith("This diary describes what was recorded")


def test_arabic_uses_the_shipped_translation_when_it_loads(store, db_path, capsys):
    filled(store)
    store.close()
    assert main(["--db", str(db_path), "analyze", "--lang", "ar", "--json"]) == 0
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert data["pattern"] == "symmetric"  # codes stay English whatever the language
    if not captured.err:
        from diary_app.analysis.sentences import DISCLAIMER
        from diary_app.commands.analyze import sentence_language

        assert data["annotations"][-1] == sentence_language("ar")("Pattern", DISCLAIMER)


def test_period_after_before_is_a_user_error(store, db_path, capsys):
    filled(store)
    store.close()
    assert main(["--db", str(db_path), "analyze", "--from", "2026-10-10", "--to", "2026-10-01"]) == 2
    assert "before it starts" in capsys.readouterr().err


def test_default_period_is_the_whole_diary():
    today = date(2027, 1, 1)
    entries = [day(3), day(40)]
    assert chosen_period(diary(entries), None, None, today) == (offset(3), offset(40))
    assert chosen_period(diary(entries), offset(10), None, today) == (offset(10), offset(40))
    assert chosen_period(diary(entries), None, offset(20), today) == (offset(3), offset(20))
    assert chosen_period(diary(entries), offset(50), None, today) == (offset(50), offset(50))
    assert chosen_period(diary([]), None, None, today) == (today, today)
    assert chosen_period(diary(entries), None, offset(1), today) == (offset(1), offset(1))
    assert START + timedelta(days=3) == offset(3)
