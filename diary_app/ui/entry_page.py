"""The Today / Entry page: pick a day, log it, save it; nothing typed is lost when the day changes."""

from __future__ import annotations

from datetime import date
from datetime import timedelta

from PySide6.QtCore import QDate
from PySide6.QtCore import QEvent
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateEdit
from PySide6.QtWidgets import QFrame
from PySide6.QtWidgets import QGridLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from diary_app.analysis.derived_warnings import derived_warnings
from diary_app.analysis.warning_sentences import derived_sentence
from diary_app.domain import DayEntry
from diary_app.domain import entry_errors
from diary_app.domain.messages import fill_placeholders
from diary_app.storage import StorageWriteError
from diary_app.ui.date_edit import DATE_FORMAT
from diary_app.ui.date_edit import day_words
from diary_app.ui.date_edit import left_to_right
from diary_app.ui.dialogs import message_text
from diary_app.ui.dialogs import show_write_error
from diary_app.ui.dose_quicklog import QuickDoseLog
from diary_app.ui.entry_form import EntryForm
from diary_app.ui.entry_undo import FillFormCommand
from diary_app.ui.score_input import MIN_TARGET
from diary_app.ui.session import DiarySession
from diary_app.ui.treatment_undo import undo_stack_for
from diary_app.ui.widgets.dates import qdate_of
from diary_app.ui.widgets.error_label import ErrorLabel

FIRST_DAY = date(1900, 1, 1)
# The window's warning box reads the year before the shown day: enough for every rule's history
# (a one-sided picture before a second leg joins) without reading a decade at each save.
DERIVED_LOOKBACK_DAYS = 366


def same_as_before(previous: DayEntry, current: DayEntry) -> DayEntry:
    """`previous`'s lasting values on `current`'s day; the day's own events and words are kept.

    Copied: sensations, body regions, back pain and its three questions, walking, other symptoms.
    Kept from the form: falls, the timed walk, warning signs, notes and "ask my doctor".
    """
    return previous.with_changes(
        day=current.day,
        falls=current.falls,
        walk_10m_seconds=current.walk_10m_seconds,
        red_flags=current.red_flags,
        notes=current.notes,
        ask_doctor=current.ask_doctor,
    )


class EntryPage(QWidget):
    """Loads the stored entry of the chosen day for editing; switching days saves the edits first."""

    def __init__(self, session: DiarySession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.undo_stack = undo_stack_for(session, self)
        self._day = session.today()
        self._stored: DayEntry | None = None
        self.write_error: StorageWriteError | None = None  # the disk's refusal of the last save()
        self._shown_once = False  # the first showing puts the cursor on the first feeling
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        self.dose_log = QuickDoseLog(session, self)
        layout.addWidget(self.dose_log)
        self.form = EntryForm(self)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidget(self.form)
        layout.addWidget(self.scroll_area, 1)
        self.scroll_area.viewport().installEventFilter(self)
        self.form.edited.connect(self._show_day_state)
        self.form.redFlagTicked.connect(self._save_red_flag)
        session.profileChanged.connect(self._on_profile_changed)
        session.diaryChanged.connect(self._on_diary_changed)
        self._load(self._day)

    def _build_header(self) -> QGridLayout:
        grid = QGridLayout()
        label = QLabel(self.tr("&Day"), self)
        self.date_edit = left_to_right(QDateEdit(self))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setKeyboardTracking(False)
        self.date_edit.setMinimumDate(qdate_of(FIRST_DAY))
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setMinimumHeight(MIN_TARGET)
        self.date_edit.setAccessibleName(self.tr("Day of this entry"))
        self.date_edit.setToolTip(self.tr("Today or any earlier day. Up and down arrows change the day."))
        self.date_edit.dateChanged.connect(self._on_date_edited)
        label.setBuddy(self.date_edit)
        self.today_button = self._button(
            self.tr("Today"),
            self.tr("Go back to today's entry"),
            lambda: self.show_date(self.session.today()),
        )
        self.copy_button = self._button(self.tr("Same as &yesterday"), "", self.copy_previous_day)
        self.save_button = self._button(
            self.tr("Save this day"), self.tr("Save this day's entry (Ctrl+S)"), lambda: self.save()
        )  # not clicked(bool) as `tell`
        self.day_state = QLabel(self)
        self.day_state.setWordWrap(True)
        self.date_error = ErrorLabel(self)
        row = QHBoxLayout()
        for widget in (label, self.date_edit, self.today_button, self.copy_button):
            row.addWidget(widget)
        row.addWidget(self.day_state, 1)
        row.addWidget(self.save_button)
        grid.addLayout(row, 0, 0)
        grid.addWidget(self.date_error, 1, 0)
        return grid

    def _button(self, text: str, tip: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setMinimumHeight(MIN_TARGET)
        button.setToolTip(tip)
        button.setAccessibleDescription(tip)
        button.clicked.connect(slot)
        return button

    # Public API (used by the main window)

    def current_date(self) -> date:
        return self._day

    def show_date(self, day: date) -> None:
        """Show `day` for editing, saving the current day's edits first; a future day is refused."""
        if day > self.session.today():
            self._refuse_future(day)
            return
        self.date_error.clear_error()
        if day == self._day:
            self._set_date_edit(day)
            return
        if self.has_unsaved_changes() and not self.save():
            self._set_date_edit(self._day)
            if self.write_error is None:  # a refused write was explained in its own message
                self.date_error.show_error(
                    self.tr("This day has a problem to correct first (marked below); nothing was lost.")
                )
            return
        self._load(day)

    def save(self, tell: bool = True) -> bool:
        """Save the shown day (even unchanged: an empty day records "no symptoms"); False when invalid
        or when the disk refused the write (see write_error; explained in a message box if `tell`).
        Either way the form keeps what was typed."""
        entry = self.form.entry(self._day)
        errors = entry_errors(entry, today=self.session.today())
        self.form.clear_errors()
        self.write_error = None
        if errors:
            self._show_errors(errors)
            return False
        try:
            self.session.store.save_entry(self.session.profile_id, entry, today=self.session.today())
        except StorageWriteError as error:
            self.write_error = error
            self.session.statusMessage.emit(message_text(error.message))
            if tell:
                show_write_error(self, error, kept_in_form=True)
            return False
        self._stored = entry
        self.form.red_flags.set_saved(True)
        if self._show_derived_warnings():  # a warning the day completes is brought into view at once
            self.scroll_area.ensureWidgetVisible(self.form.red_flags.message_frame)
        self._show_day_state()
        self.session.statusMessage.emit(
            fill_placeholders(self.tr("Saved your entry for %1."), [self._day_text()], isolate=False)
        )
        self.session.notify_changed()
        return True

    def has_unsaved_changes(self) -> bool:
        return self.form.entry(self._day) != (self._stored or DayEntry(day=self._day))

    def copy_previous_day(self) -> None:
        """Start from the latest earlier entry's values (see same_as_before for what is copied)."""
        previous = self.session.store.latest_entry_before(self.session.profile_id, self._day)
        if previous is None:
            self.session.statusMessage.emit(self.tr("There is no earlier entry to copy."))
            return
        before = self.form.entry(self._day)
        self.undo_stack.push(
            FillFormCommand(self, before, same_as_before(previous, before), self.tr("Same as yesterday"))
        )
        day = day_words(previous.day, self.locale())
        self.session.statusMessage.emit(
            fill_placeholders(
                self.tr("Copied the values of %1. Check them, then save."), [day], isolate=False
            )
        )

    def fill_form(self, entry: DayEntry) -> None:
        """Show `entry`'s values as unsaved edits of its day (moving to that day first if needed)."""
        if entry.day != self._day:
            self.show_date(entry.day)
            if self._day != entry.day:
                return
        self.form.set_entry(entry, saved=entry == self._stored)
        self._show_day_state()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.form.first_field().setFocus(Qt.FocusReason.OtherFocusReason)

    def focusInEvent(self, event) -> None:  # noqa: N802
        """setFocus() on the page puts the cursor on the first feeling. (Not a focus proxy: Tab would
        then jump over the day, Today, Same as yesterday, Save and the dose button to it.)"""
        self.form.first_field().setFocus(event.reason())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if watched is self.scroll_area.viewport() and event.type() == QEvent.Type.Resize:
            self.form.fit_width(event.size().width())
        return super().eventFilter(watched, event)

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.form.fit_width(self.scroll_area.viewport().width())

    # Loading and state

    def _load(self, day: date) -> None:
        self._day = day
        self._stored = self.session.store.entry(self.session.profile_id, day)
        self.form.set_entry(self._stored or DayEntry(day=day), saved=self._stored is not None)
        self._set_date_edit(day)
        self._refresh_copy_button()
        self._show_day_state()
        self._show_derived_warnings()

    def _show_derived_warnings(self) -> bool:
        """The rules the saved diary completes on the shown day (docs/patterns.md, "Warning signs");
        True when one is new."""
        entries = self.session.store.entries(
            self.session.profile_id, self._day - timedelta(days=DERIVED_LOOKBACK_DAYS), self._day
        )
        return self.form.red_flags.set_derived(
            [message_text(derived_sentence(w)) for w in derived_warnings(entries) if self._day in w.days]
        )

    def _set_date_edit(self, day: date) -> None:
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(qdate_of(day))
        self.date_edit.blockSignals(False)

    def _on_date_edited(self, qdate: QDate) -> None:
        if qdate.isValid():
            self.show_date(date(qdate.year(), qdate.month(), qdate.day()))

    def _refuse_future(self, day: date) -> None:
        self._set_date_edit(self._day)
        chosen = day_words(day, self.locale())
        self.date_error.show_error(
            fill_placeholders(
                self.tr("%1 is in the future. The diary records today and earlier days only."),
                [chosen],
                isolate=False,
            )
        )

    def _day_text(self) -> str:
        return day_words(self._day, self.locale())

    def _show_day_state(self) -> None:
        if self.has_unsaved_changes():
            text = self.tr("Changes not saved yet.")
        elif self._stored is not None:
            text = self.tr("Saved. You are editing the entry of this day.")
        else:
            text = self.tr("Nothing saved for this day yet.")
        self.day_state.setText(text)

    def _refresh_copy_button(self) -> None:
        previous = self.session.store.latest_entry_before(self.session.profile_id, self._day)
        self.copy_button.setEnabled(previous is not None)
        if previous is None:
            tip = self.tr("There is no earlier entry to copy.")
        else:
            tip = fill_placeholders(
                self.tr(
                    "Fill the form with the values of your last entry (%1): feelings, places, back, "
                    "walking and other symptoms. Falls, the timed walk, warning signs and notes are "
                    "not copied."
                ),
                [day_words(previous.day, self.locale())],
                isolate=False,
            )
        self.copy_button.setToolTip(tip)
        self.copy_button.setAccessibleDescription(tip)

    def _show_errors(self, errors) -> None:
        if any(error.field == "date" for error in errors):
            self._refuse_future(self._day)
        first = self.form.show_errors(errors)
        if first is not None:
            self.scroll_area.ensureWidgetVisible(first)
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        self.session.statusMessage.emit(self.tr("Not saved: please correct the marked fields."))

    def _save_red_flag(self, _code: str) -> None:
        """A ticked warning sign is saved at once when the rest of the day allows it."""
        self.save()

    def _on_profile_changed(self, _profile_id: int) -> None:
        """Another person's diary opens on today, at the top of the page."""
        self.dose_log.refresh()
        self._load(self.session.today())
        self.scroll_area.verticalScrollBar().setValue(0)

    def _on_diary_changed(self) -> None:
        edited = self.has_unsaved_changes()
        stored = self.session.store.entry(self.session.profile_id, self._day)
        if stored != self._stored:
            self._stored = stored
            if not edited:
                self.form.set_entry(stored or DayEntry(day=self._day), saved=stored is not None)
        self.dose_log.refresh()
        self._refresh_copy_button()
        self._show_day_state()
