"""Render the application icon SVG to the PNG sizes desktops use (resources/icons/hicolor/NxN/apps/)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from diary_app import APP_ID  # noqa: E402

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / f"{APP_ID}.svg"


def png_path(size: int, folder: Path = ICONS) -> Path:
    return folder / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(source: Path, size: int):
    """The SVG drawn into a transparent size × size QImage."""
    from PySide6.QtCore import QRectF
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"{source} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def make_icons(source: Path = SOURCE, folder: Path = ICONS) -> list[Path]:
    written = []
    for size in SIZES:
        target = png_path(size, folder)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(source, size).save(str(target), "PNG"):
            raise SystemExit(f"could not write {target}")
        written.append(target)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ICONS, help="folder to write hicolor/ into")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (QImage text/fonts need it)
    for path in make_icons(SOURCE, args.out):
        sys.stdout.write(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
