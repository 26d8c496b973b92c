"""US Census name lists as an optional gazetteer source (training time only).

``census_names``: the US Census 1990 first names and surnames (public domain, shipped in the
``names`` package, MIT), written as word files under ``lagebild/ner/data`` by
``scripts/build_ner_name_lists.py``, so neither training nor the runtime needs the package.
They cover about half of the capitalised person-name tokens of SmartData test that the NER
training data never shows.

Company names of stock indices (``pytickersymbols``) and ISO 3166-2 subdivision names
(``pycountry``) were tried as sources in the same way and added nothing (BENCHMARKS.md,
session 8; the code is in commit adeca40).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

DATA_DIR = Path(__file__).with_name("data")

CENSUS_FEATURES: tuple[str, ...] = ("census_first_name", "census_surname")


def read_list(name: str, data_dir: Path = DATA_DIR) -> list[str]:
    """The entries of a word file: one a line, ``#`` lines are comments."""
    lines = (data_dir / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def add_census_names(
    memberships: dict[str, set[str]], first_names: Iterable[str], surnames: Iterable[str]
) -> None:
    for name in first_names:
        memberships.setdefault(name, set()).add("census_first_name")
    for name in surnames:
        memberships.setdefault(name, set()).add("census_surname")


def add_census_source(memberships: dict[str, set[str]]) -> None:
    add_census_names(
        memberships, read_list("census_first_names.txt"), read_list("census_surnames.txt")
    )
