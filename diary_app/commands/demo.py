"""`demo`: fill a profile with realistic synthetic data (entries, doses, regimens, labs)."""

from __future__ import annotations

import argparse

from diary_app.commands.context import DATE_METAVAR
from diary_app.commands.context import opened_store
from diary_app.commands.context import parse_day
from diary_app.console import say
from diary_app.demo import PATTERNS
from diary_app.demo import demo_diary
from diary_app.errors import UserError
from diary_app.exchange.summary import import_summary
from diary_app.storage import DiaryStore

DEFAULT_NAME = "Demo"


def _positive_days(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of days") from None
    if days < 1:
        raise argparse.ArgumentTypeError("the demo needs at least 1 day")
    return days


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="fill a profile with synthetic demo data",
        description="Fill the --profile profile (or a new profile 'Demo') with synthetic data.",
    )
    parser.add_argument("--days", type=_positive_days, required=True, help="how many days, up to today")
    parser.add_argument(
        "--pattern",
        choices=PATTERNS,
        default="symmetric",
        help="symmetric (B12-like), unilateral-left/right (sciatica-like) or mixed",
    )
    parser.add_argument("--seed", type=int, default=0, help="the same seed gives the same data")
    parser.add_argument("--end", type=parse_day, metavar=DATE_METAVAR, help="the last day (default: today)")
    parser.add_argument("--replace", action="store_true", help="overwrite days the profile already has")
    parser.set_defaults(run=run)


def _free_name(store: DiaryStore) -> str:
    taken = {profile.name for profile in store.profiles()}
    number = 1
    while (name := DEFAULT_NAME if number == 1 else f"{DEFAULT_NAME} {number}") in taken:
        number += 1
    return name


def run(args) -> int:
    with opened_store(args) as store:
        name = args.profile if args.profile is not None else _free_name(store)
        try:
            diary = demo_diary(args.days, args.pattern, args.seed, args.end, name=name)
        except ValueError as error:
            raise UserError(str(error)) from error
        counts = store.import_diaries([diary], replace_days=args.replace)
    say(f"profile {name}: {import_summary(counts)} ({args.pattern} demo, seed {args.seed})")
    return 0
