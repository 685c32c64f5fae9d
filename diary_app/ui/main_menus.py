"""The window's menus and their shortcuts (Ctrl+S, Ctrl+Z, Ctrl+P, F1, Shift+F1, Ctrl+1…5), spelled out
so that every platform has them (some platform themes leave standard keys such as Quit empty)."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtGui import QKeySequence

from diary_app.i18n import translate
from diary_app.ui import dialogs
from diary_app.ui.main_pages import title_text


def _action(window, text: str, slot, shortcut=None, tip: str = "") -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setToolTip(tip or text.replace("&", "").replace("…", ""))
    action.setStatusTip(tip)
    action.triggered.connect(slot)
    return action


def build_menus(window) -> dict[str, QAction]:
    """File, Edit, Go and Help menus; returns the actions by name (tests and the toolbar use them)."""
    actions: dict[str, QAction] = {}
    file_menu = window.menuBar().addMenu(translate("MainWindow", "&File"))
    actions["new_profile"] = _action(
        window,
        translate("MainWindow", "&New profile…"),
        window.add_profile,
        "Ctrl+Shift+N",
        translate("MainWindow", "Start a diary for another person in the same file"),
    )
    actions["backups"] = _action(
        window,
        translate("MainWindow", "&Backups…"),
        window.open_backups,
        tip=translate("MainWindow", "See the diary's backups, restore one, or back up now to a USB stick"),
    )
    actions["settings"] = _action(
        window,
        translate("MainWindow", "&Settings…"),
        window.open_settings,
        "Ctrl+,",
        translate("MainWindow", "Language, digits, text size and contrast"),
    )
    actions["quit"] = _action(
        window,
        translate("MainWindow", "&Quit"),
        window.close,
        "Ctrl+Q",
        translate("MainWindow", "Save the entry and close the program"),
    )
    file_menu.addActions([actions["new_profile"], actions["backups"], actions["settings"]])
    file_menu.addSeparator()
    file_menu.addAction(actions["quit"])

    edit_menu = window.menuBar().addMenu(translate("MainWindow", "&Edit"))
    stack = window.session.undo_stack
    actions["undo"] = stack.createUndoAction(window, translate("MainWindow", "&Undo"))
    actions["undo"].setShortcut(QKeySequence("Ctrl+Z"))
    actions["redo"] = stack.createRedoAction(window, translate("MainWindow", "&Redo"))
    actions["redo"].setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    stack.connect_actions(actions["undo"], actions["redo"])  # a step the disk refuses stays undoable
    edit_menu.addActions([actions["undo"], actions["redo"]])
    if "entry" in window.slots:
        edit_menu.addSeparator()
        actions["save"] = _action(
            window,
            translate("MainWindow", "&Save entry"),
            window.save_entry_now,
            "Ctrl+S",
            translate("MainWindow", "Save the day's entry now"),
        )
        actions["copy_previous"] = _action(
            window,
            translate("MainWindow", "Same as the &previous day"),
            window.copy_previous_day,
            tip=translate("MainWindow", "Start from the values of the last entry before this day"),
        )
        edit_menu.addActions([actions["save"], actions["copy_previous"]])

    go_menu = window.menuBar().addMenu(translate("MainWindow", "&Go"))
    for position, name in enumerate(window.page_names(), start=1):
        title = title_text(window.slots[name].spec)
        actions[f"page_{name}"] = _action(
            window, title, lambda _=False, n=name: window.show_page(n), f"Ctrl+{position}"
        )
        go_menu.addAction(actions[f"page_{name}"])
    if "report" in window.slots:
        actions["page_report"].setShortcuts([QKeySequence("Ctrl+P"), QKeySequence(f"Ctrl+{position}")])
        actions["page_report"].setToolTip(translate("MainWindow", "Open the report for the doctor (Ctrl+P)"))

    help_menu = window.menuBar().addMenu(translate("MainWindow", "&Help"))
    actions["help"] = _action(
        window,
        translate("MainWindow", "&Keys and how-tos"),
        lambda: _show_help(window),
        "F1",
        translate("MainWindow", "Score keys, moving around, where the diary is kept"),
    )
    actions["about"] = _action(
        window,
        translate("MainWindow", "&About Symptom Diary"),
        lambda: dialogs.show_about(window),
        "Shift+F1",
        translate("MainWindow", "What the program does, and what it does not do"),
    )
    help_menu.addActions([actions["help"], actions["about"]])
    return actions


def _show_help(window) -> None:
    from diary_app.ui.help_dialog import show_help  # when asked for: it is not needed at start-up

    show_help(window)
