"""Documents for a scale run: the project's readers plus 10kGNAD CSV files."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import islice
from pathlib import Path

from lagebild.errors import LagebildError
from lagebild.readers import read_inputs
from lagebild.readers.document import Document
from lagebild.readers.gnad import read_gnad
from lagebild.readers.published import validate_published

Item = Document | LagebildError


def is_gnad_csv(source: str) -> bool:
    return Path(source).suffix.lower() == ".csv"


def scale_inputs(
    sources: Sequence[str], published: str | None = None, limit: int | None = None
) -> Iterator[Item]:
    """Documents and read errors from every source, in order; at most ``limit`` items."""
    if published is not None:
        published = validate_published(published)  # raises E010 before anything is read
    return islice(_all_items(sources, published), limit)


def _all_items(sources: Sequence[str], published: str | None) -> Iterator[Item]:
    for source in sources:
        if is_gnad_csv(source):
            for item in read_gnad(Path(source)):
                if isinstance(item, Document) and published and not item.published:
                    item = replace(item, published=published)
                yield item
        else:
            yield from read_inputs([source], published=published)
