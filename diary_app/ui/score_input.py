"""A 0–10 intensity control that is quick by keyboard (type the digit) and by mouse (click a cell)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtCore import QObject
from PySide6.QtCore import QRect
from PySide6.QtCore import QSize
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtGui import QFont
from PySide6.QtGui import QKeyEvent
from PySide6.QtGui import QMouseEvent
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPaintEvent
from PySide6.QtGui import QPalette
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QSizePolicy
from PySide6.QtWidgets import QSlider
from PySide6.QtWidgets import QToolButton
from PySide6.QtWidgets import QWidget

from diary_app.charts import palette as shared_colours
from diary_app.domain.messages import fill_placeholders

MIN_TARGET = 32
SIZE_CHANGES = (
    QEvent.Type.FontChange,
    QEvent.Type.LocaleChange,
    QEvent.Type.LanguageChange,
    QEvent.Type.StyleChange,
)
ROW_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
LEFT_COLOUR = QColor(shared_colours.LEFT)
RIGHT_COLOUR = QColor(shared_colours.RIGHT)
OUTLINE_SHARE = 0.6  # how much of the text colour an unmarked cell's outline takes (the rest: background)


def side_colour(side: str) -> QColor:
    """The leg's fill colour (under black or white text)."""
    return QColor(shared_colours.SIDE_COLOURS[side])


def side_ink(side: str) -> QColor:
    """The leg's colour for text and lines on a light background."""
    return QColor(shared_colours.SIDE_INKS[side])


def outline_colour(colours: QPalette) -> QColor:
    """An outline that stands out from the background by 3:1 at least (the style's Mid often does not)."""
    text, base = colours.color(QPalette.ColorRole.Text), colours.color(QPalette.ColorRole.Base)
    return QColor(
        *(
            round(OUTLINE_SHARE * t + (1 - OUTLINE_SHARE) * b)
            for t, b in zip(_rgb(text), _rgb(base), strict=True)
        )
    )


def typed_digit(event: QKeyEvent) -> int | None:
    """The digit a key press stands for (Western or Arabic-Indic), or None."""
    key = event.key()
    if 0x20 < key < 0x110000:
        value = unicodedata.digit(chr(key), None)
        if value is not None:
            return value
    text = event.text()
    return unicodedata.digit(text, None) if len(text) == 1 else None


class ScoreInput(QSlider):
    """A row of cells "None, 1 … 10"; a QSlider underneath, so screen readers hear a slider.

    Keys: a digit sets the value, "1" then "0" typed quickly gives 10 (End does too); Left and
    Right step towards the cell drawn on that side (so mirrored right to left, where "None" is on
    the right); Home/Delete/Backspace clear it; Alt+digit asks for both legs (Ctrl+digit too where
    the window has no Ctrl+digit shortcut of its own); "=" asks to link both legs. Up, Down, Page Up
    and Page Down never change the value: they go to the parent, which moves between rows or
    scrolls.
    """

    bothRequested = Signal(int)  # noqa: N815 (Qt signal naming)
    linkToggleRequested = Signal()  # noqa: N815

    def __init__(
        self, colour: QColor, maximum: int = 10, parent: QWidget | None = None, zero_means_none: bool = True
    ):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.value_words: Callable[[int], str] | None = None  # words for a value, e.g. walking's
        self.colour = QColor(colour)
        self.zero_means_none = zero_means_none
        self.setRange(0, maximum)
        self.setPageStep(1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._last_digit: int | None = None
        self._last_digit_at = 0  # the key press's own timestamp (ms), see _type_digit
        self._size_hint: tuple[int, QSize] | None = None  # (maximum, size): layouts ask hundreds of times
        self.valueChanged.connect(self.update)
        self.setToolTip(self.keys_help())
        self._describe()

    def keys_help(self) -> str:
        if self.maximum() >= 10:
            return self.tr(
                "Type a number from 0 to 9; for 10 type 1 then 0 quickly, or press End. "
                "Left and right arrows choose a cell beside it; up and down arrows go to "
                "another feeling; 0, Home or Delete means none. "
                "Alt with a number sets both legs; = keeps both legs the same."
            )
        pattern = self.tr("Type a number from 0 to %1, or use the left and right arrow keys.")
        return fill_placeholders(pattern, [self.locale().toString(self.maximum())], isolate=False)

    def value_text(self) -> str:
        """The value in words for a screen reader: "none", "3 of 10", or the scale's own words."""
        value = self.value()
        if self.value_words is not None:
            return self.value_words(value)
        if value == 0 and self.zero_means_none:
            return self.tr("none")
        return fill_placeholders(
            self.tr("%1 of %2"),
            [self.locale().toString(value), self.locale().toString(self.maximum())],
            False,
        )

    def set_value_words(self, words: Callable[[int], str]) -> None:
        self.value_words = words
        self._describe()

    def _describe(self) -> None:
        """The value in words first, then the keys (Qt's slider tells only the bare number)."""
        self.setAccessibleDescription(f"{self.value_text()}. {self.keys_help()}")

    def sliderChange(self, change: QSlider.SliderChange) -> None:  # noqa: N802 (Qt override)
        super().sliderChange(change)  # called even while signals are blocked (loading a day)
        self._describe()

    # Geometry

    def _cell_width(self) -> int:
        metrics = self.fontMetrics()
        padding = metrics.height() // 2 + 4
        return max(MIN_TARGET, metrics.horizontalAdvance(self.locale().toString(10)) + padding)

    def _none_width(self) -> int:
        metrics = self.fontMetrics()
        padding = metrics.height() // 2 + 6
        return max(self._cell_width(), metrics.horizontalAdvance(self.none_text()) + padding)

    def none_text(self) -> str:
        """The first cell's words: "None", or "0" on a scale where 0 is a state (walking normally)."""
        return self.tr("None") if self.zero_means_none else self.locale().toString(0)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        if self._size_hint is None or self._size_hint[0] != self.maximum():
            height = max(MIN_TARGET, self.fontMetrics().height() + 14)
            size = QSize(self._none_width() + self.maximum() * self._cell_width() + 6, height)
            self._size_hint = (self.maximum(), size)
        return QSize(self._size_hint[1])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in SIZE_CHANGES:
            self._size_hint = None  # the cells' words, digits or font changed
            self.updateGeometry()
            self._describe()
        super().changeEvent(event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def cell_rect(self, value: int) -> QRect:
        """Where the cell for `value` is drawn (mirrored in a right-to-left layout)."""
        inner = self.rect().adjusted(3, 3, -3, -3)
        if value == 0:
            left, width = 0, self._none_width()
        else:
            left, width = self._none_width() + (value - 1) * self._cell_width(), self._cell_width()
        rect = QRect(inner.left() + left, inner.top(), width, inner.height())
        if self.isRightToLeft():
            rect.moveRight(inner.right() - left)
        return rect

    def value_at(self, x: int) -> int | None:
        for value in range(self.minimum(), self.maximum() + 1):
            cell = self.cell_rect(value)
            if cell.left() <= x <= cell.right():
                return value
        return None

    # Input

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._set_from_mouse(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._set_from_mouse(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        event.accept()

    def _set_from_mouse(self, event: QMouseEvent) -> None:
        value = self.value_at(int(event.position().x()))
        if value is not None:
            self.setValue(value)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        digit = typed_digit(event)
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.setValue(0)
        elif event.key() == Qt.Key.Key_Equal:
            self.linkToggleRequested.emit()
        elif event.key() in ROW_KEYS:
            event.ignore()  # for the parent: the next row, or scrolling
            return
        elif digit is not None:
            both = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier
            self._type_digit(digit, bool(event.modifiers() & both), event.timestamp())
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _type_digit(self, digit: int, both: bool, pressed_at: int) -> None:
        """`pressed_at`: when the key went down (the event's timestamp, in ms), so "1 0" typed quickly
        is 10 even when the window was too busy to handle the keys at once."""
        since = (pressed_at - self._last_digit_at) % 2**32  # window-system clocks wrap around
        quick = since <= QApplication.keyboardInputInterval()
        value = 10 if (digit == 0 and self._last_digit == 1 and quick) else digit
        self._last_digit = None if value == 10 else digit
        self._last_digit_at = pressed_at
        if value > self.maximum():
            return
        self.setValue(value)
        if both:
            self.bothRequested.emit(value)

    # Painting

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        for value in range(self.minimum(), self.maximum() + 1):
            self._paint_cell(painter, value, palette)
        if self.hasFocus():
            pen = QPen(palette.color(palette.ColorRole.Text), 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.rect().adjusted(1, 1, -2, -2), 4, 4)

    def _paint_cell(self, painter: QPainter, value: int, palette) -> None:
        rect = self.cell_rect(value).adjusted(1, 1, -1, -1)
        current = self.value()
        filled = 0 < value <= current
        if filled:
            background = self.colour if value == current else _tint(self.colour)
        else:
            background = palette.color(palette.ColorRole.Base)
        text_colour = _readable_on(background) if filled else palette.color(palette.ColorRole.Text)
        chosen = value == current
        painter.setPen(
            QPen(
                palette.color(palette.ColorRole.Text) if chosen else outline_colour(palette),
                3 if chosen else 1,
            )
        )
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 3, 3)
        font = QFont(self.font())
        font.setBold(chosen)
        painter.setFont(font)
        painter.setPen(text_colour)
        label = self.none_text() if value == 0 else self.locale().toString(value)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)


def _rgb(colour: QColor) -> tuple[int, int, int]:
    return colour.red(), colour.green(), colour.blue()


def _tint(colour: QColor) -> QColor:
    """The colour mixed 45 % into white: the cells below the chosen value."""
    return QColor(*(round(255 - 0.45 * (255 - part)) for part in _rgb(colour)))


def _readable_on(background: QColor) -> QColor:
    """Black or white text, whichever contrasts more with `background`."""
    on_black = shared_colours.contrast_ratio(background.name(), "#000000")
    on_white = shared_colours.contrast_ratio(background.name(), "#FFFFFF")
    return QColor("#000000") if on_black >= on_white else QColor("#FFFFFF")


class ScorePair(QObject):
    """The left and right controls of one sensation, with a "same for both legs" link."""

    def __init__(self, left: ScoreInput, right: ScoreInput, link: QToolButton, parent: QObject | None = None):
        super().__init__(parent)
        self.left, self.right, self.link = left, right, link
        link.setCheckable(True)
        link.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        link.toggled.connect(self._on_link_toggled)
        for control, other in ((left, right), (right, left)):
            control.valueChanged.connect(lambda value, other=other: self._follow(other, value))
            control.bothRequested.connect(self.set_both)
            control.linkToggleRequested.connect(link.toggle)

    def set_both(self, value: int) -> None:
        self.left.setValue(value)
        self.right.setValue(value)

    def _follow(self, other: ScoreInput, value: int) -> None:
        if self.link.isChecked():
            other.setValue(value)

    def _on_link_toggled(self, linked: bool) -> None:
        if linked:
            self.set_both(max(self.left.value(), self.right.value()))

    def set_values(self, left: int, right: int) -> None:
        """Load stored values: the link is released so they can differ."""
        self.link.setChecked(False)
        self.left.setValue(left)
        self.right.setValue(right)
