"""The warning-sign questions, asked plainly, and the calm "seek urgent care today" message."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QAccessible
from PySide6.QtGui import QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QFrame
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from diary_app.domain.messages import fill_placeholders
from diary_app.domain.vocab import RED_FLAGS
from diary_app.ui import entry_labels
from diary_app.ui.entry_widgets import CheckList

RED = "#B00020"
MESSAGE_STYLE = (
    f"QFrame#redFlagMessage {{ border: 3px solid {RED}; border-radius: 6px; background: palette(base); }}"
)


def red_flag_text(code: str) -> str:
    return entry_labels.text(entry_labels.RED_FLAGS[code])


class RedFlagSection(QGroupBox):
    """Ticking a warning sign shows the message at once; it never blocks saving."""

    edited = Signal()
    flagTicked = Signal(str)  # noqa: N815 (Qt signal naming)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Warning signs: tick any you have noticed today"), parent)
        layout = QVBoxLayout(self)
        self.checks = CheckList(RED_FLAGS, red_flag_text, parent=self)
        for code, box in self.checks.boxes.items():
            box.toggled.connect(lambda ticked, code=code: self._on_toggled(code, ticked))
        layout.addWidget(self.checks)
        self.message_frame = QFrame(self)
        self.message_frame.setObjectName("redFlagMessage")
        self.message_frame.setStyleSheet(MESSAGE_STYLE)
        frame_layout = QVBoxLayout(self.message_frame)
        self.message = QLabel(self.message_frame)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        frame_layout.addWidget(self.message)
        layout.addWidget(self.message_frame)
        self._saved = False
        self._derived: list[str] = []
        self.message_frame.hide()

    def codes(self) -> frozenset[str]:
        return self.checks.codes()

    def set_codes(self, codes: frozenset[str], saved: bool) -> None:
        self.checks.set_codes(codes)
        self.set_saved(saved)

    def set_saved(self, saved: bool) -> None:
        """Whether the ticked signs are in the diary already; the message says so."""
        self._saved = saved
        self._refresh_message()

    def set_derived(self, sentences: list[str]) -> bool:
        """Warning signs the saved diary shows by itself on this day ("The diary shows …"); a new
        one is announced like a ticked sign. True when one is new."""
        new = [s for s in sentences if s not in self._derived]
        self._derived = list(sentences)
        self._refresh_message()
        if new:
            self._announce()
        return bool(new)

    def derived(self) -> list[str]:
        return list(self._derived)

    def _on_toggled(self, code: str, ticked: bool) -> None:
        self._saved = False
        self._refresh_message()
        self.edited.emit()
        if ticked:
            self.flagTicked.emit(code)
            self._announce()

    def _announce(self) -> None:
        """Screen readers say the message at once, interrupting what they were reading."""
        event = QAccessibleAnnouncementEvent(self.message, self.message_text())
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
        QAccessible.updateAccessibility(event)

    def message_text(self) -> str:
        """The message as plain sentences (also its accessible text)."""
        ticked = [red_flag_text(code) for code in RED_FLAGS if code in self.codes()]
        if not ticked and not self._derived:
            return ""
        parts = list(self._derived)
        if ticked:
            parts.append(
                fill_placeholders(
                    self.tr("You ticked: %1."), [self.locale().createSeparatedList(ticked)], isolate=False
                )
            )
        parts.append(
            self.tr(
                "This needs urgent medical attention today. Please contact your doctor or an "
                "urgent care service now; if you cannot reach them, call the emergency number."
            )
        )
        if ticked:
            parts.append(
                self.tr("The diary has saved this.")
                if self._saved
                else self.tr("The diary will save this when the day is saved.")
            )
        return "\n".join(parts)

    def _refresh_message(self) -> None:
        plain = self.message_text()
        self.message_frame.setVisible(bool(plain))
        if not plain:
            self.message.clear()
            return
        heading = html.escape(self.tr("Please get medical help today"))
        paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in plain.split("\n"))
        self.message.setText(f"<h3 style='color:{RED}'>{heading}</h3>{paragraphs}")
        self.message.setAccessibleName(heading)
        self.message.setAccessibleDescription(plain)

    def focus_chain(self) -> list[QWidget]:
        return self.checks.focus_chain()
