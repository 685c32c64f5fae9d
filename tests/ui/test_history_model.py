"""The history model: Qt's model rules, newest first, pages on demand, single-row updates."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from diary_app.domain import Dose
from diary_app.domain import SideScores
from diary_app.ui.history_model import COLUMN_DATE
from diary_app.ui.history_model import COLUMN_DOSES
from diary_app.ui.history_model import COLUMN_GAIT
from diary_app.ui.history_model import COLUMN_LATERALITY
from diary_app.ui.history_model import COLUMN_LEFT
from diary_app.ui.history_model import COLUMN_NOTES
from diary_app.ui.history_model import COLUMN_RIGHT
from diary_app.ui.history_model import DAY_ROLE
from diary_app.ui.history_model import DOSE_COUNT_ROLE
from diary_app.ui.history_model import ENTRY_ROLE
from diary_app.ui.history_model import HistoryModel
from diary_app.ui.history_model import notes_excerpt
from tests.ui.conftest import FIXED_NOW
from tests.ui.conftest import TODAY
from tests.ui.conftest import day_entry


def fill(store, profile_id, days, start=TODAY):
    for back in range(days):
        store.save_entry(
            profile_id,
            day_entry(start - timedelta(days=back), back % 11, (back * 3) % 11, notes=f"day {back}"),
        )


def loaded(model):
    while model.canFetchMore():
        model.fetchMore()
    return model


def cell(model, row, column):
    return model.index(row, model.column(column)).data()


def test_passes_qt_model_tester(qtmodeltester, store, profile):
    fill(store, profile.id, 12)
    model = HistoryModel(store, profile.id, page_size=5)
    qtmodeltester.check(model, force_py=True)
    loaded(model)
    qtmodeltester.check(model, force_py=True)


def test_newest_first_with_the_day_in_roles(qapp, store, profile):
    fill(store, profile.id, 3)
    model = loaded(HistoryModel(store, profile.id))
    days = [model.index(row, 0).data(DAY_ROLE) for row in range(model.rowCount())]
    assert days == [TODAY, TODAY - timedelta(days=1), TODAY - timedelta(days=2)]
    assert model.index(1, 0).data(ENTRY_ROLE) == store.entry(profile.id, days[1])


def test_columns_show_each_leg_walking_doses_and_notes(qapp, store, profile):
    store.save_entry(
        profile.id,
        day_entry(
            TODAY,
            6,
            0,
            notes="first line\nsecond line",
            gait=2,
            symptoms={"tingling": SideScores(6, 0), "pain": SideScores(8, 0)},
        ),
    )
    store.add_dose(
        profile.id,
        Dose(taken_at=FIXED_NOW, substance="vitamin_b12", form="injection", amount=1000, unit="µg"),
    )
    model = loaded(HistoryModel(store, profile.id))
    assert cell(model, 0, COLUMN_LEFT) == "tingling 6, pain 8"  # one order on every row, as entered
    assert cell(model, 0, COLUMN_RIGHT) == "none"
    assert cell(model, 0, COLUMN_GAIT) == "unsteady, careful"
    assert cell(model, 0, COLUMN_DOSES) == "1"
    assert model.index(0, 0).data(DOSE_COUNT_ROLE) == 1
    assert cell(model, 0, COLUMN_NOTES) == "\u2068first line…\u2069"  # isolated: its own direction
    notes = model.index(0, model.column(COLUMN_NOTES))
    assert notes.data(Qt.ItemDataRole.ToolTipRole) == "first line\nsecond line"
    assert cell(model, 0, COLUMN_LATERALITY) == "left leg only"
    assert model.headerData(model.column(COLUMN_DATE), Qt.Orientation.Horizontal) == "Date"


def test_laterality_column_uses_the_analysis(qapp, store, profile):
    from diary_app.analysis import laterality_of_day

    store.save_entry(profile.id, day_entry(TODAY, 5, 5))
    model = loaded(HistoryModel(store, profile.id))
    assert laterality_of_day(store.entry(profile.id, TODAY)) == "symmetric"
    assert cell(model, 0, COLUMN_LATERALITY) == "both legs alike"


def test_rows_arrive_one_query_per_page(qapp, store, profile):
    fill(store, profile.id, 25)
    model = HistoryModel(store, profile.id, page_size=10)
    assert model.rowCount() == 0 and model.canFetchMore()
    model.fetchMore()
    assert (model.rowCount(), model.queries) == (10, 1)
    loaded(model)
    assert (model.rowCount(), model.queries) == (25, 3)
    assert not model.canFetchMore()
    assert model.index(24, 0).data(DAY_ROLE) == TODAY - timedelta(days=24)


def test_period_filter(qapp, store, profile):
    fill(store, profile.id, 30)
    model = HistoryModel(store, profile.id)
    model.set_filter(profile.id, TODAY - timedelta(days=9), TODAY - timedelta(days=5))
    loaded(model)
    days = [model.index(row, 0).data(DAY_ROLE) for row in range(model.rowCount())]
    assert days == [TODAY - timedelta(days=back) for back in range(5, 10)]


def test_saving_one_day_updates_only_its_row(qtbot, store, profile):
    fill(store, profile.id, 5)
    model = loaded(HistoryModel(store, profile.id))
    store.save_entry(profile.id, day_entry(TODAY - timedelta(days=2), 9, 9))
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged) as changed:
        model.resync()
    assert changed.args[0].row() == changed.args[1].row() == 2
    assert cell(model, 2, COLUMN_LEFT) == "tingling 9"


def test_new_and_deleted_days_insert_and_remove_rows(qtbot, store, profile):
    fill(store, profile.id, 3, start=TODAY - timedelta(days=1))
    model = loaded(HistoryModel(store, profile.id))
    store.save_entry(profile.id, day_entry(TODAY, 1, 1))
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.refresh_day(TODAY)
    assert inserted.args[1:] == [0, 0]
    store.delete_entry(profile.id, TODAY - timedelta(days=2))
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.rowsRemoved):
        model.resync()
    assert [model.index(r, 0).data(DAY_ROLE) for r in range(model.rowCount())] == [
        TODAY,
        TODAY - timedelta(days=1),
        TODAY - timedelta(days=3),
    ]


def test_days_older_than_the_loaded_pages_wait_for_fetch_more(qapp, store, profile):
    fill(store, profile.id, 10)
    model = HistoryModel(store, profile.id, page_size=4)
    model.fetchMore()
    store.save_entry(profile.id, day_entry(TODAY - timedelta(days=40), 2, 2))
    model.resync()
    assert model.rowCount() == 4
    loaded(model)
    assert model.index(model.rowCount() - 1, 0).data(DAY_ROLE) == TODAY - timedelta(days=40)


def test_ten_years_load_lazily(qapp, store, profile):
    rows = [day_entry(TODAY - timedelta(days=back), 3, 3) for back in range(3653)]
    from diary_app.domain import ProfileDiary

    store.import_diaries([ProfileDiary(profile=store.profile(profile.id), entries=tuple(rows))])
    model = HistoryModel(store, profile.id)
    model.fetchMore()
    assert (model.rowCount(), model.queries) == (200, 1)
    loaded(model)
    assert model.rowCount() == 3653 and model.queries == 19


@pytest.mark.parametrize(
    "notes, excerpt",
    [
        ("", ""),
        ("short", "short"),
        ("line one\nline two", "line one…"),
        ("word " * 30, ("word " * 16).strip() + "…"),
    ],
)
def test_notes_excerpt(notes, excerpt):
    assert notes_excerpt(notes) == excerpt


def test_red_flag_days_say_so(qapp, store, profile):
    store.save_entry(profile.id, day_entry(TODAY, 0, 0, red_flags={"foot_drop"}))
    model = loaded(HistoryModel(store, profile.id))
    assert "(red flag)" in cell(model, 0, COLUMN_DATE)
    assert "urgent" in model.index(0, model.column(COLUMN_DATE)).data(Qt.ItemDataRole.ToolTipRole)
