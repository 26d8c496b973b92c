"""Expanding PATH arguments (files, folders, globs) and reading each by its format."""

from __future__ import annotations

import glob
from collections.abc import Iterator, Sequence
from pathlib import Path

from lagebild.errors import ErrorCode, LagebildError
from lagebild.ingest.tabular import TableOptions, read_table, table_records
from lagebild.ingest.warc import count_html_responses, read_warc
from lagebild.readers import Document, read_inputs
from lagebild.readers.sources import KNOWN_EXTENSIONS, STDIN, is_url

TABLE_SUFFIXES = (".csv", ".tsv")
WARC_SUFFIXES = (".warc", ".warc.gz")
INGEST_SUFFIXES = tuple(sorted(KNOWN_EXTENSIONS)) + TABLE_SUFFIXES + WARC_SUFFIXES


def expand_sources(sources: Sequence[str]) -> Iterator[str | LagebildError]:
    """Each source as files: folders recursively (hidden parts skipped), globs sorted."""
    for source in sources:
        if source == STDIN or is_url(source):
            yield source
        elif glob.has_magic(source):
            matches = sorted(glob.glob(source, recursive=True))
            if not matches:
                yield LagebildError(ErrorCode.E005, source, "no file matches the pattern")
            for match in matches:
                yield from _expand_path(match)
        else:
            yield from _expand_path(source)


def _expand_path(source: str) -> Iterator[str | LagebildError]:
    path = Path(source)
    if not path.is_dir():
        yield source
        return
    files = sorted(
        p
        for p in path.rglob("*")
        if p.is_file()
        and p.name.lower().endswith(INGEST_SUFFIXES)
        and not any(part.startswith(".") for part in p.relative_to(path).parts)
    )
    if not files:
        yield LagebildError(ErrorCode.E011, source, "no known file types in folder")
    yield from (str(file) for file in files)


def read_sources(
    sources: Sequence[str],
    published: str | None = None,
    table: TableOptions | None = None,
) -> Iterator[Document | LagebildError]:
    """Documents from every source in order, errors yielded (never raised) per record."""
    for source in expand_sources(sources):
        if isinstance(source, LagebildError):
            yield source
            continue
        lowered = source.lower()
        if lowered.endswith(TABLE_SUFFIXES) and not is_url(source):
            yield from read_table(Path(source), source, table or TableOptions(), published)
        elif lowered.endswith(WARC_SUFFIXES) and not is_url(source):
            yield from read_warc(Path(source), source, published)
        else:
            yield from read_inputs([source], published=published)


def count_records(sources: Sequence[str], table: TableOptions | None = None) -> int:
    """How many records (documents or errors) the sources hold: a total for progress/ETA."""
    return sum(1 for _ in _cheap_records(sources, table))


def _cheap_records(sources: Sequence[str], table: TableOptions | None) -> Iterator[object]:
    for source in expand_sources(sources):
        if isinstance(source, LagebildError) or not source.lower().endswith(
            TABLE_SUFFIXES + WARC_SUFFIXES + (".json", ".jsonl", ".ndjson")
        ):
            yield source
        elif source.lower().endswith(WARC_SUFFIXES):
            yield from range(count_html_responses(Path(source)))
        elif source.lower().endswith(TABLE_SUFFIXES):
            # Parsed only: validating each row (language check) would double the reading.
            yield from table_records(Path(source), source, table or TableOptions())
        else:
            # Tables, archives and JSON hold many records: parse them (no analysis).
            yield from read_sources([source], table=table)
