"""Extract every translatable string into diary_app_ar.ts (kept translations merged in) and build the .qm.

Usage (from the repository root):
    python translations/update.py            # extract, merge, compile diary_app_ar.qm
    python translations/update.py --check    # exit 1 when the .ts misses strings or the .qm is stale

pyside6-lupdate reads the sources; the merge is done here because lupdate would turn plural messages
marked with QT_TRANSLATE_NOOP (the Qt-free core) back into singular ones and drop their forms.
Any message whose source holds %n is a plural message with Arabic's six forms. English, the source
language, has a catalogue of its own holding only the plural messages, with English's two forms
("%n day", "%n days"): diary_app_en.ts / .qm; new plural messages come in unfinished there too.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "diary_app"
TRANSLATIONS = ROOT / "translations"
LANGUAGE = "ar"
TS_FILE = TRANSLATIONS / f"diary_app_{LANGUAGE}.ts"
QM_FILE = TRANSLATIONS / f"diary_app_{LANGUAGE}.qm"
NUMERUS_FORMS = {"ar": 6, "en": 2}
EN_TS_FILE = TRANSLATIONS / "diary_app_en.ts"
EN_QM_FILE = TRANSLATIONS / "diary_app_en.qm"


@dataclass
class Entry:
    """One message of a .ts file; `forms` holds one text, or one per plural form."""

    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    forms: list[str] = field(default_factory=list)
    finished: bool = False

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment


def source_files() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def qt_tool(name: str) -> list[str]:
    """PySide6's `name` tool run by this Python (pyside6-lupdate's own wrapper), whatever is on PATH."""
    return [sys.executable, "-c", f"from PySide6.scripts.pyside_tool import {name}; {name}()"]


def run_lupdate(out_ts: Path, files: list[Path] | None = None) -> None:
    """pyside6-lupdate over the sources into a fresh .ts (no translations, no locations)."""
    names = [str(p) for p in (files if files is not None else source_files())]
    command = [
        *qt_tool("lupdate"),
        *names,
        "-ts",
        str(out_ts),
        "-locations",
        "none",
        "-no-obsolete",
        "-source-language",
        "en",
        "-target-language",
        LANGUAGE,
        "-silent",
    ]
    subprocess.run(command, check=True, capture_output=True, text=True)


def read_ts(path: Path) -> list[Entry]:
    entries = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms = []
            elif numerus:
                forms = [form.text or "" for form in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            if kind in ("obsolete", "vanished"):
                continue
            entries.append(
                Entry(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    numerus,
                    forms,
                    kind == "" and any(forms),
                )
            )
    return entries


def extracted_entries(files: list[Path] | None = None) -> list[Entry]:
    """What lupdate finds in the sources now, with %n messages made plural."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / f"extract_{LANGUAGE}.ts"
        run_lupdate(out, files)
        entries = read_ts(out)
    for entry in entries:
        entry.numerus = entry.numerus or "%n" in entry.source
        entry.forms, entry.finished = [], False
    return entries


def merge(extracted: list[Entry], existing: list[Entry]) -> list[Entry]:
    """Extracted messages carrying the existing translations; a source translated in another
    context is offered as an unfinished suggestion."""
    known = {entry.key: entry for entry in existing}
    by_source = {entry.source: entry for entry in existing if entry.finished}
    count = NUMERUS_FORMS[LANGUAGE]
    merged = []
    for entry in extracted:
        old = known.get(entry.key)
        if old is not None and old.numerus == entry.numerus:
            entry.forms, entry.finished = list(old.forms), old.finished
        elif entry.source in by_source and by_source[entry.source].numerus == entry.numerus:
            entry.forms = list(by_source[entry.source].forms)
        if entry.numerus and len(entry.forms) != count:
            entry.forms, entry.finished = (entry.forms + [""] * count)[:count], False
        merged.append(entry)
    return merged


def english_plurals(extracted: list[Entry], existing: list[Entry]) -> list[Entry]:
    """The plural messages with their English forms (singular, plural) where already written."""
    known = {entry.key: entry for entry in existing}
    plurals = []
    for entry in extracted:
        if not entry.numerus:
            continue
        old = known.get(entry.key)
        forms, finished = (
            (old.forms, old.finished)
            if old is not None and len(old.forms) == 2
            else (["", entry.source], False)
        )
        plurals.append(Entry(entry.context, entry.source, entry.comment, True, list(forms), finished))
    return plurals


def write_ts(entries: list[Entry], path: Path, language: str = LANGUAGE) -> None:
    root = ET.Element("TS", {"version": "2.1", "language": language, "sourcelanguage": "en"})
    contexts: dict[str, ET.Element] = {}
    for entry in sorted(entries, key=lambda e: e.context):
        if entry.context not in contexts:
            contexts[entry.context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[entry.context], "name").text = entry.context
        attributes = {"numerus": "yes"} if entry.numerus else {}
        message = ET.SubElement(contexts[entry.context], "message", attributes)
        ET.SubElement(message, "source").text = entry.source
        if entry.comment:
            ET.SubElement(message, "comment").text = entry.comment
        translation = ET.SubElement(message, "translation", {} if entry.finished else {"type": "unfinished"})
        if entry.numerus:
            for form in entry.forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = entry.forms[0] if entry.forms else ""
    ET.indent(root, space="    ")
    text = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8")


def compile_qm(ts: Path, qm: Path) -> None:
    command = [*qt_tool("lrelease"), str(ts), "-qm", str(qm), "-silent"]
    subprocess.run(command, check=True, capture_output=True, text=True)


def problems() -> list[str]:
    """Strings the .ts lacks or has unfinished, and a .qm that does not match the .ts."""
    current = {entry.key: entry for entry in read_ts(TS_FILE)}
    found = [
        f"not in {TS_FILE.name}: {e.context}: {e.source!r}"
        for e in extracted_entries()
        if e.key not in current
    ]
    found += [f"unfinished: {e.context}: {e.source!r}" for e in current.values() if not e.finished]
    english = {entry.key: entry for entry in read_ts(EN_TS_FILE)} if EN_TS_FILE.exists() else {}
    found += [
        f"no English plural forms: {e.context}: {e.source!r}"
        for e in current.values()
        if e.numerus and not (e.key in english and english[e.key].finished)
    ]
    for ts, qm in ((TS_FILE, QM_FILE), (EN_TS_FILE, EN_QM_FILE)):
        with tempfile.TemporaryDirectory() as folder:
            fresh = Path(folder) / qm.name
            compile_qm(ts, fresh)
            if not qm.exists() or fresh.read_bytes() != qm.read_bytes():
                found.append(f"{qm.name} is not built from {ts.name}: run translations/update.py")
    return found


def update() -> list[Entry]:
    existing = read_ts(TS_FILE) if TS_FILE.exists() else []
    extracted = extracted_entries()
    merged = merge(extracted, existing)
    write_ts(merged, TS_FILE)
    compile_qm(TS_FILE, QM_FILE)
    english = english_plurals(extracted, read_ts(EN_TS_FILE) if EN_TS_FILE.exists() else [])
    write_ts(english, EN_TS_FILE, "en")
    compile_qm(EN_TS_FILE, EN_QM_FILE)
    return merged + [entry for entry in english if not entry.finished]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report what is missing or stale")
    args = parser.parse_args(argv)
    if args.check:
        found = problems()
        sys.stdout.write("".join(line + "\n" for line in found) or "translations are complete\n")
        return 1 if found else 0
    merged = update()
    unfinished = sum(not entry.finished for entry in merged)
    sys.stdout.write(
        f"{TS_FILE.name}: {len(merged)} messages, {unfinished} unfinished; {QM_FILE.name} rebuilt\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
