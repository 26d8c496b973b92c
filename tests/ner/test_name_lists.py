"""Name lists from PyPI packages as gazetteer memberships, on hand-made lists."""

from __future__ import annotations

from pathlib import Path

from lagebild.ner.gazetteer import FEATURES, table_features
from lagebild.ner.hanta_lexicon import HANTA_FEATURES
from lagebild.ner.name_lists import (
    CENSUS_FEATURES,
    SUBDIVISION_FEATURES,
    TICKER_FEATURES,
    add_census_names,
    add_companies,
    add_subdivisions,
    read_list,
    strip_legal_forms,
)

LEGAL_FORMS = ["AG", "SE", "&", "Co.", "KGaA", "Inc."]


def test_trailing_legal_forms_are_stripped_but_a_name_keeps_its_first_word() -> None:
    forms = set(LEGAL_FORMS)
    assert strip_legal_forms(["Merck", "SE", "&", "Co.", "KGaA"], forms) == ["Merck"]
    assert strip_legal_forms(["Ackermans", "&", "van", "Haaren"], forms) == [
        "Ackermans",
        "&",
        "van",
        "Haaren",
    ]
    assert strip_legal_forms(["AG"], forms) == ["AG"]


def test_companies_mark_whole_names_parts_and_legal_forms() -> None:
    memberships: dict[str, set[str]] = {"Deutsche": {"proper_name"}}
    add_companies(
        memberships, ["Bechtle AG", "Deutsche Börse", "Adobe Inc.", "Bank of America"], LEGAL_FORMS
    )
    assert memberships["Bechtle"] == {"company"}
    assert memberships["Deutsche"] == {"proper_name", "company_part"}
    assert memberships["Börse"] == {"company_part"}
    assert memberships["Adobe"] == {"company"}
    assert memberships["Inc."] == {"legal_form"}
    assert "of" not in memberships


def test_census_and_subdivision_names() -> None:
    memberships: dict[str, set[str]] = {}
    add_census_names(memberships, ["Mary"], ["Smith", "Mary"])
    add_subdivisions(memberships, ["Bayern", "Nordrhein-Westfalen", "Île de France"])
    assert memberships["Mary"] == {"census_first_name", "census_surname"}
    assert memberships["Smith"] == {"census_surname"}
    assert memberships["Bayern"] == {"subdivision"}
    assert memberships["Nordrhein-Westfalen"] == {"subdivision"}
    assert memberships["Île"] == {"subdivision_part"}
    assert "de" not in memberships


def test_read_list_skips_comments_and_blank_lines(tmp_path: Path) -> None:
    (tmp_path / "words.txt").write_text("# header\nAdidas\n\n Puma \n", encoding="utf-8")
    assert read_list("words.txt", tmp_path) == ["Adidas", "Puma"]


def test_name_list_columns_follow_in_fixed_order() -> None:
    columns = table_features(["subdivisions", "lexicons", "tickers", "hanta", "census_names"])
    assert (
        columns
        == FEATURES + HANTA_FEATURES + TICKER_FEATURES + CENSUS_FEATURES + SUBDIVISION_FEATURES
    )
