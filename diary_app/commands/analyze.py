"""`analyze`: describe a period of one profile's diary as sentences or as JSON.

The default period is the profile's whole diary: from its first to its last day entry (onset is
read from the first weeks of the period, so the whole diary shows the start best). With only
--from, the period runs to the last entry; with only --to, it starts at the first entry.
"""

from __future__ import annotations

import json
import sys
from datetime import date

from diary_app.commands.context import add_period_options
from diary_app.commands.context import checked_period
from diary_app.commands.context import chosen_profile
from diary_app.commands.context import opened_store
from diary_app.console import say
from diary_app.domain import ProfileDiary
from diary_app.domain.messages import NumberFormat
from diary_app.domain.messages import english
from diary_app.domain.messages import strip_isolates


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "analyze", help="describe the pattern of a period (whole diary by default)"
    )
    add_period_options(parser, first_default="the first day entry")
    parser.add_argument(
        "--lang", choices=("en", "ar"), default="en", help="language of the sentences (default: en)"
    )
    parser.add_argument("--json", action="store_true", help="print a JSON object instead of sentences")
    parser.set_defaults(run=run)


def run(args) -> int:
    from diary_app.analysis import analyze_period  # here: the window's start registers this command too

    with opened_store(args, write=False) as store:
        profile = chosen_profile(args, store)
        diary = store.load_diary(profile.id)
    start, end = checked_period(*chosen_period(diary, args.start, args.end, date.today()))
    analysis = analyze_period(diary, start, end)
    translate, numbers = sentence_language(args.lang), NumberFormat.of(args.lang)
    if args.json:
        say(json.dumps(analysis.to_json_dict(translate, numbers), ensure_ascii=False, indent=2))
    else:
        for message in analysis.annotations:
            say(strip_isolates(message.render(translate, numbers)))
    return 0


def chosen_period(
    diary: ProfileDiary, start: date | None, end: date | None, today: date
) -> tuple[date, date]:
    """The options' period, filled in from the diary's first and last entries (today if none)."""
    days = [e.day for e in diary.entries]
    first, last = (min(days), max(days)) if days else (today, today)
    if start is None:
        start = min(first, end) if end is not None else first
    if end is None:
        end = max(last, start)
    return start, end


def sentence_language(lang: str):
    """The translator for `lang`; English (with a one-line notice) when the Arabic file is missing."""
    try:
        from diary_app.translator import translate_function

        return translate_function(lang, arabic_digits=False)  # numbers are rendered as 0123 here
    except (ImportError, FileNotFoundError, OSError) as error:
        if lang != "en":
            sys.stderr.write(f"symptom-diary: {error}; the sentences are in English\n")
        return english
