"""Our compiled translations (.qm) read without Qt, looked up exactly as QTranslator does.

The format (Qt's qtranslator.cpp): a magic number, then sections (a tag byte, a 32-bit length):
the ELF hashes of source text + disambiguation with their messages' offsets, sorted by hash; the
messages (tagged fields: translations in UTF-16, and only as much of the comment, source text and
context as lrelease needed to tell messages of one hash apart); a hash table of the contexts; the
plural rules as a small byte code. Integers are big-endian.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
CONTEXTS, HASHES, MESSAGES, NUMERUS_RULES = 0x2F, 0x42, 0x69, 0x88
TAG_END, TAG_TRANSLATION, TAG_OBSOLETE1, TAG_SOURCE, TAG_CONTEXT, TAG_COMMENT = 1, 3, 5, 6, 7, 8
# Plural rules: an operator in the low bits, flags for the left operand, and the joining codes.
EQ, LT, LEQ, BETWEEN, OP_MASK = 0x01, 0x02, 0x03, 0x04, 0x07
NOT, MOD_10, MOD_100, LEAD_1000 = 0x08, 0x10, 0x20, 0x40
AND, OR = 0xFD, 0xFE


class QmFileError(FileNotFoundError):
    """A .qm file that is missing or not a translation (QTranslator.load would fail too)."""


@dataclass(frozen=True)
class QmCatalog:
    """One .qm file's sections; `translate` answers as QTranslator.translate (None for Qt's null)."""

    messages: bytes
    offsets: dict[int, list[int]]  # hash -> message offsets, in the file's order
    contexts: bytes
    rules: bytes

    @staticmethod
    def read(path: Path) -> QmCatalog:
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            raise QmFileError(f"translation {Path(path).name} is missing ({error.strerror})") from error
        if len(data) <= len(MAGIC) or not data.startswith(MAGIC):
            raise QmFileError(f"translation {Path(path).name} is not a Qt translation file")
        sections = _sections(data)
        offsets: dict[int, list[int]] = {}
        for hashed, offset in struct.iter_unpack(">II", sections.get(HASHES, b"")):
            offsets.setdefault(hashed, []).append(offset)
        return QmCatalog(
            sections.get(MESSAGES, b""),
            offsets,
            sections.get(CONTEXTS, b""),
            sections.get(NUMERUS_RULES, b""),
        )

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """The translation of `source` in `context` (the `n`th plural form by the file's rules), or
        None when the file has none: then Qt asks the next translator, else shows the source."""
        wanted = (context.encode(), source.encode(), (disambiguation or "").encode())
        if not self.offsets or not self._has_context(wanted[0]):
            return None
        form = plural_form(n, self.rules) if n >= 0 else 0
        comment = wanted[2]
        while True:
            for offset in self.offsets.get(elf_hash(wanted[1] + comment), ()):
                found = _message(self.messages, offset, (wanted[0], wanted[1], comment), form)
                if found is not None:
                    return found
            if not comment:
                return None
            comment = b""  # Qt tries again without the disambiguation

    def _has_context(self, context: bytes) -> bool:
        """Whether `context` is in the file's table of contexts (every context is, without one)."""
        if not self.contexts:
            return True
        (size,) = struct.unpack_from(">H", self.contexts, 0)
        (start,) = struct.unpack_from(">H", self.contexts, 2 + 2 * (elf_hash(context) % size))
        if start == 0:
            return False
        position = 2 + 2 * size + 2 * start
        while length := self.contexts[position]:
            if _same(self.contexts[position + 1 : position + 1 + length], context):
                return True
            position += 1 + length
        return False


def _sections(data: bytes) -> dict[int, bytes]:
    sections, position = {}, len(MAGIC)
    while position + 5 <= len(data):
        tag, length = struct.unpack_from(">BI", data, position)
        sections[tag] = data[position + 5 : position + 5 + length]
        position += 5 + length
    return sections


def _message(data: bytes, position: int, wanted: tuple[bytes, bytes, bytes], form: int) -> str | None:
    """Qt's getMessage: the `form`th translation of the message at `position` if its recorded fields
    (context, source, comment) are the wanted ones; None otherwise or for a malformed field."""
    fields = {TAG_CONTEXT: wanted[0], TAG_SOURCE: wanted[1], TAG_COMMENT: wanted[2]}
    translation = None
    while True:
        if position >= len(data):
            return None  # no end tag
        tag = data[position]
        position += 1
        if tag == TAG_END:
            return translation
        if tag == TAG_OBSOLETE1:
            position += 4
            continue
        if tag not in fields and tag != TAG_TRANSLATION:
            return None
        (length,) = struct.unpack_from(">I", data, position)
        value = data[position + 4 : position + 4 + length]
        position += 4 + length
        if tag == TAG_TRANSLATION:
            if length & 1:  # odd, or 0xFFFFFFFF: a null string
                return None
            if form == 0:
                translation = value.decode("utf-16-be")
            form -= 1
        elif not _same(value, fields[tag]):
            return None


def _same(found: bytes, target: bytes) -> bool:
    """Qt's match(): a recorded field may carry a terminating zero byte."""
    return (found[:-1] if found.endswith(b"\0") else found) == target


def elf_hash(text: bytes) -> int:
    """The ELF hash lrelease files messages and contexts by (never 0)."""
    hashed = 0
    for byte in text:
        hashed = (hashed << 4) + byte
        high = hashed & 0xF0000000
        if high:
            hashed ^= high >> 24
        hashed &= ~high & 0xFFFFFFFF
    return hashed or 1


def plural_form(n: int, rules: bytes) -> int:
    """Which plural form `n` takes: the index of the first rule that holds (Qt's numerusHelper);
    rules are separated by 0xFF, each an OR of ANDs of comparisons of n (or n % 10, n % 100, n's
    leading group of three digits) with one or two byte operands."""
    if not rules:
        return 0
    form, position = 0, 0
    while True:
        holds, position = _rule(n, rules, position)
        if holds or position >= len(rules):
            return form if holds else form + 1
        form += 1
        position += 1  # the rule separator


def _rule(n: int, rules: bytes, position: int) -> tuple[bool, int]:
    """(does the rule at `position` hold for n, the position after it)."""
    any_held = False
    while True:
        all_held = True
        while True:
            held, position = _comparison(n, rules, position)
            all_held = all_held and held
            if position >= len(rules) or rules[position] != AND:
                break
            position += 1
        any_held = any_held or all_held
        if position >= len(rules) or rules[position] != OR:
            return any_held, position
        position += 1


def _comparison(n: int, rules: bytes, position: int) -> tuple[bool, int]:
    opcode, right = rules[position], rules[position + 1]
    position += 2
    left = n
    if opcode & MOD_10:
        left %= 10
    elif opcode & MOD_100:
        left %= 100
    elif opcode & LEAD_1000:
        while left >= 1000:
            left //= 1000
    operator = opcode & OP_MASK
    if operator == BETWEEN:
        held = right <= left <= rules[position]
        position += 1
    else:
        held = {EQ: left == right, LT: left < right, LEQ: left <= right}.get(operator, True)
    return held != bool(opcode & NOT), position
