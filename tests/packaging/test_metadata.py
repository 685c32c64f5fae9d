"""The desktop entry and AppStream metainfo: valid, and naming the program as pyproject and APP_ID do."""

import configparser
import importlib.util
import shutil
import subprocess
import tomllib
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from diary_app import APP_ID
from diary_app import APP_NAME
from diary_app import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
ARABIC_NAME = "يوميات الأعراض"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

needs_desktop_validate = pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate (desktop-file-utils) is absent",
)
needs_appstreamcli = pytest.mark.skipif(
    shutil.which("appstreamcli") is None, reason="appstreamcli (appstream) is absent"
)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive: Name[ar]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def script_name() -> str:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    (name,) = [name for name, target in scripts.items() if target == "diary_app.cli:main"]
    return name


def localized(root: ET.Element, tag: str) -> dict[str | None, str]:
    return {element.get(XML_LANG): " ".join(element.text.split()) for element in root.findall(tag)}


def load_screenshot_tool():
    path = PACKAGING / "metainfo_screenshots.py"
    spec = importlib.util.spec_from_file_location("metainfo_screenshots", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_validator(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


@needs_desktop_validate
def test_desktop_file_passes_desktop_file_validate():
    result = run_validator("desktop-file-validate", str(DESKTOP))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout and "warning" not in result.stdout, result.stdout


@needs_appstreamcli
def test_metainfo_passes_appstreamcli():
    result = run_validator("appstreamcli", "validate", "--no-net", "--pedantic", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr
    # The only remark allowed is the pedantic one about the capitals of the (fixed) reverse-DNS id.
    remarks = [line for line in result.stdout.splitlines() if line[:2] in ("E:", "W:", "I:", "P:")]
    assert all("cid-contains-uppercase-letter" in line for line in remarks), result.stdout


@needs_appstreamcli
def test_metainfo_with_published_screenshots_passes_appstreamcli(tmp_path):
    tool = load_screenshot_tool()
    out = tmp_path / METAINFO.name
    out.write_text(
        tool.with_screenshots(METAINFO.read_text(encoding="utf-8"), "https://example.org/shots"),
        encoding="utf-8",
    )
    result = run_validator("appstreamcli", "validate", "--no-net", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    images = [image.text for image in ET.parse(out).getroot().iter("image")]
    assert images[0] == "https://example.org/shots/entry-en-100.png" and len(images) == len(tool.SCREENSHOTS)


def test_screenshots_must_be_web_addresses():
    with pytest.raises(ValueError, match="https"):
        load_screenshot_tool().with_screenshots(METAINFO.read_text(encoding="utf-8"), "docs/screenshots")


def test_desktop_entry_names_the_program_as_the_package_does():
    entry = desktop_entry()
    assert entry["Name"] == APP_NAME and entry["Name[ar]"] == ARABIC_NAME
    assert entry["Exec"] == entry["TryExec"] == script_name()
    assert entry["Icon"] == APP_ID
    assert (ROOT / "resources" / "icons" / f"{APP_ID}.svg").is_file()
    assert {"Utility", "MedicalSoftware"} <= set(entry["Categories"].rstrip(";").split(";"))


def test_metainfo_ids_match_the_desktop_file_the_script_and_the_version():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable[@type='desktop-id']").text == DESKTOP.name
    assert root.findtext("provides/binary") == script_name()
    assert root.find("releases/release").get("version") == __version__
    assert localized(root, "name") == {None: APP_NAME, "ar": ARABIC_NAME}
    assert set(localized(root, "summary")) == {None, "ar"}
    assert root.find("content_rating").get("type") == "oars-1.1"


def test_arabic_texts_are_in_logical_order():
    """Stored as Arabic letters in reading order: no presentation forms, no direction marks."""
    root = ET.parse(METAINFO).getroot()
    entry = desktop_entry()
    texts = [value for key, value in entry.items() if key.endswith("[ar]")]
    texts += [" ".join(element.itertext()) for element in root.iter() if element.get(XML_LANG) == "ar"]
    assert len(texts) >= 8
    for text in texts:
        assert any(unicodedata.bidirectional(char) == "AL" for char in text), text
        shaped_or_marks = [
            char for char in text if 0xFB50 <= ord(char) <= 0xFEFF or unicodedata.category(char) == "Cf"
        ]
        assert not shaped_or_marks, text


def test_arabic_name_is_the_one_the_program_shows():
    catalogue = ET.parse(ROOT / "translations" / "diary_app_ar.ts").getroot()
    translations = {
        message.findtext("translation")
        for message in catalogue.iter("message")
        if message.findtext("source") == APP_NAME
    }
    assert translations == {ARABIC_NAME}


def test_the_autostart_entry_names_the_program_as_the_desktop_file_does():
    from diary_app.autostart import desktop_entry as autostart_entry

    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str
    parser.read_string(autostart_entry("symptom-diary"))
    autostart, installed = parser["Desktop Entry"], desktop_entry()
    assert (autostart["Name"], autostart["Name[ar]"]) == (installed["Name"], installed["Name[ar]"])
    assert autostart["Name[ar]"] == ARABIC_NAME and autostart["Icon"] == installed["Icon"]
