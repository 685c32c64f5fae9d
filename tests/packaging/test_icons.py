"""The application icon: every desktop size exists, matches the SVG, and becomes the window icon."""

import importlib.util
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor
from PySide6.QtGui import QImage

from diary_app import APP_ID
from diary_app.app import window_icon_files

ROOT = Path(__file__).resolve().parents[2]
SPEC = importlib.util.spec_from_file_location("make_icons", ROOT / "packaging" / "make_icons.py")
make_icons = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(make_icons)

LEFT_BLUE, RIGHT_ORANGE = QColor("#0072B2"), QColor("#E69F00")


def test_every_size_is_shipped_and_found_for_the_window():
    expected = [make_icons.png_path(size) for size in make_icons.SIZES]
    assert make_icons.SOURCE.name == f"{APP_ID}.svg" and make_icons.SOURCE.is_file()
    assert sorted(window_icon_files()) == sorted(expected)
    for size, path in zip(make_icons.SIZES, expected, strict=True):
        assert QImage(str(path)).size() == QSize(size, size), path


def _max_difference(first: QImage, second: QImage) -> int:
    worst = 0
    for y in range(first.height()):
        for x in range(first.width()):
            a, b = first.pixelColor(x, y), second.pixelColor(x, y)
            worst = max(
                worst,
                abs(a.red() - b.red()),
                abs(a.green() - b.green()),
                abs(a.blue() - b.blue()),
                abs(a.alpha() - b.alpha()),
            )
    return worst


def test_shipped_pngs_are_rendered_from_the_current_svg(qapp):
    """Fails when the SVG was edited without running packaging/make_icons.py."""
    for size in (16, 32, 64):
        fresh = make_icons.render(make_icons.SOURCE, size).convertToFormat(QImage.Format.Format_ARGB32)
        shipped = QImage(str(make_icons.png_path(size))).convertToFormat(QImage.Format.Format_ARGB32)
        assert _max_difference(fresh, shipped) <= 8, size


def _has_colour_near(image: QImage, colour: QColor) -> bool:
    return any(
        _close(image.pixelColor(x, y), colour) for y in range(image.height()) for x in range(image.width())
    )


def _close(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) <= 12


def test_small_icon_shows_the_left_leg_blue_on_the_left_and_the_right_leg_orange(qapp):
    image = QImage(str(make_icons.png_path(16))).convertToFormat(QImage.Format.Format_ARGB32)
    left_half, right_half = image.copy(0, 0, 8, 16), image.copy(8, 0, 8, 16)
    assert _has_colour_near(left_half, LEFT_BLUE) and not _has_colour_near(left_half, RIGHT_ORANGE)
    assert _has_colour_near(right_half, RIGHT_ORANGE) and not _has_colour_near(right_half, LEFT_BLUE)


def test_the_application_gets_the_icon_in_every_size(qapp, tmp_path):
    from PySide6.QtCore import QLocale
    from PySide6.QtCore import QSettings

    from diary_app.app import configure_application
    from diary_app.settings import AppSettings

    saved = (QLocale(), qapp.font(), qapp.palette(), qapp.style().name(), qapp.windowIcon())
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    try:
        configure_application(qapp, settings, "en")
        sizes = {size.width() for size in qapp.windowIcon().availableSizes()}
    finally:  # configure_application changes the application's look; put it back for other tests
        locale, font, palette, style, icon = saved
        QLocale.setDefault(locale)
        qapp.setStyle(style)
        qapp.setFont(font)
        qapp.setPalette(palette)
        qapp.setWindowIcon(icon)
    assert set(make_icons.SIZES) <= sizes


def test_each_icon_is_given_the_size_it_has(qapp):
    """The window's icon names each PNG's size from its folder instead of reading the file."""
    from diary_app.app import icon_size

    pngs = [p for p in window_icon_files() if p.suffix == ".png"]
    assert len(pngs) >= 8
    for path in pngs:
        assert icon_size(path) == QImage(str(path)).size(), path
    assert icon_size(Path("resources/icons/org.symptomdiary.SymptomDiary.svg")).isEmpty()
    assert icon_size(Path("icons/apps/other.png")).isEmpty()
