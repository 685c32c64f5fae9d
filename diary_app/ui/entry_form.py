"""The day's form: every field of a DayEntry, laid out in reading order, with errors beside the fields."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QBoxLayout
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QTextEdit
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from diary_app.domain import DayEntry
from diary_app.domain import FieldError
from diary_app.domain.places import SADDLE
from diary_app.domain.places import SADDLE_FLAG
from diary_app.domain.vocab import OTHER_SYMPTOMS
from diary_app.ui import entry_labels
from diary_app.ui.body_map import BodyMap
from diary_app.ui.entry_details import BackSection
from diary_app.ui.entry_details import WalkingSection
from diary_app.ui.entry_red_flags import RedFlagSection
from diary_app.ui.entry_symptoms import SymptomSection
from diary_app.ui.entry_widgets import CheckList
from diary_app.ui.widgets.error_label import ErrorLabel


def other_symptom_text(code: str) -> str:
    return entry_labels.text(entry_labels.OTHER_SYMPTOMS[code])


class EntryForm(QWidget):
    """Builds DayEntry values from the widgets and shows stored ones; emits `edited` on any change."""

    edited = Signal()
    redFlagTicked = Signal(str)  # noqa: N815 (Qt signal naming)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.symptoms = SymptomSection(self)
        layout.addWidget(self.symptoms)
        middle = self.middle = QHBoxLayout()
        self.map_group = self._build_map_group()
        middle.addWidget(self.map_group, 0, Qt.AlignmentFlag.AlignTop)
        side = QVBoxLayout()
        self.walking = WalkingSection(self)
        self.back = BackSection(self)
        side.addWidget(self.walking)
        side.addWidget(self.back)
        side.addStretch(1)
        middle.addLayout(side, 1)
        layout.addLayout(middle)
        layout.addWidget(self._build_other_group())
        self.red_flags = RedFlagSection(self)
        self.red_flags.flagTicked.connect(self.redFlagTicked)
        layout.addWidget(self.red_flags)
        layout.addWidget(self._build_notes_group())
        layout.addStretch(1)
        for section in (self.symptoms, self.walking, self.back, self.red_flags):
            section.edited.connect(self.edited)
        self.errors = self._error_labels()
        self._loaded_notes = ("", "")
        self._chain_focus()

    def _build_map_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Where do you feel it? Mark every place"), self)
        box = QVBoxLayout(group)
        self.body_map = BodyMap(group)
        self.body_map.regionsChanged.connect(self.edited)
        self.body_map.regionsChanged.connect(self._saddle_marked)
        box.addWidget(self.body_map, 0, Qt.AlignmentFlag.AlignHCenter)
        caption = QLabel(
            self.tr(
                "On the left, the front of your legs as you look down at them; on the right, "
                "the back, seen from behind. Your left leg is on the left in both. Click a place, "
                "or use the arrow keys and Space."
            ),
            group,
        )
        caption.setWordWrap(True)
        box.addWidget(caption)
        self.map_caption = caption
        self.region_errors = {"regions.left": ErrorLabel(group), "regions.right": ErrorLabel(group)}
        for label in self.region_errors.values():
            box.addWidget(label)
        return group

    def _saddle_marked(self) -> None:
        """The saddle area marked on the map is the saddle warning sign: tick it, show its message."""
        marked = any(SADDLE in self.body_map.regions(side) for side in ("left", "right"))
        box = self.red_flags.checks.boxes[SADDLE_FLAG]
        if marked and not box.isChecked():
            box.setChecked(True)

    def _build_other_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Other symptoms today"), self)
        box = QVBoxLayout(group)
        self.other = CheckList(OTHER_SYMPTOMS, other_symptom_text, columns=2, parent=group)
        self.other.changed.connect(self.edited)
        box.addWidget(self.other)
        return group

    def _build_notes_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Notes"), self)
        box = QVBoxLayout(group)
        # QTextEdit, not QPlainTextEdit: only QTextEdit aligns each paragraph by its own direction.
        self.notes = QTextEdit(group)
        self.notes.setAcceptRichText(False)
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes, in any language"))
        self.notes.setPlaceholderText(self.tr("Anything else about today, in any language"))
        self.notes.setMinimumHeight(self.fontMetrics().height() * 5)
        self.notes.textChanged.connect(self.edited)
        self._follow_text_direction()
        box.addWidget(self.notes)
        self.notes_error = ErrorLabel(group)
        box.addWidget(self.notes_error)
        self.ask_doctor = QCheckBox(self.tr("Ask my doctor about this"), group)
        self.ask_doctor.setAccessibleName(self.ask_doctor.text())
        self.ask_doctor.toggled.connect(self.edited)
        box.addWidget(self.ask_doctor)
        return group

    def _follow_text_direction(self) -> None:
        """Each paragraph of the notes takes its direction from its own first letter (Arabic or not)."""
        document = self.notes.document()
        option = document.defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        document.setDefaultTextOption(option)

    def _error_labels(self) -> dict[str, ErrorLabel]:
        labels = {
            **self.symptoms.errors,
            **self.walking.errors,
            **self.back.errors,
            **self.region_errors,
            "notes": self.notes_error,
        }
        return labels

    def _chain_focus(self) -> None:
        chain = [
            *self.symptoms.focus_chain(),
            self.body_map,
            *self.walking.focus_chain(),
            *self.back.focus_chain(),
            *self.other.focus_chain(),
            *self.red_flags.focus_chain(),
            self.notes,
            self.ask_doctor,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def fit_width(self, width: int) -> None:
        """Stack the sides and sections under each other when `width` is too narrow for them side by side."""
        self.symptoms.set_stacked(width < self.symptoms.wide_width())
        beside = (
            self.map_group.sizeHint().width()
            + max(self.walking.sizeHint().width(), self.back.sizeHint().width())
            + 40
        )
        direction = QBoxLayout.Direction.LeftToRight if width >= beside else QBoxLayout.Direction.TopToBottom
        if self.middle.direction() != direction:
            self.middle.setDirection(direction)

    def first_field(self) -> QWidget:
        return self.symptoms.focus_chain()[0]

    def last_field(self) -> QWidget:
        return self.ask_doctor

    # Values

    def entry(self, day) -> DayEntry:
        return DayEntry(
            day=day,
            symptoms=self.symptoms.scores(),
            regions_left=self.body_map.regions("left"),
            regions_right=self.body_map.regions("right"),
            back_pain=self.back.back_pain.value(),
            radiates_from_back=self.back.radiates.isChecked(),
            worse_with_cough=self.back.cough.isChecked(),
            worse_with_sitting=self.back.sitting.isChecked(),
            gait=self.walking.gait.value(),
            falls=self.walking.falls.value(),
            walk_10m_seconds=self.walking.walk_seconds(),
            other_symptoms=self.other.codes(),
            red_flags=self.red_flags.codes(),
            notes=self._notes_text(),
            ask_doctor=self.ask_doctor.isChecked(),
        )

    def _notes_text(self) -> str:
        """The typed notes; the stored text itself while untouched (the editor turns \r\n into \n)."""
        shown = self.notes.toPlainText()
        stored, as_loaded = self._loaded_notes
        return stored if shown == as_loaded else shown

    def set_entry(self, entry: DayEntry, saved: bool) -> None:
        """Show `entry`; `saved` says whether it is the stored one (for the red-flag message)."""
        self.blockSignals(True)
        try:
            self.symptoms.set_scores(entry.symptoms)
            self.body_map.set_regions(entry.regions_left, entry.regions_right)
            self._set_back(entry)
            self.walking.set_values(entry.gait, entry.falls, entry.walk_10m_seconds)
            self.other.set_codes(entry.other_symptoms)
            self.red_flags.set_codes(entry.red_flags, saved)
            if self.notes.toPlainText() != entry.notes:
                self.notes.setPlainText(entry.notes)
            self._loaded_notes = (entry.notes, self.notes.toPlainText())
            self.ask_doctor.setChecked(entry.ask_doctor)
        finally:
            self.blockSignals(False)
        self.clear_errors()

    def _set_back(self, entry: DayEntry) -> None:
        self.back.back_pain.setValue(entry.back_pain)
        self.back.radiates.setChecked(entry.radiates_from_back)
        self.back.cough.setChecked(entry.worse_with_cough)
        self.back.sitting.setChecked(entry.worse_with_sitting)

    # Errors

    def show_errors(self, errors: Iterable[FieldError]) -> QWidget | None:
        """Show each error beside its field; returns the first field to move the focus to."""
        self.clear_errors()
        first = None
        for error in errors:
            label = self.errors.get(error.field)
            if label is None:
                continue
            label.show_error(entry_labels.error_text(error, self.locale()))
            first = first or self._field_widget(error.field)
        return first

    def _field_widget(self, field: str) -> QWidget:
        widgets = {
            "notes": self.notes,
            "walk_10m_seconds": self.walking.walk,
            "gait": self.walking.gait,
            "falls": self.walking.falls,
            "back_pain": self.back.back_pain,
        }
        if field.startswith("regions."):
            return self.body_map
        if "." in field:
            name, side = field.split(".", 1)
            return self.symptoms.inputs.get((name, side), self.first_field())
        return widgets.get(field, self.first_field())

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear_error()
