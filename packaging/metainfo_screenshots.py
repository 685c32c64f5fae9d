"""Write the AppStream metainfo with its screenshots once docs/screenshots/ is published on the web.

AppStream only accepts screenshots as web (https) addresses, and the project has no web site yet, so
the shipped metainfo lists none. A packager who publishes docs/screenshots/ (taken with
`symptom-diary screenshot`) runs: python packaging/metainfo_screenshots.py --base-url URL --out FILE
"""

from __future__ import annotations

import argparse
import struct
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
METAINFO = HERE / "org.symptomdiary.SymptomDiary.metainfo.xml"
SCREENSHOT_DIR = HERE.parent / "docs" / "screenshots"
INSERT_BEFORE = "  <content_rating"

# (file in docs/screenshots, English caption, Arabic caption); the first is the default screenshot.
SCREENSHOTS = (
    (
        "entry-en-100.png",
        "Today's entry: how each leg feels, from 0 to 10",
        "إدخال اليوم: ما تشعر به في كل ساق من ٠ إلى ١٠",
    ),
    ("charts-en-100.png", "The symptoms of each leg over time", "أعراض كل ساق على مر الأيام"),
    ("report-en-100.png", "The PDF summary for the doctor", "ملخص PDF المقدَّم للطبيب"),
    (
        "entry-ar-100.png",
        "The whole program in Arabic, right to left",
        "البرنامج كله بالعربية من اليمين إلى اليسار",
    ),
)


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's header."""
    header = path.read_bytes()[:24]
    if header[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path} is not a PNG")
    return struct.unpack(">II", header[16:24])


def screenshots_xml(base_url: str, folder: Path = SCREENSHOT_DIR) -> str:
    """The <screenshots> element for the images of `folder` published under base_url."""
    lines = ["  <screenshots>"]
    for index, (name, english, arabic) in enumerate(SCREENSHOTS):
        kind = ' type="default"' if index == 0 else ""
        width, height = png_size(folder / name)
        url = f"{escape(base_url)}/{name}"
        lines += [
            f"    <screenshot{kind}>",
            f"      <caption>{escape(english)}</caption>",
            f'      <caption xml:lang="ar">{escape(arabic)}</caption>',
            f'      <image type="source" width="{width}" height="{height}">{url}</image>',
            "    </screenshot>",
        ]
    lines.append("  </screenshots>")
    return "\n".join(lines) + "\n"


def with_screenshots(metainfo: str, base_url: str) -> str:
    if not base_url.startswith("https://"):
        raise ValueError(f"AppStream wants https addresses for screenshots, not {base_url!r}")
    if INSERT_BEFORE not in metainfo:
        raise ValueError("the metainfo has no <content_rating> to insert the screenshots before")
    return metainfo.replace(INSERT_BEFORE, screenshots_xml(base_url.rstrip("/")) + INSERT_BEFORE, 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", required=True, help="https address of the published docs/screenshots/")
    parser.add_argument("--out", type=Path, required=True, help="the metainfo file to write")
    args = parser.parse_args()
    missing = [name for name, _, _ in SCREENSHOTS if not (SCREENSHOT_DIR / name).is_file()]
    if missing:
        parser.error(f"take these screenshots first (symptom-diary screenshot): {', '.join(missing)}")
    try:
        text = with_screenshots(METAINFO.read_text(encoding="utf-8"), args.base_url)
    except ValueError as error:
        parser.error(str(error))
    args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
