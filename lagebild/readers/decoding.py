"""Bytes to text: binary detection and the decoding of German plain text."""

from __future__ import annotations

import codecs
import re

from lagebild.errors import ErrorCode, LagebildError

# Magic numbers of formats that are often mistaken for articles.
BINARY_SIGNATURES: tuple[bytes, ...] = (
    b"%PDF",
    b"\x89PNG",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",
    b"\x7fELF",
    b"BZh",
    b"\xfd7zXZ",
    b"7z\xbc\xaf",
    b"Rar!",
    b"\xd0\xcf\x11\xe0",
    b"OggS",
    b"ID3",
    b"\x00\x00\x01\x00",
    b"RIFF",
)
_UNICODE_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_GERMAN_LETTERS = frozenset("äöüÄÖÜß")
_CONTROL_BYTES = frozenset(range(32)) - {9, 10, 12, 13}
# Share of control bytes above which a BOM-less file is taken for binary data.
MAX_CONTROL_SHARE = 0.05
# Valid non-ASCII UTF-8 characters needed per invalid byte to keep a file as UTF-8.
MIN_INTACT_PER_DAMAGED = 2
_DAMAGED_RUNS = re.compile("\ufffd+")


def bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _UNICODE_BOMS:
        if data.startswith(bom):
            return encoding
    return None


def is_binary(data: bytes) -> bool:
    """Known binary formats, NUL bytes or many control bytes (UTF-16/32 with BOM are text)."""
    if bom_encoding(data):
        return False
    if data.startswith(BINARY_SIGNATURES) or b"\x00" in data:
        return True
    sample = data[:4096]
    controls = sum(byte in _CONTROL_BYTES for byte in sample)
    return bool(sample) and controls / len(sample) > MAX_CONTROL_SHARE


def decode(data: bytes, source: str) -> str:
    """Decode bytes to text with ``\\n`` newlines.

    Order: a Unicode BOM; strict UTF-8; Windows-1252 when it yields German umlauts;
    otherwise charset-normalizer's best guess. Raises E002 for binary and E003 when
    nothing fits.
    """
    if is_binary(data):
        raise LagebildError(ErrorCode.E002, source)
    text = _decode_text(data, source)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_text(data: bytes, source: str) -> str:
    encoding = bom_encoding(data)
    if encoding:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as error:
            raise LagebildError(ErrorCode.E003, source, f"invalid {encoding}") from error
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    damaged = _mostly_utf8(data)
    if damaged is not None:
        return damaged
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _GERMAN_LETTERS.intersection(text):
        return text
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise LagebildError(ErrorCode.E003, source, "no text encoding fits")
    return str(best)


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few damaged bytes (shown as U+FFFD) rather than a wrong 8-bit guess.

    A Windows-1252 or Latin-1 file almost never contains valid UTF-8 multi-byte sequences,
    so their presence, outnumbering the invalid bytes (a run of them counts once), marks a
    damaged UTF-8 file.
    """
    text = data.decode("utf-8", errors="replace")
    damaged = len(_DAMAGED_RUNS.findall(text))
    intact = sum(1 for char in text if char > "\x7f" and char != "\ufffd")
    return text if intact >= MIN_INTACT_PER_DAMAGED * damaged else None
