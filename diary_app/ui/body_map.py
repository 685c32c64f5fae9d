"""The body map: both legs, lower back, buttocks/hips and hands seen from behind, per side.

The picture is drawn in a fixed left-to-right frame whatever the layout direction: the patient's
left leg is always on the left of the picture (a back view), so mirroring the window for Arabic never
swaps the legs. Each region is a checkable button child, so it is focusable, clickable and has an
accessible name; only one region is a Tab stop at a time and the arrow keys move between regions.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.domain.places import COARSE_PLACES as REGIONS
from diary_app.domain.vocab import SIDES
from diary_app.ui.score_input import outline_colour, side_colour, side_ink

CONTEXT = "BodyMap"
REGION_NAMES = {
    ("left", "feet"): QT_TRANSLATE_NOOP("BodyMap", "Left foot"),
    ("left", "lower_leg"): QT_TRANSLATE_NOOP("BodyMap", "Left lower leg (calf and shin)"),
    ("left", "knee_thigh"): QT_TRANSLATE_NOOP("BodyMap", "Left knee and thigh"),
    ("left", "buttock_hip"): QT_TRANSLATE_NOOP("BodyMap", "Left buttock and hip"),
    ("left", "lower_back"): QT_TRANSLATE_NOOP("BodyMap", "Lower back, left side"),
    ("left", "hands"): QT_TRANSLATE_NOOP("BodyMap", "Left hand"),
    ("right", "feet"): QT_TRANSLATE_NOOP("BodyMap", "Right foot"),
    ("right", "lower_leg"): QT_TRANSLATE_NOOP("BodyMap", "Right lower leg (calf and shin)"),
    ("right", "knee_thigh"): QT_TRANSLATE_NOOP("BodyMap", "Right knee and thigh"),
    ("right", "buttock_hip"): QT_TRANSLATE_NOOP("BodyMap", "Right buttock and hip"),
    ("right", "lower_back"): QT_TRANSLATE_NOOP("BodyMap", "Lower back, right side"),
    ("right", "hands"): QT_TRANSLATE_NOOP("BodyMap", "Right hand"),
}

# Boxes (x, y, width, height) in picture units, patient's left side; the right side mirrors them
# around the centre line. The picture is WIDTH units wide and BODY_HEIGHT units tall, leg labels below.
WIDTH, BODY_HEIGHT, TOP_MARGIN = 15.0, 14.6, 0.3
MIN_UNIT = 22.0  # pixels per unit: the smallest map whose places are still easy to click
LEFT_BOXES = {
    "lower_back": (3.4, 0.0, 4.1, 2.4),
    "buttock_hip": (3.4, 2.4, 4.1, 2.7),
    "knee_thigh": (3.7, 5.1, 3.5, 4.0),
    "lower_leg": (3.9, 9.1, 3.1, 3.7),
    "feet": (3.5, 12.8, 3.6, 1.8),
    "hands": (0.0, 5.0, 2.7, 3.2),
}
PATTERNS = {"left": Qt.BrushStyle.BDiagPattern, "right": Qt.BrushStyle.FDiagPattern}


def region_name(side: str, region: str) -> str:
    return QCoreApplication.translate(CONTEXT, REGION_NAMES[(side, region)])


def region_box(side: str, region: str) -> QRectF:
    x, y, width, height = LEFT_BOXES[region]
    if side == "right":
        x = WIDTH - x - width
    return QRectF(x, y, width, height)


class RegionButton(QAbstractButton):
    """One region of one side: toggled by click or Space, painted as part of the map."""

    def __init__(self, side: str, region: str, body_map: BodyMap):
        super().__init__(body_map)
        self.side, self.region, self.body_map = side, region, body_map
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        name = region_name(side, region)
        self.setAccessibleName(name)
        self.setToolTip(name)
        self.setAccessibleDescription(body_map.keys_help())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        steps = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        step = steps.get(Qt.Key(event.key()))
        if step is None:
            super().keyPressEvent(event)
            return
        self.body_map.move_focus(self, *step)
        event.accept()

    def focusInEvent(self, event) -> None:  # noqa: N802
        self.body_map.make_current(self)
        super().focusInEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        shape = self._shape()
        if self.isChecked():
            painter.fillPath(shape, side_colour(self.side))
            painter.fillPath(shape, QBrush(QColor(255, 255, 255, 170), PATTERNS[self.side]))
            painter.strokePath(shape, QPen(palette.color(palette.ColorRole.Text), 3))
        else:
            painter.fillPath(shape, palette.color(palette.ColorRole.Base))
            painter.strokePath(shape, QPen(outline_colour(palette), 1.5))
        if self.hasFocus():
            pen = QPen(palette.color(palette.ColorRole.Text), 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))

    def _shape(self) -> QPainterPath:
        inner = QRectF(self.rect()).adjusted(4, 3, -4, -3)
        radius = min(inner.width(), inner.height()) / (2.2 if self.region in ("hands", "feet") else 4)
        path = QPainterPath()
        path.addRoundedRect(inner, radius, radius)
        return path

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.geometry().size()


class BodyMap(QWidget):
    """Where symptoms are felt, per side; emits regionsChanged when the patient toggles a region."""

    regionsChanged = Signal()  # noqa: N815 (Qt signal naming)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Where you feel it"))
        self.setAccessibleDescription(self.keys_help())
        self.buttons: dict[tuple[str, str], RegionButton] = {}
        for side in SIDES:
            for region in REGIONS:
                button = RegionButton(side, region, self)
                button.toggled.connect(self._on_toggled)
                self.buttons[(side, region)] = button
        self._current = self.buttons[("left", "feet")]
        self._current.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(self._current)

    def keys_help(self) -> str:
        return self.tr(
            "Arrow keys move between body parts; Space marks or unmarks the one with the "
            "dashed frame. Seen from behind: your left leg is on the left."
        )

    # Public API

    def regions(self, side: str) -> frozenset[str]:
        return frozenset(region for (s, region), b in self.buttons.items() if s == side and b.isChecked())

    def set_regions(self, left: frozenset[str], right: frozenset[str]) -> None:
        """Show stored regions without emitting regionsChanged."""
        chosen = {"left": frozenset(left), "right": frozenset(right)}
        for (side, region), button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(region in chosen[side])
            button.blockSignals(False)
            button.update()

    def button(self, side: str, region: str) -> RegionButton:
        return self.buttons[(side, region)]

    def _on_toggled(self, _checked: bool) -> None:
        self.regionsChanged.emit()

    # Keyboard focus

    def make_current(self, button: RegionButton) -> None:
        """The focused region becomes the map's only Tab stop (a roving tab stop)."""
        if button is self._current:
            return
        self._current.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._current = button
        self.setFocusProxy(button)

    def move_focus(self, origin: RegionButton, dx: int, dy: int) -> None:
        """Focus the nearest region in the direction (dx, dy) of the picture, never mirrored."""
        start = region_box(origin.side, origin.region).center()
        best, best_score = None, None
        for button in self.buttons.values():
            offset = region_box(button.side, button.region).center() - start
            along = offset.x() * dx + offset.y() * dy
            if along <= 0.1:
                continue
            across = abs(offset.y()) if dx else abs(offset.x())
            score = along + 2 * across
            if best_score is None or score < best_score:
                best, best_score = button, score
        if best is not None:
            best.setFocus(Qt.FocusReason.OtherFocusReason)

    # Geometry and painting

    def _font_unit(self) -> float:
        return max(MIN_UNIT, self.fontMetrics().height() * 1.35)

    def _unit(self) -> float:
        """The font's unit, smaller when the map is narrower (large text in a narrow window)."""
        return max(MIN_UNIT, min(self._font_unit(), (self.width() - 2) / WIDTH))

    def _label_height(self) -> int:
        return self.fontMetrics().height() * 2 + 8

    def sizeHint(self) -> QSize:  # noqa: N802
        unit = self._font_unit()
        return QSize(round(WIDTH * unit) + 2, round((BODY_HEIGHT + TOP_MARGIN) * unit) + self._label_height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(round(WIDTH * MIN_UNIT) + 2, self.sizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_buttons()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._place_buttons()

    def _to_pixels(self, box: QRectF) -> QRect:
        unit = self._unit()
        left = (self.width() - WIDTH * unit) / 2
        return QRectF(
            left + box.x() * unit, (box.y() + TOP_MARGIN) * unit, box.width() * unit, box.height() * unit
        ).toRect()

    def _place_buttons(self) -> None:
        # Absolute geometry: Qt mirrors layouts in right-to-left mode, never setGeometry().
        for (side, region), button in self.buttons.items():
            button.setGeometry(self._to_pixels(region_box(side, region)))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_silhouette(painter)
        self._paint_leg_labels(painter)

    def _paint_silhouette(self, painter: QPainter) -> None:
        mid = self.palette().color(self.palette().ColorRole.Mid)
        fill = self.palette().color(self.palette().ColorRole.AlternateBase)
        arms = QPainterPath()
        for side in SIDES:
            back = QRectF(self._to_pixels(region_box(side, "lower_back")))
            shoulder = QPointF(back.left() + 4 if side == "left" else back.right() - 4, back.top() + 4)
            arms.moveTo(shoulder)
            arms.lineTo(QRectF(self._to_pixels(region_box(side, "hands"))).center())
        width = self._unit() * 0.9
        for pen in (QPen(mid, width + 3), QPen(fill, width)):
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.strokePath(arms, pen)
        outline = QPainterPath()
        body = region_box("left", "lower_back").united(region_box("right", "buttock_hip"))
        outline.addRoundedRect(QRectF(self._to_pixels(body)).adjusted(-3, -3, 3, 3), 10, 10)
        for side in SIDES:
            leg = region_box(side, "knee_thigh").united(region_box(side, "feet"))
            outline.addRoundedRect(QRectF(self._to_pixels(leg)).adjusted(-2, -2, 2, 2), 12, 12)
        painter.setPen(QPen(mid, 1.5))
        painter.setBrush(fill)
        painter.drawPath(outline.simplified())

    def _paint_leg_labels(self, painter: QPainter) -> None:
        labels = {"left": self.tr("Left leg"), "right": self.tr("Right leg")}
        top = round((BODY_HEIGHT + TOP_MARGIN) * self._unit()) + 4
        for side in SIDES:
            column = self._to_pixels(region_box(side, "feet"))
            rect = QRect(column.center().x() - column.width(), top, column.width() * 2, self._label_height())
            painter.setPen(side_ink(side))
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
            painter.drawText(rect, flags, labels[side])
