"""JSON (one object or a list) and JSONL: one Document per record with a ``text`` field."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from lagebild.errors import ErrorCode, LagebildError
from lagebild.readers.document import Document
from lagebild.readers.language import check_language
from lagebild.readers.limits import DEFAULT_MAX_CHARS, too_many_chars
from lagebild.readers.published import normalise_published


def read_json(
    text: str, name: str, published: str | None, max_chars: int | None = DEFAULT_MAX_CHARS
) -> Iterator[Document | LagebildError]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        yield LagebildError(ErrorCode.E006, name, f"line {error.lineno}: {error.msg}")
        return
    except RecursionError:
        yield LagebildError(ErrorCode.E006, name, "nested too deeply")
        return
    records = data if isinstance(data, list) else [data]
    for number, record in enumerate(records, start=1):
        yield record_to_document(record, name, number, "record", published, max_chars)


def read_jsonl(
    text: str, name: str, published: str | None, max_chars: int | None = DEFAULT_MAX_CHARS
) -> Iterator[Document | LagebildError]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield LagebildError(ErrorCode.E006, f"{name} line {number}", error.msg)
            continue
        except RecursionError:
            yield LagebildError(ErrorCode.E006, f"{name} line {number}", "nested too deeply")
            continue
        yield record_to_document(record, name, number, "line", published, max_chars)


def record_to_document(
    record: Any,
    name: str,
    number: int,
    unit: str,
    published: str | None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
) -> Document | LagebildError:
    """A record as a Document; ``name#number`` is its id unless it has its own."""
    where = f"{name} {unit} {number}"
    if not isinstance(record, dict):
        return LagebildError(ErrorCode.E007, where, f"a {type(record).__name__}, not an object")
    text = record.get("text")
    if not isinstance(text, str):
        return LagebildError(ErrorCode.E007, where)
    if not text.strip():
        return LagebildError(ErrorCode.E001, where)
    oversized = too_many_chars(text, where, max_chars)
    if oversized:
        return oversized
    own_date = record.get("published")
    normalised = normalise_published(own_date)
    if own_date not in (None, "") and normalised is None:
        return LagebildError(ErrorCode.E010, where, f"published {own_date!r}")
    record_id = record.get("id")
    document = Document(
        id=_optional_str(record_id) or f"{name}#{number}",
        text=without_surrogates(text.replace("\r\n", "\n").replace("\r", "\n")),
        source=_optional_str(record.get("source")) or name,
        title=_optional_str(record.get("title")),
        published=normalised or published,
        url=_optional_str(record.get("url")),
        author=_optional_str(record.get("author")),
    )
    return check_language(document, where) or document


def _optional_str(value: Any) -> str | None:
    return without_surrogates(str(value)) if value not in (None, "") else None


def without_surrogates(text: str) -> str:
    """Lone surrogates ("\\ud800" escapes in JSON) as U+FFFD: they cannot be written as
    UTF-8, and one replacement character per surrogate keeps every offset."""
    return _LONE_SURROGATE.sub("\ufffd", text)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
