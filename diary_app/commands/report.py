"""`report`: write the doctor's PDF summary of one profile.

The default period is the last 90 days ending at the last day entry (today when the diary has
none); with only --from it runs to the last entry, with only --to it covers the 90 days up to it.
"""

from __future__ import annotations

import contextlib
import gc
from datetime import date
from pathlib import Path

from diary_app.analysis.report_period import DEFAULT_DAYS
from diary_app.analysis.report_period import report_period
from diary_app.commands.context import add_period_options
from diary_app.commands.context import checked_period
from diary_app.commands.context import chosen_profile
from diary_app.commands.context import opened_store
from diary_app.console import say
from diary_app.errors import UserError
from diary_app.exchange.summary import counted


def register(subparsers) -> None:
    parser = subparsers.add_parser("report", help="write the PDF summary for the doctor")
    parser.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE.pdf",
        help="the PDF file to write (.pdf is added when the name has no extension)",
    )
    add_period_options(parser, first_default=f"{DEFAULT_DAYS} days before --to")
    parser.add_argument("--lang", choices=("en", "ar"), default="en", help="language of the report")
    parser.add_argument("--appendix", action="store_true", help="add the daily log with every note in full")
    parser.add_argument("--arabic-digits", action="store_true", help="write numbers with Arabic-Indic digits")
    parser.set_defaults(run=run)


def pdf_path(out: Path) -> Path:
    """`out` as the PDF's name: `.pdf` added when it has no extension; another extension is refused."""
    out = out.expanduser()
    if not out.suffix:
        return out.with_name(out.name + ".pdf")
    if out.suffix.lower() != ".pdf":
        raise UserError(
            f"the report is a PDF: name it {out.with_suffix('.pdf').name}, not {out.name}; "
            "nothing was written"
        )
    return out


def run(args) -> int:
    with collector_paused():
        return write_report(args)


@contextlib.contextmanager
def collector_paused():
    """Python's cyclic collector off while the report is made: it makes many objects and little
    cyclic garbage, and the collector's passes over them took a tenth of the time (peak memory
    +1 MB for 90 days, +11 MB for ten years with the daily log)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # What the report made goes to the oldest generation at once (frozen, then unfrozen): else
        # the next young collection would scan all of it (0.1 s) before the process ends.
        gc.freeze()
        gc.unfreeze()
        if enabled:
            gc.enable()


def write_report(args) -> int:
    out = pdf_path(args.out)
    if not out.parent.is_dir():
        raise UserError(f"the folder {out.parent} does not exist; choose another place for the PDF")
    # Imported before the diary's lock check imports Qt: PySide6 reads the source of every module
    # imported after it (0.13 s more for matplotlib and reportlab).
    from diary_app.domain.messages import NumberFormat
    from diary_app.reports import ReportOptions
    from diary_app.reports import build_report
    from diary_app.reports.chart_pixels import ForkingPainter
    from diary_app.reports.figures import text_unhinted

    with opened_store(args, write=False) as store:
        profile = chosen_profile(args, store)
        diary = store.load_diary(profile.id)
    start, end = checked_period(*report_period(diary, args.start, args.end, date.today()))

    options = ReportOptions(
        language=args.lang,
        translate=report_language(args.lang, args.arabic_digits),
        numbers=NumberFormat.of(args.lang, args.arabic_digits),
        appendix=args.appendix,
    )
    # Each chart is drawn by a child process on another core while this one lays out the pages
    # (where forking is safe: see ForkingPainter.available).
    painter = ForkingPainter() if ForkingPainter.available() else None
    try:
        with text_unhinted():
            result = build_report(diary, start, end, out, options, painter=painter)
    except OSError as error:
        raise UserError(f"could not write {out} ({error.strerror or error}); nothing was written") from error
    pages = counted(result.pages, "page", "pages")
    days = NumberFormat()  # English days as the window writes them ("7 Dec 2026")
    say(f"wrote {result.path}: {pages}, {profile.name}, {days.day(start)} to {days.day(end)}")
    return 0


def report_language(lang: str, arabic_digits: bool = True):
    """The translator for the report's words (for English, its plural forms); a clear error when the
    Arabic translation is missing, the source text when the English one is."""
    from diary_app.domain.messages import english
    from diary_app.translator import translate_function

    try:
        return translate_function(lang, arabic_digits)
    except OSError as error:
        if lang == "en":
            return english
        raise UserError(f"{error}; the {lang} report needs it (use --lang en meanwhile)") from error
