"""Small dialogs of the window (a profile's name, a diary that cannot be opened, about, unsaved entry, a
change the disk refused) and the one way every page tells or asks the user something in a message box."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from diary_app import APP_NAME
from diary_app import __version__
from diary_app.domain.messages import Message
from diary_app.domain.messages import NumberFormat
from diary_app.domain.messages import fill_placeholders
from diary_app.domain.messages import path_text
from diary_app.domain.messages import strip_isolates
from diary_app.domain.vocab import MAX_NAME_LENGTH
from diary_app.i18n import translate
from diary_app.storage import StorageWriteError

CONTEXT = "Dialogs"
log = logging.getLogger(__name__)


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
) -> QMessageBox:
    """A message box to add buttons or details to before it is shown (`exec` or `open`)."""
    return QMessageBox(icon, title, text, buttons, parent)


def tell(parent: QWidget | None, title: str, text: str) -> None:
    """Something the user should know (done, or where it went), closed with OK."""
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """Something that did not work or needs care: shown until the user closes it, and logged."""
    log.info("told the user: %s: %s", title, strip_isolates(text))
    QMessageBox.warning(parent, title, text)


def fail(parent: QWidget | None, title: str, text: str) -> None:
    """Something that failed and stopped what the user asked for: logged, and shown."""
    log.info("told the user: %s: %s", title, strip_isolates(text))
    QMessageBox.critical(parent, title, text)


def ask(parent: QWidget | None, title: str, text: str, yes_by_default: bool = False) -> bool:
    """A Yes or No question; True for Yes. No is the default button unless `yes_by_default`."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    if yes_by_default:
        answer = QMessageBox.question(parent, title, text, buttons)
    else:
        answer = QMessageBox.question(parent, title, text, buttons, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def title_room(dialog: QDialog, characters: int) -> int:
    """A width in pixels for `characters` average characters, or more where the window title (with room
    for the frame's buttons) needs it, so the title is never cut."""
    metrics = dialog.fontMetrics()
    return max(
        characters * metrics.averageCharWidth(),
        metrics.horizontalAdvance(dialog.windowTitle()) + 16 * metrics.averageCharWidth(),
    )


class ProfileNameDialog(QDialog):
    """Asks whose diary this is; the first-start variant also offers to go on without a name."""

    def __init__(self, parent: QWidget | None = None, first_start: bool = False):
        super().__init__(parent)
        self.setWindowTitle(
            translate("Dialogs", "Welcome to Symptom Diary")
            if first_start
            else translate("Dialogs", "New profile")
        )
        self.without_name = False
        intro = QLabel(
            translate(
                "Dialogs",
                "Whose diary is this? The name appears on the report for the doctor. "
                "You can change it later.",
            )
            if first_start
            else translate("Dialogs", "Name of the person this new diary is about:")
        )
        intro.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.name_edit.setAccessibleName(translate("Dialogs", "Name"))
        self.name_edit.setPlaceholderText(translate("Dialogs", "Name"))
        intro.setBuddy(self.name_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = self.buttons.addButton(
            translate("Dialogs", "Start the diary") if first_start else translate("Dialogs", "Add profile"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        if first_start:
            self.buttons.removeButton(self.buttons.button(QDialogButtonBox.StandardButton.Cancel))
            skip = self.buttons.addButton(
                translate("Dialogs", "Continue without a name"), QDialogButtonBox.ButtonRole.ActionRole
            )
            skip.clicked.connect(self._continue_without_name)
        self.buttons.accepted.connect(self._accept_if_named)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._update_start_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.buttons)
        self.start_button.setDefault(True)  # after joining the dialog, or Enter would press another button
        self.name_edit.returnPressed.connect(self._accept_if_named)
        self._update_start_button()
        self.setMinimumWidth(title_room(self, 36))

    def name(self) -> str:
        return self.name_edit.text().strip()

    def _update_start_button(self) -> None:
        self.start_button.setEnabled(bool(self.name()))

    def _accept_if_named(self) -> None:
        if self.name():
            self.accept()

    def _continue_without_name(self) -> None:
        self.without_name = True
        self.accept()


def default_profile_name() -> str:
    """The name given when the user goes on without one."""
    return translate("Dialogs", "Me")


def ask_first_profile_name(parent: QWidget | None = None) -> str | None:
    """The first profile's name ('Me' when skipped), or None when the user closed the dialog."""
    dialog = ProfileNameDialog(parent, first_start=True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return default_profile_name() if dialog.without_name else dialog.name()


def ask_after_open_error(path: Path, reason: str, parent: QWidget | None = None) -> Path | None:
    """Says why the diary cannot be opened; returns another file the user chose, or None to quit."""
    while True:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("Dialogs", "The diary cannot be opened"))
        box.setText(
            fill_placeholders(
                translate("Dialogs", "The diary file %1 cannot be opened."), [path_text(path)], isolate=False
            )
        )
        box.setInformativeText(
            fill_placeholders(
                translate(
                    "Dialogs",
                    "Reason: %1\n\nThe file was not changed. You can open or create another diary file, "
                    "or quit and try again later (for example after closing another copy of the program).",
                ),
                [reason],
            )
        )
        choose: QPushButton = box.addButton(
            translate("Dialogs", "Open or create another file…"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(translate("Dialogs", "Quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(choose)
        box.exec()
        if box.clickedButton() is not choose:
            return None
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            translate("Dialogs", "Open or create a diary file"),
            str(path.parent),
            translate("Dialogs", "Diary files (*.sqlite3 *.sqlite *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if chosen:
            return Path(chosen)


def show_about(parent: QWidget | None = None) -> None:
    """F1: what the program is, that it describes and never diagnoses, and its version."""
    text = fill_placeholders(
        translate(
            "Dialogs",
            "<h3>%1</h3><p>Version %2</p>"
            "<p>A daily diary of leg symptoms (tingling, numbness, burning, pain, weakness), walking "
            "and vitamin B12 doses, with charts and a summary for your doctor.</p>"
            "<p><b>This program describes your symptoms; it never diagnoses.</b> Its pattern notes say "
            "which conditions the medical texts associate with a pattern; only a doctor can tell what "
            "causes your symptoms.</p>"
            "<p>If you ever notice numbness between the legs or around the bottom, a new change in "
            "bladder or bowel control, or weakness that gets worse quickly, seek urgent medical care "
            "the same day.</p>"
            "<p>Keyboard: Ctrl+S saves the entry, Ctrl+Z undoes, Ctrl+P opens the report, "
            "Ctrl+1 to Ctrl+5 open the pages.</p>",
        ),
        [APP_NAME, __version__],
        isolate=False,
    )
    QMessageBox.about(parent, translate("Dialogs", "About Symptom Diary"), text)


def ask_unsaved_entry(
    parent: QWidget | None = None, refused: StorageWriteError | None = None
) -> QMessageBox.StandardButton:
    """On close, when the entry could not be saved (invalid, or `refused` by the disk):
    Save (try again), Discard or Cancel."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Dialogs", "Unsaved entry"))
    box.setText(translate("Dialogs", "The day's entry has changes that could not be saved."))
    if refused is None:
        box.setInformativeText(
            translate(
                "Dialogs",
                "Some fields need correcting (they are marked on the entry page). Save to try again, "
                "Discard to close without these changes, or Cancel to go back and correct them.",
            )
        )
    else:
        box.setInformativeText(
            fill_placeholders(
                translate(
                    "Dialogs",
                    "%1\n\nSave to try again, Discard to close without these changes, or Cancel to go back "
                    "to the entry (what you typed is still there).",
                ),
                [message_text(refused.message)],
                isolate=False,
            )
        )
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return QMessageBox.StandardButton(box.exec())


def qt_translate(context: str, source: str, n: int = -1) -> str:
    """The core's Translate protocol on top of the installed Qt translators."""
    return translate(context, source, None, n)


def message_text(message: Message, numbers: NumberFormat = NumberFormat()) -> str:
    """A core sentence (Message) in the window's language."""
    return message.render(qt_translate, numbers)


def show_write_error(parent: QWidget | None, error: StorageWriteError, kept_in_form: bool = False) -> None:
    """Why a change was not saved (disk full, read-only, locked, damaged), in a message box."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("Dialogs", "Not saved"),
        message_text(error.message),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    if kept_in_form:
        box.setInformativeText(translate("Dialogs", "What you typed is still in the form."))
    box.exec()


def attempt_write(parent: QWidget | None, write: Callable[[], object]) -> bool:
    """Run a write to the diary; when the disk refuses it, say why and return False (nothing saved)."""
    try:
        write()
    except StorageWriteError as error:
        show_write_error(parent, error)
        return False
    return True
