"""The report preview: the PDF's pages as pictures in a scroll area, each as wide as the view."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtGui import QPalette
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from diary_app.domain.messages import fill_placeholders
from diary_app.ui.report_render import PAGE_TEXT_KEY

PAGE_GAP = 12  # pixels between pages and around them


class PreviewPane(QScrollArea):
    """Shows page images scaled to the width of the view; arrows, Page Up/Down, Home/End scroll it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setBackgroundRole(QPalette.ColorRole.Dark)
        inner = QWidget()
        self.column = QVBoxLayout(inner)
        self.column.setContentsMargins(PAGE_GAP, PAGE_GAP, PAGE_GAP, PAGE_GAP)
        self.column.setSpacing(PAGE_GAP)
        self.column.addStretch(1)
        self.setWidget(inner)
        self.images: list[QImage] = []
        self.page_labels: list[QLabel] = []
        self.rescale_timer = QTimer(self, singleShot=True, interval=0)
        self.rescale_timer.timeout.connect(self.rescale)

    def set_pages(self, images: list[QImage]) -> None:
        """Replaces the shown pages (keeping the scroll position when the page count is unchanged)."""
        for label in self.page_labels[len(images) :]:
            self.column.removeWidget(label)
            label.deleteLater()
        del self.page_labels[len(images) :]
        while len(self.page_labels) < len(images):
            self.page_labels.append(self._page_label())
            self.column.insertWidget(len(self.page_labels) - 1, self.page_labels[-1])
        self.images = list(images)
        self._describe()
        self.rescale()

    def _describe(self) -> None:
        """Each page's words as its description, all of them as the pane's: the pictures made readable."""
        texts = [image.text(PAGE_TEXT_KEY) for image in self.images]
        for number, (label, text) in enumerate(zip(self.page_labels, texts, strict=False), start=1):
            label.setAccessibleName(
                fill_placeholders(self.tr("Page %1 of the preview"), [QLocale().toString(number)], False)
            )
            label.setAccessibleDescription(text)
        self.setAccessibleDescription("\n\n".join(texts))

    def _page_label(self) -> QLabel:
        label = QLabel()
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        label.setFrameShape(QFrame.Shape.Box)
        label.setStyleSheet("background: white")
        return label

    def page_width(self) -> int:
        """The width a page is drawn at: the view's, less the gaps."""
        return max(100, self.viewport().width() - 2 * PAGE_GAP - 2)

    def rescale(self) -> None:
        ratio = self.devicePixelRatioF()
        width = self.page_width()
        for label, image in zip(self.page_labels, self.images, strict=False):
            pixmap = QPixmap.fromImage(
                image.scaledToWidth(round(width * ratio), Qt.TransformationMode.SmoothTransformation)
            )
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
            label.setFixedSize(round(pixmap.width() / ratio) + 2, round(pixmap.height() / ratio) + 2)

    def settled(self) -> bool:
        """True once the pages are scaled and laid out (no rescale or layout request pending)."""
        inner = self.widget()
        return (
            inner is not None
            and not self.rescale_timer.isActive()
            and inner.width() == self.viewport().width()
            and inner.height() >= inner.minimumSizeHint().height()
        )

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """QScrollArea scrolls with arrows and Page Up/Down; Home and End go to the first and last page."""
        bar = self.verticalScrollBar()
        if event.key() == Qt.Key.Key_Home:
            bar.setValue(bar.minimum())
        elif event.key() == Qt.Key.Key_End:
            bar.setValue(bar.maximum())
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self.images:
            self.rescale_timer.start()
