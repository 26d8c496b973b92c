"""Name lists from PyPI packages as optional gazetteer sources (training time only).

The lists are word files under ``lagebild/ner/data``, written by
``scripts/build_ner_name_lists.py``, so neither training nor the runtime needs the packages:

- ``tickers``: company names of stock indices (``pytickersymbols``, MIT). A one-word name
  ("Adidas") marks ``company``, each capitalised word of a longer one ("Deutsche", "Börse")
  ``company_part``; trailing legal forms ("AG", "Inc.") are stripped from the names, and every
  legal form of ``legal_forms.txt`` marks ``legal_form``, because it ends a company name.
- ``census_names``: US Census first names and surnames (public domain, via ``names``, MIT).
- ``subdivisions``: ISO 3166-2 subdivision names, own and German spelling (``pycountry``,
  iso-codes, LGPL 2.1); one-word names mark ``subdivision``, words of longer ones
  ``subdivision_part``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

DATA_DIR = Path(__file__).with_name("data")

TICKER_FEATURES: tuple[str, ...] = ("company", "company_part", "legal_form")
CENSUS_FEATURES: tuple[str, ...] = ("census_first_name", "census_surname")
SUBDIVISION_FEATURES: tuple[str, ...] = ("subdivision", "subdivision_part")


def read_list(name: str, data_dir: Path = DATA_DIR) -> list[str]:
    """The entries of a word file: one a line, ``#`` lines are comments."""
    lines = (data_dir / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def strip_legal_forms(words: list[str], legal_forms: set[str]) -> list[str]:
    """The words of a company name without its trailing legal forms ("SE & Co. KGaA")."""
    end = len(words)
    while end > 1 and words[end - 1] in legal_forms:
        end -= 1
    return words[:end]


def _add_name_words(
    memberships: dict[str, set[str]], words: list[str], whole: str, part: str
) -> None:
    if len(words) == 1:
        memberships.setdefault(words[0], set()).add(whole)
        return
    for word in words:
        # Capitalised words and acronyms name the thing; "of", "de", "&" do not.
        if word[:1].isupper() or word[:1].isdigit():
            memberships.setdefault(word, set()).add(part)


def add_companies(
    memberships: dict[str, set[str]], companies: Iterable[str], legal_forms: Iterable[str]
) -> None:
    forms = set(legal_forms)
    for form in forms:
        memberships.setdefault(form, set()).add("legal_form")
    for company in companies:
        words = strip_legal_forms(company.replace(",", " ").split(), forms)
        if words:
            _add_name_words(memberships, words, "company", "company_part")


def add_census_names(
    memberships: dict[str, set[str]], first_names: Iterable[str], surnames: Iterable[str]
) -> None:
    for name in first_names:
        memberships.setdefault(name, set()).add("census_first_name")
    for name in surnames:
        memberships.setdefault(name, set()).add("census_surname")


def add_subdivisions(memberships: dict[str, set[str]], names: Iterable[str]) -> None:
    for name in names:
        _add_name_words(memberships, name.split(), "subdivision", "subdivision_part")


def add_tickers_source(memberships: dict[str, set[str]]) -> None:
    add_companies(memberships, read_list("index_companies.txt"), read_list("legal_forms.txt"))


def add_census_source(memberships: dict[str, set[str]]) -> None:
    add_census_names(
        memberships, read_list("census_first_names.txt"), read_list("census_surnames.txt")
    )


def add_subdivisions_source(memberships: dict[str, set[str]]) -> None:
    add_subdivisions(memberships, read_list("subdivisions.txt"))
