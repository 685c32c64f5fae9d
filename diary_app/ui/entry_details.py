"""Walking (gait, falls, timed walk) and back (pain, spreading, coughing, sitting) sections of the entry."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QDoubleSpinBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from diary_app.domain.vocab import GAIT_MAX
from diary_app.domain.vocab import MAX_FALLS_PER_DAY
from diary_app.domain.vocab import MAX_WALK_SECONDS
from diary_app.ui import entry_labels
from diary_app.ui.score_input import MIN_TARGET
from diary_app.ui.score_input import ScoreInput
from diary_app.ui.widgets.error_label import ErrorLabel

NEUTRAL = QColor("#555555")


class WalkingSection(QGroupBox):
    """Gait 0–4 with its words, falls today, and an optional timed 10-metre walk."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Walking"), parent)
        form = QFormLayout(self)
        self.gait = ScoreInput(NEUTRAL, maximum=GAIT_MAX, parent=self, zero_means_none=False)
        self.gait.setAccessibleName(self.tr("Walking today, 0 to 4"))
        self.gait.set_value_words(entry_labels.gait_words)
        steps = "\n".join(entry_labels.gait_words(level) for level in range(GAIT_MAX + 1))
        self.gait.setToolTip(steps)
        self.gait_words = QLabel(self)
        self.gait_words.setWordWrap(True)
        self.gait.valueChanged.connect(self._show_gait_words)
        self.gait.valueChanged.connect(self.edited)
        gait_box = QVBoxLayout()
        gait_box.addWidget(self.gait)
        gait_box.addWidget(self.gait_words)
        gait_label = QLabel(self.tr("Walking today"), self)
        gait_label.setBuddy(self.gait)
        form.addRow(gait_label, gait_box)
        self.falls = QSpinBox(self)
        self.falls.setRange(0, MAX_FALLS_PER_DAY)
        self.falls.setMinimumHeight(MIN_TARGET)
        self.falls.setAccessibleName(self.tr("Falls today"))
        self.falls.valueChanged.connect(self.edited)
        form.addRow(self.tr("Falls today"), self.falls)
        self.walk = self._walk_box()
        self._loaded_walk: float | None = None
        self.walk_error = ErrorLabel(self)
        form.addRow(self.tr("Timed 10-metre walk"), self.walk)
        form.addRow(self.walk_error)
        self._show_gait_words()
        self.errors = {
            "gait": ErrorLabel(self),
            "falls": ErrorLabel(self),
            "walk_10m_seconds": self.walk_error,
        }
        form.addRow(self.errors["gait"])
        form.addRow(self.errors["falls"])

    def _walk_box(self) -> QDoubleSpinBox:
        walk = QDoubleSpinBox(self)
        walk.setRange(0.0, MAX_WALK_SECONDS)
        walk.setDecimals(2)
        walk.setSingleStep(0.5)
        walk.setSpecialValueText(self.tr("not timed"))
        walk.setSuffix(self.tr(" seconds"))
        walk.setMinimumHeight(MIN_TARGET)
        walk.setAccessibleName(self.tr("Timed 10-metre walk in seconds"))
        walk.setToolTip(
            self.tr(
                "Optional: how many seconds you took to walk 10 metres. "
                "Leave at “not timed” if you did not time it."
            )
        )
        walk.valueChanged.connect(self.edited)
        return walk

    def _show_gait_words(self) -> None:
        self.gait_words.setText(entry_labels.gait_words(self.gait.value()))

    def walk_seconds(self) -> float | None:
        """The shown time; the stored value itself while the box still shows it (no rounding drift)."""
        if self._loaded_walk is not None and abs(self.walk.value() - self._loaded_walk) <= 0.005 + 1e-9:
            return self._loaded_walk
        return None if self.walk.value() == 0 else self.walk.value()

    def set_values(self, gait: int, falls: int, walk_seconds: float | None) -> None:
        for widget in (self.gait, self.falls, self.walk):
            widget.blockSignals(True)
        self.gait.setValue(gait)
        self.falls.setValue(falls)
        self.walk.setValue(walk_seconds or 0.0)
        self._loaded_walk = walk_seconds
        for widget in (self.gait, self.falls, self.walk):
            widget.blockSignals(False)
        self.gait.update()
        self._show_gait_words()

    def focus_chain(self) -> list[QWidget]:
        return [self.gait, self.falls, self.walk]


class BackSection(QGroupBox):
    """Back pain 0–10 and the three sciatica questions."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Back"), parent)
        form = QFormLayout(self)
        self.back_pain = ScoreInput(NEUTRAL, parent=self)
        self.back_pain.setAccessibleName(self.tr("Back pain, 0 to 10"))
        self.back_pain.valueChanged.connect(self.edited)
        form.addRow(self.tr("Back pain"), self.back_pain)
        self.radiates = QCheckBox(self.tr("The pain spreads from the lower back down the leg"), self)
        self.cough = QCheckBox(self.tr("It is worse when I cough or sneeze"), self)
        self.sitting = QCheckBox(self.tr("It is worse when I sit"), self)
        for box in (self.radiates, self.cough, self.sitting):
            box.setAccessibleName(box.text())
            box.toggled.connect(self.edited)
            form.addRow(box)
        self.errors = {"back_pain": ErrorLabel(self)}
        form.addRow(self.errors["back_pain"])

    def focus_chain(self) -> list[QWidget]:
        return [self.back_pain, self.radiates, self.cough, self.sitting]
