"""Readers: turn paths, folders, URLs and stdin into :class:`Document` records.

``read_inputs`` yields a ``Document`` per record, or a ``LagebildError`` for a bad
input, so one bad file never stops a batch.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence

from lagebild.errors import ErrorCode, LagebildError
from lagebild.readers.decoding import decode
from lagebild.readers.document import Document
from lagebild.readers.html import extract_html, looks_like_html
from lagebild.readers.language import check_language
from lagebild.readers.limits import DEFAULT_MAX_CHARS, sniff_kind, too_many_bytes, too_many_chars
from lagebild.readers.published import normalise_published, validate_published
from lagebild.readers.records import read_json, read_jsonl
from lagebild.readers.sources import RawInput, raw_inputs

__all__ = ["DEFAULT_MAX_CHARS", "Document", "check_language", "parse_input", "read_inputs"]


def read_inputs(
    sources: Sequence[str],
    published: str | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
) -> Iterator[Document | LagebildError]:
    """Documents from every source, in order; errors are yielded, not raised.

    ``published`` (YYYY-MM-DD) is the date of documents that have none of their own; an
    invalid one raises E010 before anything is read. Texts longer than ``max_chars``
    (None or 0: no limit) give E012.
    """
    if published is not None:
        published = validate_published(published)
    return _read_all(sources, published, max_chars)


def _read_all(
    sources: Sequence[str], published: str | None, max_chars: int | None
) -> Iterator[Document | LagebildError]:
    for source in sources:
        for raw in raw_inputs(source, max_chars):
            if isinstance(raw, LagebildError):
                yield raw
            else:
                yield from parse_input(raw, published, max_chars)


def parse_input(
    raw: RawInput, published: str | None = None, max_chars: int | None = DEFAULT_MAX_CHARS
) -> Iterator[Document | LagebildError]:
    """Decode and parse one input's bytes by its format (sniffed when unknown)."""
    if not raw.data.strip():
        yield LagebildError(ErrorCode.E001, raw.name)
        return
    oversized = too_many_bytes(
        len(raw.data), raw.format or sniff_kind(raw.data), raw.name, max_chars
    )
    if oversized:  # rejected before decoding, so a huge file costs no time
        yield oversized
        return
    try:
        text = decode(raw.data, raw.name)
    except LagebildError as error:
        yield error
        return
    if not text.strip():
        yield LagebildError(ErrorCode.E001, raw.name)
        return
    kind = raw.format or _sniff(text)
    if kind == "json":
        yield from read_json(text, raw.name, published, max_chars)
    elif kind == "jsonl":
        yield from read_jsonl(text, raw.name, published, max_chars)
    elif kind == "html" or looks_like_html(text):
        yield _html_document(raw, text, published, max_chars)
    else:
        document = Document(
            id=raw.name, text=text, source=raw.name, published=published, url=raw.url
        )
        yield (
            too_many_chars(text, raw.name, max_chars)
            or check_language(document, raw.name)
            or document
        )


def _sniff(text: str) -> str:
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        try:
            json.loads(stripped)
        except (json.JSONDecodeError, RecursionError):
            return "jsonl" if stripped.startswith("{") else "text"
        return "json"
    return "html" if looks_like_html(text) else "text"


def _html_document(
    raw: RawInput, html: str, published: str | None, max_chars: int | None
) -> Document | LagebildError:
    try:
        page = extract_html(html, raw.name, raw.url)
    except LagebildError as error:
        return error
    document = Document(
        id=raw.name,
        text=page["text"] or "",
        source=raw.name,
        title=page["title"],
        published=normalise_published(page["published"]) or published,
        url=page["url"],
        author=page["author"],
    )
    return (
        too_many_chars(document.text, raw.name, max_chars)
        or check_language(document, raw.name)
        or document
    )
