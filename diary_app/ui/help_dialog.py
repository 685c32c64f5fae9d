"""F1: a short page of keys and "how do I…", with where this diary and its backups are kept."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QTextBrowser
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from diary_app.domain.messages import fill_placeholders
from diary_app.paths import backup_dir
from diary_app.storage.sqlite_file import diary_file_of


class HelpDialog(QDialog):
    """Read-only text, scrollable, in the interface language; Esc or Close leaves."""

    def __init__(self, diary_path: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keys and how-tos"))
        self.text = QTextBrowser(self)
        self.text.setObjectName("helpText")
        self.text.setOpenLinks(False)
        self.text.setHtml(self.page(diary_path))
        self.text.setAccessibleName(self.tr("Keys and how-tos"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        em = self.fontMetrics().averageCharWidth()
        self.resize(70 * em, 40 * self.fontMetrics().height())

    def page(self, diary_path: Path | None) -> str:
        return "".join((self._keys(), self._how(), self._files(diary_path)))

    def _keys(self) -> str:
        rows = [
            (self.tr("0 to 9"), self.tr("Set the score of the chosen leg; 1 then 0 quickly gives 10.")),
            (self.tr("Alt+digit"), self.tr("Set the same score for both legs.")),
            (self.tr("Left and Right arrows"), self.tr("Move to the score drawn beside, as on the screen.")),
            (self.tr("Up and Down arrows"), self.tr("Move to the feeling above or below (never a score).")),
            (self.tr("Home or Delete"), self.tr("Clear the score.")),
            ("Tab", self.tr("Leave the score grid for the next part of the page.")),
            (self.tr("Space"), self.tr("On the body map: mark or unmark a place (arrows move).")),
            ("Ctrl+S", self.tr("Save the day's entry.")),
            ("Ctrl+Z", self.tr("Undo the last change.")),
            (self.tr("Ctrl+1 to Ctrl+5"), self.tr("Open the pages; Ctrl+P opens the report.")),
        ]
        cells = "".join(
            f"<tr><td><b>{escape(key)}</b></td><td>{escape(what)}</td></tr>" for key, what in rows
        )
        title = self.tr("Keys")
        return f"<h3>{escape(title)}</h3><table cellpadding='3'>{cells}</table>"

    def _how(self) -> str:
        items = [
            self.tr("Change the language or the text size: File, Settings (Ctrl+,)."),
            self.tr("Add another person: File, New profile."),
            self.tr("Log a B12 dose: on the Day entry page, or on the Treatment page with “Log a dose…”."),
            self.tr("Make the report for the doctor: the Report page (Ctrl+P), then save or print the PDF."),
        ]
        listed = "".join(f"<li>{escape(item)}</li>" for item in items)
        title = self.tr("How do I…")
        return f"<h3>{escape(title)}</h3><ul>{listed}</ul>"

    def _files(self, diary_path: Path | None) -> str:
        if diary_path is None:
            return ""
        where = fill_placeholders(
            self.tr("Your diary is the file %1. Backups are made every day in %2."),
            [str(diary_path), str(backup_dir(diary_path))],
            isolate=True,
        )
        title = self.tr("Where your diary is kept")
        return f"<h3>{escape(title)}</h3><p>{escape(where)}</p>"


def show_help(window) -> HelpDialog:
    """The help page for the window's diary, left open beside the window (not modal)."""
    dialog = HelpDialog(diary_path_of(window), window)
    dialog.show()
    window.help_dialog = dialog
    return dialog


def diary_path_of(window) -> Path | None:
    return diary_file_of(window.session.store.conn)  # None in memory: the page leaves the paragraph out
