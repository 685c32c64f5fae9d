"""The five sensations, left and right leg, 0–10 each, with the side of the pain spelled out."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QGridLayout
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QToolButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from diary_app.domain import SideScores
from diary_app.domain import names
from diary_app.domain.messages import fill_placeholders
from diary_app.domain.vocab import SENSATIONS
from diary_app.domain.vocab import SIDES
from diary_app.ui import entry_labels
from diary_app.ui.dialogs import message_text
from diary_app.ui.score_input import ScoreInput
from diary_app.ui.score_input import ScorePair
from diary_app.ui.score_input import side_colour
from diary_app.ui.score_input import side_ink
from diary_app.ui.widgets.error_label import ErrorLabel


class SymptomSection(QGroupBox):
    """The sensation grid; every control is named for screen readers ("Numbness, left leg").

    Wide: one row per sensation, left and right side by side under "Left leg" / "Right leg", the
    left leg's column on the left of the screen in both directions (as on the body map beside it).
    Stacked (large text, narrow window): the right leg's row goes under the left leg's, each named.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("How strong is each feeling today? (0 means none, 10 the worst)"), parent)
        self.inputs: dict[tuple[str, str], ScoreInput] = {}
        self.pairs: dict[str, ScorePair] = {}
        self.errors: dict[str, ErrorLabel] = {}
        self.row_labels: dict[str, QLabel] = {}
        self.side_labels: dict[tuple[str, str], QLabel] = {}
        self.links: dict[str, QToolButton] = {}
        self.headers = {side: self._side_label(side) for side in SIDES}
        for sensation in SENSATIONS:
            self._build_row(sensation)
        outer = QVBoxLayout(self)
        self.keys_hint = QLabel(
            self.tr(
                "Keys: type a number to set a score; left and right arrows choose a "
                "cell beside it; up and down arrows go to the feeling above or below."
            ),
            self,
        )
        self.keys_hint.setWordWrap(True)
        outer.addWidget(self.keys_hint)
        self.grid = QGridLayout()
        outer.addLayout(self.grid)
        self.pain_side = QLabel(self)
        self.pain_side.setWordWrap(True)
        outer.addWidget(self.pain_side)
        self.stacked: bool | None = None
        self.set_stacked(False)
        self.inputs[("pain", "left")].valueChanged.connect(self._show_pain_side)
        self.inputs[("pain", "right")].valueChanged.connect(self._show_pain_side)
        self._show_pain_side()

    def _side_label(self, side: str) -> QLabel:
        label = QLabel(self.tr("Left leg") if side == "left" else self.tr("Right leg"), self)
        colour = side_ink(side).name()
        label.setStyleSheet(f"QLabel {{ font-weight: bold; color: {colour}; }}")
        return label

    def _build_row(self, sensation: str) -> None:
        label = QLabel(message_text(names.sensation(sensation)), self)
        label.setWordWrap(True)
        self.row_labels[sensation] = label
        for side in SIDES:
            control = ScoreInput(side_colour(side), parent=self)
            control.setAccessibleName(entry_labels.text(entry_labels.SCORE_NAMES[(sensation, side)]))
            control.valueChanged.connect(self.edited)
            self.inputs[(sensation, side)] = control
            self.errors[f"{sensation}.{side}"] = ErrorLabel(self)
            self.side_labels[(sensation, side)] = self._side_label(side)
        label.setBuddy(self.inputs[(sensation, "left")])
        link = QToolButton(self)
        link.setText(self.tr("= Same for both legs"))
        link.setToolTip(
            self.tr(
                "Keep both legs at the same value for this feeling. "
                "By keyboard: press = or Alt with a number."
            )
        )
        link.setAccessibleName(
            fill_placeholders(self.tr("Same for both legs: %1"), [label.text()], isolate=False)
        )
        link.setMinimumHeight(32)
        self.links[sensation] = link
        self.pairs[sensation] = ScorePair(
            self.inputs[(sensation, "left")], self.inputs[(sensation, "right")], link, self
        )

    def wide_width(self) -> int:
        """The width the side-by-side arrangement needs."""
        bar = self.inputs[("tingling", "left")].sizeHint().width()
        labels = max(label.sizeHint().width() for label in self.row_labels.values())
        link = self.links["tingling"].sizeHint().width()
        return min(labels, self.fontMetrics().averageCharWidth() * 12) + 2 * bar + link + 50

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange and self.stacked is not None:
            stacked, self.stacked = self.stacked, None
            self.set_stacked(stacked)

    def side_column(self, side: str) -> int:
        """The grid column of a leg: a right-to-left grid runs from the right, so there the left leg
        takes the later column, which is drawn further left."""
        return 2 if (side == "left") != self.isRightToLeft() else 3

    def set_stacked(self, stacked: bool) -> None:
        if stacked == self.stacked:
            return
        self.stacked = stacked
        for index in reversed(range(self.grid.count())):
            self.grid.takeAt(index)
        for side, header in self.headers.items():
            header.setVisible(not stacked)
            if not stacked:
                self.grid.addWidget(header, 0, self.side_column(side))
        row = 1
        for sensation in SENSATIONS:
            row = self._place_row(sensation, row)
        self.grid.setColumnStretch(5, 1)

    def _place_row(self, sensation: str, row: int) -> int:
        """Put one sensation's widgets in the grid from `row`; returns the next free row."""
        grid = self.grid
        if not self.stacked:
            grid.addWidget(self.row_labels[sensation], row, 0, 1, 2)
            for side in SIDES:
                column = self.side_column(side)
                grid.addWidget(self.inputs[(sensation, side)], row, column)
                grid.addWidget(self.errors[f"{sensation}.{side}"], row + 1, column)
                self.side_labels[(sensation, side)].hide()
            grid.addWidget(self.links[sensation], row, 4, Qt.AlignmentFlag.AlignVCenter)
            return row + 2
        grid.addWidget(self.row_labels[sensation], row, 0, 1, 3)
        grid.addWidget(self.links[sensation], row, 3, Qt.AlignmentFlag.AlignLeading)
        for offset, side in enumerate(SIDES, start=1):
            self.side_labels[(sensation, side)].show()
            grid.addWidget(self.side_labels[(sensation, side)], row + offset * 2 - 1, 1)
            grid.addWidget(self.inputs[(sensation, side)], row + offset * 2 - 1, 2, 1, 2)
            grid.addWidget(self.errors[f"{sensation}.{side}"], row + offset * 2, 2, 1, 2)
        return row + 5

    def scores(self) -> dict[str, SideScores]:
        return {
            name: SideScores(
                left=self.inputs[(name, "left")].value(), right=self.inputs[(name, "right")].value()
            )
            for name in SENSATIONS
        }

    def set_scores(self, symptoms: Mapping[str, SideScores]) -> None:
        for name in SENSATIONS:
            scores = symptoms.get(name, SideScores())
            self.pairs[name].set_values(scores.left, scores.right)

    def pain_side_text(self) -> str:
        left = self.inputs[("pain", "left")].value() > 0
        right = self.inputs[("pain", "right")].value() > 0
        if left and right:
            return self.tr("Pain is in: both legs.")
        if left:
            return self.tr("Pain is in: the left leg only.")
        if right:
            return self.tr("Pain is in: the right leg only.")
        return self.tr("Pain is in: neither leg.")

    def _show_pain_side(self) -> None:
        self.pain_side.setText(self.pain_side_text())

    def focus_chain(self) -> list[QWidget]:
        """Row by row: the left leg, the right leg, then "same for both legs"."""
        return [
            widget
            for name in SENSATIONS
            for widget in (self.inputs[(name, "left")], self.inputs[(name, "right")], self.links[name])
        ]

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Up and Down (ignored by the score controls) go to the same leg of the feeling above or below,
        side by side or stacked alike, so the keys do not depend on the window's width."""
        steps: dict[int, int] = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
        step = steps.get(event.key())
        target = self._feeling_neighbour(QApplication.focusWidget(), step) if step else None
        if target is None:
            super().keyPressEvent(event)  # ignored: the page scrolls
            return
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        event.accept()

    def _feeling_neighbour(self, widget: QWidget | None, step: int) -> ScoreInput | None:
        for (name, side), control in self.inputs.items():
            if control is widget:
                index = SENSATIONS.index(name) + step
                return self.inputs[(SENSATIONS[index], side)] if 0 <= index < len(SENSATIONS) else None
        return None
