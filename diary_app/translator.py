"""The Qt-free core's Translate: our .qm files read by qm_file, digits as chosen, pseudo-text on request.

The command line's report and sentences use it without loading Qt; the window's pages use it too, so
its words are the same as the ones Qt's translator gives the widgets (tests/i18n/test_qm_file.py).
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Mapping

from diary_app.domain.messages import Translate
from diary_app.qm_file import QmCatalog
from diary_app.resource_paths import translations_dir

PSEUDO_VARIABLE = "SYMPTOM_DIARY_PSEUDO"
WESTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
# Kept as they are in pseudo-translations: placeholders, markup, entities, file filters, line breaks.
_KEPT = re.compile(r"%L?\d+|%n|%%|\{[A-Za-z_]\w*\}|<[^>]*>|&[A-Za-z]+;|&#\d+;|\(\*[^)]*\)|;;|\n")
_ACCENTED = str.maketrans("aeiouyAEIOUYcnsz", "áéîõüÿÅÉÎÕÜŸçñšž")


def translate_function(language: str, arabic_digits: bool = True) -> Translate:
    """A Translate callable for the core (reports, analysis sentences, the command line): our
    translation of `language` (for English, the source language, only its plural forms), its
    Arabic-Indic digits made Western unless `arabic_digits`; %n is left for the core's NumberFormat.

    With SYMPTOM_DIARY_PSEUDO=1 every text is pseudo_text(source). FileNotFoundError when the
    language's .qm file is missing or damaged."""
    if pseudo_requested():
        return _pseudo_translate
    catalog = QmCatalog.read(translations_dir() / f"diary_app_{language}.qm")

    def translate(context: str, source: str, n: int = -1) -> str:
        text = catalog.translate(context, source, None, n)
        if not text:
            return source.replace("%Ln", "%n")
        text = text if arabic_digits else text.translate(WESTERN_DIGITS)
        return text.replace("%Ln", "%n")

    return translate


def _pseudo_translate(context: str, source: str, n: int = -1) -> str:  # noqa: ARG001 (a Translate)
    return pseudo_text(source).replace("%Ln", "%n")


def pseudo_requested(environ: Mapping[str, str] = os.environ) -> bool:
    """True when SYMPTOM_DIARY_PSEUDO asks for pseudo-translation (1, yes, true or on)."""
    return environ.get(PSEUDO_VARIABLE, "").strip().lower() in ("1", "yes", "true", "on")


def pseudo_text(source: str) -> str:
    """A reversed, accented, 40 % longer, bracketed copy of `source` with its placeholders intact:
    clipped or overlapping text and strings that skip translation stand out in screenshots."""
    pieces, position = [], 0
    for kept in _KEPT.finditer(source):
        pieces += [_pseudo_words(source[position : kept.start()]), kept.group()]
        position = kept.end()
    pieces.append(_pseudo_words(source[position:]))
    letters = sum(len(piece) for piece in pieces[::2])
    return "[" + "".join(pieces) + "·" * math.ceil(letters * 0.4) + "]"


def _pseudo_words(text: str) -> str:
    text = re.sub(r"&(?!&)", "", text).replace("&&", "&")  # mnemonics would be reversed away
    return text[::-1].translate(_ACCENTED)
