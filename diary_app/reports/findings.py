"""Page 1: the feature table, the diary against the three columns of the patient documents."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from reportlab.platypus import KeepTogether

from diary_app.analysis.features import FeatureRow
from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.reports.context import ReportContext
from diary_app.reports.key_figures import NO_VALUE
from diary_app.reports.tables import Cell
from diary_app.reports.tables import cell
from diary_app.reports.tables import grid_table

FEATURE_NAMES = {
    "onset": QT_TRANSLATE_NOOP("Report", "Onset"),
    "sensation": QT_TRANSLATE_NOOP("Report", "Sensation"),
    "location": QT_TRANSLATE_NOOP("Report", "Location"),
    "associated": QT_TRANSLATE_NOOP("Report", "Associated"),
}
COLUMNS = (
    ("b12_neuropathy", QT_TRANSLATE_NOOP("Report", "B12 neuropathy")),
    ("diabetic_neuropathy", QT_TRANSLATE_NOOP("Report", "Diabetic neuropathy")),
    ("sciatica", QT_TRANSLATE_NOOP("Report", "Sciatica")),
)
FEATURE = QT_TRANSLATE_NOOP("Report", "Feature")
OBSERVED = QT_TRANSLATE_NOOP("Report", "What the diary shows")
AGREES = QT_TRANSLATE_NOOP("Report", "agrees")
TABLE_TITLE = QT_TRANSLATE_NOOP("Report", "The diary beside the three causes the reference documents compare")
TABLE_NOTE = QT_TRANSLATE_NOOP(
    "Report", '"agrees" means the diary shows what that column describes; it does not make a diagnosis.'
)


def feature_table(ctx: ReportContext, features: Sequence[FeatureRow]) -> list[Flowable]:
    if not features:
        return []
    header: list[Cell] = [cell(ctx, ctx.text(FEATURE), bold=True), cell(ctx, ctx.text(OBSERVED), bold=True)]
    header += [cell(ctx, ctx.text(title), bold=True, align="center") for _, title in COLUMNS]
    rows = [header]
    translate, numbers = ctx.options.translate, ctx.options.numbers
    agrees = ctx.text(AGREES)
    for row in features:
        name = FEATURE_NAMES.get(row.feature)
        cells: list[Cell] = [
            cell(ctx, ctx.text(name) if name else row.feature, bold=True),
            cell(ctx, row.observed.render(translate, numbers)),
        ]
        cells += [
            cell(ctx, agrees, align="center") if getattr(row, code) else NO_VALUE for code, _ in COLUMNS
        ]
        rows.append(cells)
    table = grid_table(ctx, rows, [22 * mm, 95 * mm, 20 * mm, 21 * mm, 20 * mm])
    return [
        KeepTogether(
            [
                ctx.para(ctx.text(TABLE_TITLE), ctx.styles.heading),
                table,
                ctx.para(ctx.text(TABLE_NOTE), ctx.styles.small),
            ]
        )
    ]
