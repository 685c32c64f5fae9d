"""Forward Tab reaches every control of every page once, in reading order, and leaves every table."""

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QDateTimeEdit

from tests.ui.conftest import TODAY
from tests.ui.conftest import day_entry
from tests.ui.focus_walk import tab_stops
from tests.ui.focus_walk import tab_walk
from tests.ui.test_entry_page import add_b12_plan


@pytest.fixture
def window(main_window, store, profile, qtbot):
    """The main window with an earlier day and an active B12 plan, so every entry-page button is on."""
    store.save_entry(profile.id, day_entry(TODAY - timedelta(days=1), left=3, right=1))
    add_b12_plan(store, profile.id)
    main_window.session.notify_changed()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    return main_window


def assert_walk_reaches_everything(window) -> list:
    walk = tab_walk(window.tabs.tabBar())
    assert QApplication.focusWidget() is window.tabs.tabBar(), "Tab never came back: a trap"
    assert len(walk) == len(set(walk)), "a control took more than one Tab press"
    missing = [widget for widget in tab_stops(window) if widget not in walk]
    assert not missing
    return walk


@pytest.mark.parametrize("name", ["entry", "history", "charts", "report"])
def test_tab_reaches_every_control_of_a_page(window, name, language):
    assert window.show_page(name)
    QApplication.processEvents()
    walk = assert_walk_reaches_everything(window)
    assert any(isinstance(widget, QAbstractItemView) for widget in walk) or name != "history"
    if name == "entry":
        page = window.entry_page()
        header = [page.date_edit, page.today_button, page.copy_button, page.save_button, page.dose_log.button]
        assert [widget for widget in walk if widget in header] == header
        assert walk.index(page.dose_log.button) < walk.index(page.form.first_field())


@pytest.mark.parametrize("tab", [0, 1, 2, 3])
def test_treatment_tab_order_follows_the_reading_order(window, tab, language):
    assert window.show_page("treatment")
    page = window.page("treatment")
    page.tabs.setCurrentIndex(tab)
    QApplication.processEvents()
    walk = [widget for widget in assert_walk_reaches_everything(window) if page.isAncestorOf(widget)]
    tops = [widget.mapTo(page, QPoint(0, 0)).y() for widget in walk]
    assert tops == sorted(tops), [type(widget).__name__ for widget in walk]
    assert sum(isinstance(widget, QDateTimeEdit) for widget in walk) >= 2
