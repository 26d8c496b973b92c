"""Size limits: inputs too long to analyse in bounded time are rejected with E012.

Several pipeline stages grow faster than linearly with the text length (a 60,000-character
text takes about ten seconds), so one oversized input could stall a whole batch. News
articles are rarely longer than 30,000 characters; ``--max-chars`` raises or (0) lifts the
limit.
"""

from __future__ import annotations

from lagebild.errors import ErrorCode, LagebildError

#: The longest text analysed by default, in characters (after decoding / HTML extraction).
DEFAULT_MAX_CHARS = 100_000
#: Raw bytes allowed per character before decoding: UTF-8 needs at most 4 bytes per
#: character; HTML carries markup and boilerplate around the main text.
RAW_BYTES_PER_CHAR = {"text": 4, "html": 40}


def raw_byte_limit(kind: str | None, max_chars: int | None) -> int | None:
    """The most bytes an input of this kind may have, or None (no limit, or JSON records)."""
    if not max_chars or kind not in RAW_BYTES_PER_CHAR:
        return None
    return max_chars * RAW_BYTES_PER_CHAR[kind]


def too_many_bytes(
    size: int, kind: str | None, where: str, max_chars: int | None
) -> LagebildError | None:
    """E012 when the raw input is so big that its text must exceed ``max_chars``."""
    limit = raw_byte_limit(kind, max_chars)
    if limit is None or size <= limit:
        return None
    return LagebildError(
        ErrorCode.E012,
        where,
        f"{size:,} bytes; the limit is {max_chars:,} characters (--max-chars)",
    )


def too_many_chars(text: str, where: str, max_chars: int | None) -> LagebildError | None:
    """E012 when the text is longer than ``max_chars`` (None or 0: no limit)."""
    if not max_chars or len(text) <= max_chars:
        return None
    return LagebildError(
        ErrorCode.E012, where, f"{len(text):,} characters; the limit is {max_chars:,} (--max-chars)"
    )


def sniff_kind(data: bytes) -> str:
    """A cheap guess from the first bytes: "json" (records), "html" or "text"."""
    head = data[:64].lstrip(b" \t\r\n\xef\xbb\xbf")
    if head.startswith((b"{", b"[")):
        return "json"
    return "html" if head.startswith(b"<") else "text"
