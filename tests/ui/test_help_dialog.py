"""F1 opens a short page of keys and how-tos, in the interface language, saying where the diary and
its backups are kept."""

from PySide6.QtCore import Qt


def test_f1_opens_the_keys_and_how_tos_with_the_diary_and_backup_folders(main_window, qtbot, db_path):
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    dialog = main_window.help_dialog
    qtbot.waitExposed(dialog)
    text = dialog.text.toPlainText()
    assert "Alt+digit" in text and "Set the same score for both legs." in text
    assert "Up and Down arrows" in text and "body map" in text and "Settings" in text
    assert str(db_path) in text and str(db_path.parent / "backups") in text
    assert main_window.actions_by_name["help"] in main_window.menuBar().actions()[-1].menu().actions()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
