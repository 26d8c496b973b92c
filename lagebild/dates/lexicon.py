"""The German words of time expressions, read from the data files beside this module."""

from __future__ import annotations

import functools
from importlib import resources


def _rows(filename: str) -> list[list[str]]:
    text = resources.files("lagebild.dates").joinpath("data", filename).read_text("utf-8")
    return [
        [cell.strip() for cell in line.split("\t")]
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    ]


def rows(filename: str) -> list[list[str]]:
    """The tab-separated rows of a data file beside this module, without comments."""
    return _rows(filename)


@functools.cache
def months() -> dict[str, int]:
    return {row[0]: int(row[1]) for row in _rows("months.tsv")}


@functools.cache
def full_month_names() -> frozenset[str]:
    """Month names that are not abbreviations ("März", not "Mrz")."""
    return frozenset(row[0] for row in _rows("months.tsv") if row[2] == "full")


@functools.cache
def weekdays() -> dict[str, int]:
    return {row[0]: int(row[1]) for row in _rows("weekdays.tsv")}


@functools.cache
def number_words() -> dict[str, int | None]:
    """Number words; vague ones ("einigen") map to None."""
    return {row[0]: None if row[1] == "?" else int(row[1]) for row in _rows("numbers.tsv")}


@functools.cache
def relative_days() -> dict[str, int]:
    return {row[0]: int(row[1]) for row in _rows("relative_days.tsv")}


@functools.cache
def amount_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words before and after a number that make it an amount ("rund 2000 Soldaten")."""
    rows = _rows("amount_words.tsv")
    before = frozenset(row[0] for row in rows if row[1] == "before")
    after = frozenset(row[0] for row in rows if row[1] == "after")
    return before, after


@functools.cache
def future_markers() -> frozenset[str]:
    return frozenset(row[0] for row in _rows("future_markers.tsv"))


@functools.cache
def broadcast_title_words() -> frozenset[str]:
    """The words after "heute" that make it a broadcast's title ("heute journal")."""
    return frozenset(row[0].lower() for row in _rows("broadcast_titles.txt"))
