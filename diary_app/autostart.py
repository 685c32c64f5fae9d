"""Start the program at login: an XDG autostart .desktop entry, written or removed on request."""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path

DESKTOP_FILE_NAME = "org.symptomdiary.SymptomDiary.desktop"
COMMAND_NAME = "symptom-diary"


def autostart_dir(environ: Mapping[str, str] = os.environ) -> Path:
    """$XDG_CONFIG_HOME/autostart, or ~/.config/autostart when the variable is unset or empty."""
    config_home = environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config_home) / "autostart"


def autostart_file(environ: Mapping[str, str] = os.environ) -> Path:
    return autostart_dir(environ) / DESKTOP_FILE_NAME


def launch_command() -> str:
    """The installed `symptom-diary` script when on PATH, else this Python running the package."""
    installed = shutil.which(COMMAND_NAME)
    arguments = [installed] if installed else [sys.executable, "-m", "diary_app"]
    return " ".join(_desktop_quote(argument) for argument in arguments)


def _desktop_quote(argument: str) -> str:
    """Quote one Exec argument as the Desktop Entry specification asks (double quotes, escapes)."""
    if not any(char in argument for char in " \t\n\"'\\><~|&;$*?#()`"):
        return argument.replace("%", "%%")
    escaped = "".join("\\" + char if char in '"`$\\' else char for char in argument)
    return '"' + escaped.replace("%", "%%") + '"'


def desktop_entry(command: str) -> str:
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Name=Symptom Diary",
            "Name[ar]=يوميات الأعراض",
            "Comment=Daily diary of leg symptoms and vitamin B12 doses",
            f"Exec={command}",
            "Icon=org.symptomdiary.SymptomDiary",
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
            "",
        ]
    )


def is_enabled(environ: Mapping[str, str] = os.environ) -> bool:
    return autostart_file(environ).is_file()


def set_enabled(enabled: bool, environ: Mapping[str, str] = os.environ, command: str | None = None) -> Path:
    """Write (enabled) or remove (disabled) the autostart entry; returns its path."""
    path = autostart_file(environ)
    if not enabled:
        path.unlink(missing_ok=True)
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(desktop_entry(command or launch_command()), encoding="utf-8")
    os.replace(temporary, path)
    return path


def shell_words(command: str) -> list[str]:
    """The arguments of an Exec line (for checking it), undoing the %% escape."""
    return [word.replace("%%", "%") for word in shlex.split(command)]
