"""`export` and `import`: whole diaries to and from JSON (diary v1) or CSV files."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC
from datetime import datetime
from pathlib import Path

from diary_app.commands.context import opened_store
from diary_app.console import say
from diary_app.domain import ProfileDiary
from diary_app.errors import UserError
from diary_app.exchange import ImportFormatError
from diary_app.exchange import atomic_write_text
from diary_app.exchange import diaries_to_json
from diary_app.exchange import read_diary_file
from diary_app.exchange import write_csv
from diary_app.exchange.files import FORMATS
from diary_app.exchange.summary import diaries_summary
from diary_app.exchange.summary import import_summary


def register(subparsers) -> None:
    export = subparsers.add_parser(
        "export",
        help="write the diary to a JSON or CSV file",
        description="Export every profile (or only --profile) as JSON (diary v1) or CSV.",
    )
    export.add_argument(
        "--format", choices=FORMATS, help="json or csv (default: from the file name, else json)"
    )
    export.add_argument("--out", type=Path, required=True, help="the file to write")
    export.set_defaults(run=run_export)
    imported = subparsers.add_parser(
        "import",
        help="add the records of a JSON or CSV export to the diary",
        description="Import a JSON or CSV export; profiles are matched by name (with --profile, "
        "a file of one profile goes into that profile). Nothing is changed unless "
        "every record is valid.",
    )
    imported.add_argument("file", type=Path, help="a .json file, or the main .csv file of an export")
    imported.add_argument(
        "--replace", action="store_true", help="overwrite days the diary already has for a profile"
    )
    imported.set_defaults(run=run_import)


def _export_format(args) -> str:
    if args.format:
        return args.format
    return "csv" if args.out.suffix.lower() == ".csv" else "json"


def run_export(args) -> int:
    with opened_store(args, write=False) as store:  # works while the window has the diary open
        chosen = [store.profile_named(args.profile)] if args.profile is not None else store.profiles()
        diaries = [store.load_diary(profile.id) for profile in chosen]
    try:
        if _export_format(args) == "csv":
            written = write_csv(diaries, args.out)
        else:
            text = diaries_to_json(diaries, datetime.now(UTC).astimezone())
            written = [atomic_write_text(args.out, text)]
    except OSError as error:
        raise UserError(f"cannot write {args.out} ({error.strerror or error})") from error
    say(f"exported {diaries_summary(diaries)} to {', '.join(str(p) for p in written)}")
    return 0


def _into_profile(diaries: list[ProfileDiary], name: str) -> list[ProfileDiary]:
    """With --profile, the file's one profile is imported under that name."""
    if not name.strip():
        raise UserError("--profile needs a name; nothing was imported")
    if len(diaries) != 1:
        raise UserError(
            f"--profile needs a file with exactly one profile; this one has {len(diaries)}; "
            "nothing was imported"
        )
    (diary,) = diaries
    return [replace(diary, profile=replace(diary.profile, name=name))]


def run_import(args) -> int:
    try:
        diaries = read_diary_file(args.file)
    except ImportFormatError as error:
        raise UserError(f"{error}; nothing was imported") from error
    if args.profile is not None:
        diaries = _into_profile(diaries, args.profile)
    with opened_store(args) as store:
        counts = store.import_diaries(diaries, replace_days=args.replace)
    say(f"{args.file}: {import_summary(counts)}")
    return 0
