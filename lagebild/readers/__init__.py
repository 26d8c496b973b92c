"""Readers: turn paths, folders, URLs and stdin into :class:`Document` records.

``read_inputs`` yields a ``Document`` per record, or a ``LagebildError`` for a bad
input, so one bad file never stops a batch.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from lagebild.errors import ErrorCode, LagebildError
from lagebild.readers.document import Document

__all__ = ["Document", "read_inputs"]


def read_inputs(sources: Sequence[str], published: str | None = None) -> Iterator[Document | LagebildError]:
    # Placeholder: plain UTF-8 text files only, until the readers are implemented.
    for source in sources:
        path = Path(source)
        if not path.exists():
            yield LagebildError(ErrorCode.E005, source)
            continue
        text = path.read_text(encoding="utf-8")
        yield Document(id=source, text=text, source=source, published=published)
