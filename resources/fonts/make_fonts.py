"""Build Symptom Diary Sans: Noto Sans (Latin, Greek, µ, bidi controls) merged with Noto Sans Arabic.

One font for both scripts lets reportlab, matplotlib and Qt draw mixed Arabic/Latin lines
("B12 1000 µg", "٥/١٠") without per-glyph fallback. Run once on a machine with Debian's
fonts-noto-core: python resources/fonts/make_fonts.py
"""

from pathlib import Path

from fontTools.merge import Merger

NOTO = Path("/usr/share/fonts/truetype/noto")
HERE = Path(__file__).resolve().parent
FAMILY = "Symptom Diary Sans"


def rename(font, style: str) -> None:
    names = {
        1: FAMILY,
        2: style,
        4: f"{FAMILY} {style}",
        6: f"SymptomDiarySans-{style}",
        16: FAMILY,
        17: style,
    }
    table = font["name"]
    for record in list(table.names):
        if record.nameID in (1, 2, 3, 4, 6, 16, 17):
            table.removeNames(nameID=record.nameID)
    for name_id, value in names.items():
        table.setName(value, name_id, 3, 1, 0x409)
    table.setName(f"{FAMILY} {style}; merged from Noto", 3, 3, 1, 0x409)


def main() -> None:
    for style in ("Regular", "Bold"):
        merged = Merger().merge(
            [str(NOTO / f"NotoSans-{style}.ttf"), str(NOTO / f"NotoSansArabic-{style}.ttf")]
        )
        rename(merged, style)
        merged.save(HERE / f"SymptomDiarySans-{style}.ttf")


if __name__ == "__main__":
    main()
