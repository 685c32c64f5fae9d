"""Whether the window can open here: a display, and the system libraries Qt's X11 plugin needs."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from diary_app.system_libraries import apt_command

# Platform plugins that draw without a window system (QT_QPA_PLATFORM=offscreen and friends).
HEADLESS_PLATFORMS = frozenset(
    {"offscreen", "minimal", "minimalegl", "vnc", "eglfs", "linuxfb", "vkkhrdisplay"}
)
NO_DISPLAY_MESSAGE = (
    "no display is available to open the window (DISPLAY and WAYLAND_DISPLAY are not set); "
    "the diary also works from the command line: see `symptom-diary --help` "
    "(demo, export, import, analyze, report, screenshot)"
)

X11_LIBRARY_MESSAGE = (
    "the window cannot open: Qt's X11 support needs {missing}, which is not installed "
    f"(on Debian or Ubuntu, every library Qt needs: {apt_command()}); "
    "the command line works without it: see `symptom-diary --help`"
)


def display_unavailable(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> bool:
    """True when Qt would abort for want of a display (checked before any QApplication exists)."""
    if platform.startswith(("win", "darwin", "cygwin")):
        return False
    plugin = environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    if plugin in HEADLESS_PLATFORMS:
        return False
    has_x11, has_wayland = bool(environ.get("DISPLAY")), bool(environ.get("WAYLAND_DISPLAY"))
    if plugin.startswith("wayland"):
        return not has_wayland
    if plugin == "xcb":
        return not has_x11
    return not (has_x11 or has_wayland)


def x11_plugin_problem(
    environ: Mapping[str, str] = os.environ, platform: str = sys.platform, plugin_path: Path | None = None
) -> str | None:
    """Why Qt's X11 (xcb) plugin cannot load, e.g. a missing libxcb-cursor0; None when it can.

    Qt aborts the process when its platform plugin fails, so this loads the plugin library first
    (as Qt would) and reports the missing system library instead.
    """
    plugin = environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    x11_default = not plugin and environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY")
    uses_x11 = plugin == "xcb" or bool(x11_default)
    if not platform.startswith("linux") or not uses_x11:
        return None
    if plugin_path is None:
        from PySide6.QtCore import QLibraryInfo

        folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
        plugin_path = folder / "libqxcb.so"
    if not plugin_path.exists():
        return None
    import ctypes

    try:
        ctypes.CDLL(str(plugin_path))
    except OSError as error:
        return str(error).split(": cannot open")[0]  # "libxcb-icccm.so.4: cannot open shared object…"
    return None
