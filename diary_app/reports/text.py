"""Making the patient's own text safe to print: no reordering controls, no control characters.

The report never passes user text through reportlab's Paragraph markup parser (every line is drawn
by `flowables.BidiParagraph`), so `<b>`, `<img src=…>`, `<a href=…>` and `&amp;` are plain
characters there and can neither embed a file nor make a link. What remains to neutralise is
characters that act on the layout: bidi embeddings, overrides and isolates (a note containing
U+202E would otherwise mirror the rest of its line) and C0/C1 control characters.
"""

from __future__ import annotations

import re
import unicodedata

BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_REMOVED = {ord(char): None for char in BIDI_CONTROLS}
_LINE_BREAKS = re.compile(r"\r\n|\r|\u2028|\u2029|\x85")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_user_text(text: str) -> str:
    """`text` as the patient wrote it, minus characters that could change the page's layout.

    Newlines stay (they separate paragraphs of a note); tabs become spaces.
    """
    text = _LINE_BREAKS.sub("\n", text).replace("\t", " ")
    text = _CONTROLS.sub("", text.translate(_REMOVED))
    return unicodedata.normalize("NFC", text)


def one_line(text: str) -> str:
    """User text for a table cell or a heading: cleaned, with line breaks as spaces."""
    return clean_user_text(text).replace("\n", " ")


def shortened(text: str, limit: int) -> str:
    """At most `limit` characters of a one-line text, with an ellipsis when cut."""
    text = one_line(text).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"
