"""The body map: both legs from the front and from behind, lower back, buttocks, saddle and hands.

The outlines come from resources/body_map/shapes.json (charts/body_shapes.py), the same ones the
charts and the PDF draw. The picture is drawn in a fixed left-to-right frame whatever the layout
direction: the patient's left leg is on the left in both views, so mirroring the window for Arabic
never swaps the legs. Each place is a checkable button child, masked to its outline, so it is
focusable, clickable and has an accessible name; only one place is a Tab stop at a time and the
arrow keys move between neighbouring places.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF
from PySide6.QtCore import QRect
from PySide6.QtCore import QRectF
from PySide6.QtCore import QSize
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush
from PySide6.QtGui import QColor
from PySide6.QtGui import QKeyEvent
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPainterPath
from PySide6.QtGui import QPaintEvent
from PySide6.QtGui import QPen
from PySide6.QtGui import QRegion
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import QAbstractButton
from PySide6.QtWidgets import QSizePolicy
from PySide6.QtWidgets import QWidget

from diary_app.charts.body_shapes import Shape
from diary_app.charts.body_shapes import body_shapes
from diary_app.domain.places import COVERS
from diary_app.domain.places import shown_as
from diary_app.domain.vocab import SIDES
from diary_app.ui.body_map_names import caption
from diary_app.ui.body_map_names import place_name
from diary_app.ui.body_map_names import view_title
from diary_app.ui.score_input import outline_colour
from diary_app.ui.score_input import side_colour
from diary_app.ui.score_input import side_ink

MIN_UNIT = 26.0  # pixels per picture unit: the narrowest places (1.3 units) stay 32 px wide
PATTERNS = {"left": Qt.BrushStyle.BDiagPattern, "right": Qt.BrushStyle.FDiagPattern}
STEPS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}


def painter_path(shape: Shape, scale: float, origin: QPointF) -> QPainterPath:
    """The shape's outline in pixels: its outline in picture units, scaled and moved by Qt."""
    return QTransform(scale, 0, 0, scale, origin.x(), origin.y()).map(unit_path(shape))


@cache
def unit_path(shape: Shape) -> QPainterPath:
    """The shape's outline in picture units, made once: the map places 34 outlines at each resize
    and draws the silhouette at each paint (~0.25 ms per outline made point by point in Python)."""
    path = QPainterPath()
    for op, args in shape.commands:
        points = [QPointF(args[i], args[i + 1]) for i in range(0, len(args), 2)]
        if op == "M":
            path.moveTo(points[0])
        elif op == "L":
            path.lineTo(points[0])
        elif op == "C":
            path.cubicTo(*points)
        else:
            path.closeSubpath()
    return path


class RegionButton(QAbstractButton):
    """One place of one side: toggled by click or Space, painted and masked to its outline."""

    def __init__(self, shape: Shape, body_map: BodyMap):
        super().__init__(body_map)
        self.side, self.region, self.shape, self.body_map = shape.side, shape.place, shape, body_map
        self._path = QPainterPath()
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        name = place_name(self.side, self.region)
        self.setAccessibleName(name)
        self.setToolTip(name)
        self.setAccessibleDescription(body_map.keys_help())

    def set_outline(self, path: QPainterPath) -> None:
        """Place the button over `path` (map pixels) and keep clicks inside the outline."""
        rect = path.boundingRect().toAlignedRect().adjusted(-1, -1, 1, 1)
        self.setGeometry(rect)
        self._path = path.translated(-QPointF(rect.topLeft()))
        self.setMask(QRegion(self._path.toFillPolygon().toPolygon()))

    def hitButton(self, pos) -> bool:  # noqa: N802
        return self._path.contains(QPointF(pos))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        step = STEPS.get(Qt.Key(event.key()))
        if step is None:
            super().keyPressEvent(event)
            return
        self.body_map.move_focus(self, *step)
        event.accept()

    def focusInEvent(self, event) -> None:  # noqa: N802
        self.body_map.make_current(self)
        self.body_map.show_caption(self)
        super().focusInEvent(event)

    def enterEvent(self, event) -> None:  # noqa: N802
        self.body_map.show_caption(self)
        super().enterEvent(event)

    def leaveEvent(self, event) -> None:  # noqa: N802
        self.body_map.show_caption(None)
        super().leaveEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        if self.isChecked():
            painter.fillPath(self._path, side_colour(self.side))
            painter.fillPath(self._path, QBrush(QColor(255, 255, 255, 170), PATTERNS[self.side]))
            painter.strokePath(self._path, QPen(palette.color(palette.ColorRole.Text), 3))
        else:
            painter.fillPath(self._path, palette.color(palette.ColorRole.Base))
            painter.strokePath(self._path, QPen(outline_colour(palette), 2))
        if self.hasFocus() or self.underMouse():
            pen = QPen(palette.color(palette.ColorRole.Text), 5, Qt.PenStyle.DashLine)
            painter.strokePath(self._path, pen)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.geometry().size()


class BodyMap(QWidget):
    """Where symptoms are felt, per side; emits regionsChanged when the patient toggles a place."""

    regionsChanged = Signal()  # noqa: N815 (Qt signal naming)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.shapes = body_shapes()
        policy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)  # a narrower map is shorter too: no empty band below it
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("Where you feel it"))
        self.setAccessibleDescription(self.keys_help())
        self.buttons: dict[tuple[str, str], RegionButton] = {}
        for shape in self.shapes.places:
            button = RegionButton(shape, self)
            button.toggled.connect(self._on_toggled)
            self.buttons[(shape.side, shape.place)] = button
        self._coarse: dict[str, set[str]] = {side: set() for side in SIDES}
        self._caption = ""
        self._current = self.buttons[("left", "toes")]
        self._placed_at: tuple[float, float, float] | None = None  # the unit and origin of the outlines
        self._current.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(self._current)

    def keys_help(self) -> str:
        return self.tr(
            "Arrow keys move between body parts; Space marks or unmarks the one with the dashed "
            "frame. Front and back views: your left leg is on the left in both."
        )

    # Public API

    def regions(self, side: str) -> frozenset[str]:
        """The marked places; an older entry's whole area (e.g. "feet") while all of it stays marked."""
        found = {place for (s, place), b in self.buttons.items() if s == side and b.isChecked()}
        for coarse in self._coarse[side]:
            found -= set(COVERS[coarse])
            found.add(coarse)
        return frozenset(found)

    def set_regions(self, left: frozenset[str], right: frozenset[str]) -> None:
        """Show stored places without emitting regionsChanged; an old coarse place lights its area."""
        chosen = {"left": frozenset(left), "right": frozenset(right)}
        self._coarse = {side: {c for c in chosen[side] if c in COVERS} for side in SIDES}
        shown = {side: shown_as(chosen[side]) for side in SIDES}
        for (side, region), button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(region in shown[side])
            button.blockSignals(False)
            button.update()

    def button(self, side: str, region: str) -> RegionButton:
        return self.buttons[(side, region)]

    def caption_text(self) -> str:
        return self._caption

    def _on_toggled(self, _checked: bool) -> None:
        for side in SIDES:  # a part of an old whole area unmarked: the rest stays as marked
            self._coarse[side] = {
                c for c in self._coarse[side] if all(self.buttons[(side, p)].isChecked() for p in COVERS[c])
            }
        focused = next((b for b in self.buttons.values() if b.hasFocus()), None)
        self.show_caption(focused)
        self.regionsChanged.emit()

    # Keyboard focus and the caption

    def make_current(self, button: RegionButton) -> None:
        """The focused place becomes the map's only Tab stop (a roving tab stop)."""
        if button is self._current:
            return
        self._current.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._current = button
        self.setFocusProxy(button)

    def move_focus(self, origin: RegionButton, dx: int, dy: int) -> None:
        """Focus the nearest place in the direction (dx, dy) of the picture, never mirrored."""
        start_x, start_y = origin.shape.centre()
        best, best_score = None, None
        for button in self.buttons.values():
            x, y = button.shape.centre()
            along = (x - start_x) * dx + (y - start_y) * dy
            if along <= 0.1:
                continue
            across = abs(y - start_y) if dx else abs(x - start_x)
            score = along + 2 * across
            if best_score is None or score < best_score:
                best, best_score = button, score
        if best is not None:
            best.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_caption(self, button: RegionButton | None) -> None:
        """Name the place under the mouse or with the focus below the picture."""
        if button is None:
            button = next((b for b in self.buttons.values() if b.hasFocus()), None)
        self._caption = "" if button is None else caption(button.side, button.region, button.isChecked())
        self.update()

    # Geometry and painting

    def _font_unit(self) -> float:
        return max(MIN_UNIT, self.fontMetrics().height() * 1.05)

    def _unit(self) -> float:
        """The font's unit, smaller when the map is narrower (large text in a narrow window)."""
        return max(MIN_UNIT, min(self._font_unit(), (self.width() - 2) / self.shapes.width))

    def _title_height(self) -> int:
        return self.fontMetrics().height() * 2 + 6

    def _label_height(self) -> int:
        return self.fontMetrics().height() * 3 + 10

    def _height_at(self, unit: float) -> int:
        return self._title_height() + round(self.shapes.height * unit) + self._label_height()

    def sizeHint(self) -> QSize:  # noqa: N802
        unit = self._font_unit()
        return QSize(round(self.shapes.width * unit) + 2, self._height_at(unit))

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._height_at(max(MIN_UNIT, min(self._font_unit(), (width - 2) / self.shapes.width)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(round(self.shapes.width * MIN_UNIT) + 2, self._height_at(MIN_UNIT))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_buttons()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._place_buttons()

    def _origin(self) -> QPointF:
        return QPointF((self.width() - self.shapes.width * self._unit()) / 2, self._title_height())

    def _place_buttons(self) -> None:
        # Absolute geometry: Qt mirrors layouts in right-to-left mode, never setGeometry().
        unit, origin = self._unit(), self._origin()
        if self._placed_at == (unit, origin.x(), origin.y()):
            return  # shown after its last resize: the same outlines (34 paths) again
        self._placed_at = (unit, origin.x(), origin.y())
        for button in self.buttons.values():
            button.set_outline(painter_path(button.shape, unit, origin))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        unit, origin = self._unit(), self._origin()
        painter.setPen(QPen(palette.color(palette.ColorRole.Mid), 1.5))
        painter.setBrush(palette.color(palette.ColorRole.AlternateBase))
        for part in self.shapes.silhouette:
            painter.drawPath(painter_path(part, unit, origin))
        self._paint_texts(painter, unit, origin)

    def _paint_texts(self, painter: QPainter, unit: float, origin: QPointF) -> None:
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap
        half = 6.3 * unit
        painter.setPen(self.palette().color(self.palette().ColorRole.Text))
        for view, centre in self.shapes.views.items():
            x = origin.x() + centre * unit
            rect = QRectF(x - half, 0, 2 * half, self._title_height())
            painter.drawText(rect, flags | Qt.AlignmentFlag.AlignBottom, view_title(view))
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        labels = {"left": self.tr("Left leg"), "right": self.tr("Right leg")}
        top = origin.y() + self.shapes.height * unit + 4
        line = self.fontMetrics().height()
        for centre in self.shapes.views.values():
            for side, sign in (("left", -1), ("right", 1)):
                x = origin.x() + (centre + sign * 2.1) * unit
                painter.setPen(side_ink(side))
                rect = QRectF(x - 2.1 * unit, top, 4.2 * unit, 2 * line + 2)
                painter.drawText(rect, flags | Qt.AlignmentFlag.AlignTop, labels[side])
        font.setBold(False)
        painter.setFont(font)
        painter.setPen(self.palette().color(self.palette().ColorRole.Text))
        caption_rect = QRect(0, round(top + 2 * line + 4), self.width(), line + 4)
        painter.drawText(
            caption_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self._caption
        )
