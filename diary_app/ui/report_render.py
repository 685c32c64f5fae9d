"""The built PDF as pictures (pypdfium2): page images for the preview, and printing through QPrinter.

PySide6-Essentials has no QtPdf, so PDFium (through pypdfium2, imported only here and only when a
report is previewed or printed) draws the pages. PDFium is not thread-safe: the report page runs
every call of this module on its one worker thread. QPainter may paint on a QImage or a QPrinter
outside the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtCore import QSize
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter

POINTS_PER_INCH = 72
MAX_PRINT_DPI = 300  # sharper than any printed text needs; 1200 dpi pages would take 500 MB each
Progress = Callable[[int, int], None]  # (pages done, pages in all)
PAGE_TEXT_KEY = "page text"  # each preview image carries its page's words under this key


def _open(path: Path):
    import pypdfium2

    return pypdfium2.PdfDocument(str(path))


def page_image(page, scale: float) -> QImage:
    """One PDF page drawn at `scale` pixels per point, as an RGB image that owns its memory."""
    bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)
    try:
        image = QImage(
            bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888
        )
        return image.copy()
    finally:
        bitmap.close()


def page_text(page) -> str:
    """The words on a PDF page, for a screen reader (the preview itself is pictures)."""
    text_page = page.get_textpage()
    try:
        return text_page.get_text_range()
    finally:
        text_page.close()


def page_images(
    path: Path, width: int, limit: int, progress: Progress | None = None
) -> tuple[list[QImage], int]:
    """The first `limit` pages of the PDF at `path`, each `width` pixels wide, and its page count."""
    pdf = _open(path)
    try:
        total = len(pdf)
        images = []
        for index in range(min(total, limit)):
            page = pdf[index]
            image = page_image(page, width / page.get_width())
            image.setText(PAGE_TEXT_KEY, page_text(page))
            images.append(image)
            page.close()
            if progress is not None:
                progress(index + 1, min(total, limit))
        return images, total
    finally:
        pdf.close()


def print_pdf(path: Path, printer: QPrinter, progress: Progress | None = None) -> int:
    """Paints every page of the PDF at `path` on `printer` (at its resolution, at most MAX_PRINT_DPI),
    each page fitted to the paper; returns the number of pages printed."""
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    pdf = _open(path)
    painter = QPainter()
    try:
        total = len(pdf)
        if not painter.begin(printer):
            name = printer.printerName() or printer.outputFileName()
            raise OSError(f"the printer {name} could not be started")
        for index in range(total):
            if index and not printer.newPage():
                raise OSError("the printer refused a new page")
            page = pdf[index]
            image = page_image(page, dpi / POINTS_PER_INCH)
            page.close()
            painter.drawImage(fitted(image.size(), painter.viewport()), image)
            if progress is not None:
                progress(index + 1, total)
        return total
    finally:
        if painter.isActive():
            painter.end()
        pdf.close()


def fitted(size: QSize, area: QRect) -> QRect:
    """The largest rectangle of `size`'s proportions centred in `area`."""
    scaled = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    left = area.x() + (area.width() - scaled.width()) // 2
    top = area.y() + (area.height() - scaled.height()) // 2
    return QRect(left, top, scaled.width(), scaled.height())
