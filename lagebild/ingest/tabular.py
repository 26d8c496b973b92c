"""CSV/TSV records: one Document per row, columns chosen by name or (without header) number."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lagebild.errors import ErrorCode, LagebildError
from lagebild.readers import Document
from lagebild.readers.decoding import decode
from lagebild.readers.records import record_to_document

_SNIFF_BYTES = 64 * 1024


@dataclass(frozen=True, slots=True)
class TableOptions:
    """How to read a table. Without a header row columns are numbered from 1."""

    text_column: str | None = None  # default: "text", or the last column without header
    id_column: str | None = None
    date_column: str | None = None
    title_column: str | None = None
    url_column: str | None = None
    source_column: str | None = None  # e.g. a category or outlet; default: the file name
    header: bool = True
    delimiter: str | None = None  # default: tab for .tsv, sniffed for .csv
    quotechar: str | None = None  # default: sniffed, else '"'


def read_table(
    path: Path, name: str, options: TableOptions, published: str | None = None
) -> Iterator[Document | LagebildError]:
    for number, record in table_records(path, name, options):
        if isinstance(record, LagebildError):
            yield record
        else:
            yield record_to_document(record, name, number, "row", published)


def table_records(
    path: Path, name: str, options: TableOptions
) -> Iterator[tuple[int, dict[str, str | None] | LagebildError]]:
    """(row number, field values or error) per non-empty row: parsed, not yet validated
    (counting the rows for a progress bar needs no language check)."""
    try:
        text = decode(path.read_bytes(), name)
    except FileNotFoundError:
        yield 0, LagebildError(ErrorCode.E005, name)
        return
    except LagebildError as error:
        yield 0, error
        return
    csv.field_size_limit(sys.maxsize)  # articles are longer than csv's 128 KiB default
    reader = csv.reader(io.StringIO(text, newline=""), dialect=_dialect(path, text, options))
    header: list[str] | None = None
    if options.header:
        header = next(reader, None)
        if header is None:
            yield 0, LagebildError(ErrorCode.E001, name)
            return
        header = [column.strip() for column in header]
    try:
        columns = _column_indexes(header, options)
    except LagebildError as error:
        yield 0, LagebildError(error.code, name, error.detail)
        return
    first_row = 2 if options.header else 1
    for number, row in enumerate(reader, start=first_row):
        if not any(cell.strip() for cell in row):
            continue
        if max((i for i in columns.values() if i is not None), default=0) >= len(row):
            yield (
                number,
                LagebildError(
                    ErrorCode.E007, f"{name} row {number}", f"{len(row)} columns, too few"
                ),
            )
            continue
        yield number, {field: row[i] if i is not None else None for field, i in columns.items()}


def _dialect(path: Path, text: str, options: TableOptions) -> type[csv.Dialect]:
    tab_separated = path.suffix.lower() == ".tsv"
    delimiter, quotechar = options.delimiter, options.quotechar
    if delimiter is None or quotechar is None:
        sniffed_delimiter, sniffed_quote = sniff_dialect(
            text[:_SNIFF_BYTES],
            "\t" if tab_separated else delimiter,
            quotechar,
            truncated=len(text) > _SNIFF_BYTES,
        )
        delimiter, quotechar = delimiter or sniffed_delimiter, quotechar or sniffed_quote

    class Dialect(csv.excel):
        pass

    Dialect.delimiter = delimiter
    Dialect.quotechar = quotechar
    return Dialect


def sniff_dialect(
    sample: str,
    delimiter: str | None = None,
    quotechar: str | None = None,
    truncated: bool = False,
) -> tuple[str, str]:
    """The (delimiter, quotechar) under which the sample's rows agree on a column count.

    csv.Sniffer is easily misled by commas inside article text; parsing a few rows with
    each candidate and preferring consistent multi-column rows is sturdier.
    """
    best: tuple[float, int, int, int, str, str] | None = None
    for rank, candidate_delimiter in enumerate([delimiter] if delimiter else _DELIMITERS):
        for quote_rank, candidate_quote in enumerate([quotechar] if quotechar else _QUOTES):

            class Trial(csv.excel):
                pass

            Trial.delimiter, Trial.quotechar = candidate_delimiter, candidate_quote
            try:
                rows = list(csv.reader(io.StringIO(sample, newline=""), dialect=Trial))
            except csv.Error:
                continue
            if truncated:
                rows = rows[:-1]  # the sample may end inside a record
            widths = [len(row) for row in rows[:50] if row]
            if not widths:
                continue
            modal = max(set(widths), key=widths.count)
            agreement = widths.count(modal) / len(widths) if modal > 1 else 0.0
            # ties: fewer columns (commas inside text inflate counts), then the quote that
            # actually opens fields, then candidate order
            opens = sample.count(candidate_delimiter + candidate_quote) + sample.count(
                "\n" + candidate_quote
            )
            key = (
                agreement,
                -modal,
                opens,
                -(rank * len(_QUOTES) + quote_rank),
                candidate_delimiter,
                candidate_quote,
            )
            if best is None or key[:4] > best[:4]:
                best = key
    if best is None or best[0] == 0.0:
        return delimiter or ",", quotechar or '"'
    return best[4], best[5]


_DELIMITERS = (",", ";", "\t", "|")
_QUOTES = ('"', "'")


def _column_indexes(header: list[str] | None, options: TableOptions) -> dict[str, int | None]:
    def index(column: str | None, default: str | None) -> int | None:
        wanted = column or default
        if wanted is None:
            return None
        if header is None:
            if not wanted.isdigit() or int(wanted) < 1:
                raise LagebildError(
                    ErrorCode.E011,
                    detail=f"column {wanted!r}: without a header "
                    "row, name columns by number (1 = first)",
                )
            return int(wanted) - 1
        if wanted in header:
            return header.index(wanted)
        if column is None:
            return None  # an optional default column that this table lacks
        raise LagebildError(ErrorCode.E011, detail=f"no column {wanted!r} in {header}")

    columns = {
        "text": index(options.text_column, "text" if header is not None else None),
        "id": index(options.id_column, "id" if header is not None else None),
        "published": index(options.date_column, "published" if header is not None else None),
        "title": index(options.title_column, "title" if header is not None else None),
        "url": index(options.url_column, "url" if header is not None else None),
        "source": index(options.source_column, "source" if header is not None else None),
    }
    if columns["text"] is None:
        if header is not None:
            raise LagebildError(
                ErrorCode.E007, detail=f"no 'text' column in {header}; name one with --text-column"
            )
        columns["text"] = -1  # headerless: the last column is the text
    return columns
