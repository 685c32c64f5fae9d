"""The Linux system libraries Qt needs for the window: named by the start-up check and in README."""

from __future__ import annotations

# Every library outside the PySide6 wheel that Qt's X11 plugin (platforms/libqxcb.so) and the Qt
# modules the program imports need, with the Debian and Ubuntu package that holds it.
# tests/packaging/test_system_libraries.py reads these files' ELF headers to keep the table whole.
DEBIAN_PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
    "libbrotlicommon.so.1": "libbrotli1",
    "libbrotlidec.so.1": "libbrotli1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}
# Part of every Debian and Ubuntu system (priority "required"): never missing.
BASE_SYSTEM = frozenset(
    {
        "libc.so.6",
        "libm.so.6",
        "libdl.so.2",
        "libpthread.so.0",
        "librt.so.1",
        "libresolv.so.2",
        "ld-linux-x86-64.so.2",
        "ld-linux-aarch64.so.1",
        "libstdc++.so.6",
        "libgcc_s.so.1",
        "libz.so.1",
        "libzstd.so.1",
    }
)


def packages() -> list[str]:
    """The packages to install, each once, sorted."""
    return sorted(set(DEBIAN_PACKAGES.values()))


def apt_command() -> str:
    return "sudo apt-get install " + " ".join(packages())


def package_of(library: str) -> str | None:
    """The package that holds `library` ("libxcb-icccm.so.4"); None for one not in the table."""
    return DEBIAN_PACKAGES.get(library.strip())
