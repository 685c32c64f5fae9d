"""A screen reader's view of every page, through Qt's QAccessible interface, in English and Arabic."""

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDateTimeEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTabBar
from PySide6.QtWidgets import QTableView

from diary_app.ui.score_input import ScoreInput
from tests.ui.a11y_walk import DESCRIPTION
from tests.ui.a11y_walk import NAME
from tests.ui.a11y_walk import VALUE
from tests.ui.a11y_walk import accessible_nodes
from tests.ui.a11y_walk import is_actionable
from tests.ui.conftest import TODAY
from tests.ui.conftest import day_entry

Role = QAccessible.Role
ROLES = {  # the widget class and the roles it may be announced with, most specific class first
    ScoreInput: {Role.Slider},
    QCheckBox: {Role.CheckBox},
    QPushButton: {Role.Button},
    QAbstractButton: {Role.Button, Role.CheckBox},
    QComboBox: {Role.ComboBox},
    QDateTimeEdit: {Role.SpinBox},
    QTableView: {Role.Table},
    QTabBar: {Role.PageTabList},
}
PARTS = {Role.Cell, Role.ColumnHeader, Role.RowHeader, Role.PageTab, Role.MenuItem}  # named by their table,
# tab bar or menu, which the walk checks


def page_views(window, name):
    """Show `name` (each sub-tab of the Treatment page in turn) and yield once per view."""
    assert window.show_page(name)
    page = window.page(name)
    for index in range(page.tabs.count() if name == "treatment" else 1):
        if name == "treatment":
            page.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        yield


def expected_roles(widget):
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return {Role.CheckBox}  # Qt announces every on/off button so, as screen readers expect
    return next((roles for kind, roles in ROLES.items() if isinstance(widget, kind)), None)


def heard_name(node) -> str:
    """The name, or on Linux the label it is "labelled by" (Qt names a field by that relation there)."""
    labels = [other.text(NAME) for other, _relation in node.relations(QAccessible.Relation.Label)]
    widget = node.object()
    own = widget.accessibleName() if isinstance(widget, QComboBox) else ""  # Qt's Name: the current item
    return " ".join([own or node.text(NAME), *labels]).strip()


def check_node(node) -> list[str]:
    """What a screen reader would get wrong about `node`: no name, a name without words, a wrong role."""
    widget, name, problems = node.object(), heard_name(node), []
    label = f"{type(widget).__name__} {name!r} {node.role().name}"
    if not any(character.isalpha() for character in name):
        problems.append(f"unnamed: {label}")
    roles = expected_roles(widget)
    if roles is not None and node.role() not in roles:
        problems.append(f"role: {label}")
    return problems


@pytest.mark.parametrize("name", ["entry", "history", "charts", "treatment", "report"])
def test_every_control_is_named_with_its_role(main_window, store, profile, name, language):
    store.save_entry(profile.id, day_entry(TODAY, left=3, right=1))
    main_window.session.notify_changed()
    checked, problems = 0, []
    for _ in page_views(main_window, name):
        for node in accessible_nodes(main_window):
            if is_actionable(node) and node.role() not in PARTS:
                checked += 1
                problems += check_node(node)
    assert checked >= 6
    assert not problems


def test_every_field_of_the_treatment_dialogs_and_settings_is_named(main_window, qtbot, language):
    from diary_app.ui.dose_dialog import DoseDialog
    from diary_app.ui.lab_dialog import LabDialog
    from diary_app.ui.regimen_dialog import RegimenDialog
    from diary_app.ui.settings_dialog import SettingsDialog

    session, problems = main_window.session, []
    for dialog in (
        DoseDialog(session, [], parent=main_window),
        RegimenDialog(session, parent=main_window),
        LabDialog(session, parent=main_window),
        SettingsDialog(main_window.settings, main_window),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        nodes = [
            node for node in accessible_nodes(dialog) if is_actionable(node) and node.role() not in PARTS
        ]
        assert len(nodes) >= 4
        problems += [f"{type(dialog).__name__}: {problem}" for node in nodes for problem in check_node(node)]
        dialog.reject()
    assert not problems


def test_scores_say_their_value_in_words(main_window, language):
    form = main_window.entry_page().form
    numbness = form.symptoms.inputs[("numbness", "left")]
    node = QAccessible.queryAccessibleInterface(numbness)
    none_text = numbness.value_text()
    assert node.text(DESCRIPTION).startswith(none_text) and any(c.isalpha() for c in none_text)
    numbness.setValue(3)
    assert node.text(DESCRIPTION).startswith(numbness.locale().toString(3))
    assert numbness.locale().toString(10) in node.text(DESCRIPTION).split(".")[0]
    gait = form.walking.gait
    gait.setValue(1)
    gait_node = QAccessible.queryAccessibleInterface(gait)
    assert gait_node.text(DESCRIPTION).startswith(form.walking.gait_words.text())


def test_date_and_time_fields_answer_their_text_and_no_number(main_window):
    """Qt's own interface answered 0 and logged a warning per query (a logged warning fails the test)."""
    edits = [
        main_window.entry_page().date_edit,
        main_window.page("treatment").options.diary_time,
        *main_window.page("report").findChildren(QDateTimeEdit),
    ]
    for edit in edits:
        node = QAccessible.queryAccessibleInterface(edit)
        assert node.text(VALUE) == edit.text() != ""
        assert node.valueInterface() is None
        assert node.role() == Role.SpinBox and node.text(NAME)


def test_report_progress_bar_is_named(main_window, language):
    page = main_window.page("report")
    assert any(character.isalpha() for character in page.preview_progress.accessibleName())
