"""US Census name lists as gazetteer memberships, on hand-made lists."""

from __future__ import annotations

from pathlib import Path

from lagebild.ner.gazetteer import FEATURES, table_features
from lagebild.ner.hanta_lexicon import HANTA_FEATURES
from lagebild.ner.name_lists import CENSUS_FEATURES, add_census_names, read_list


def test_census_names_mark_first_names_and_surnames() -> None:
    memberships: dict[str, set[str]] = {"Smith": {"surname"}}
    add_census_names(memberships, ["Mary"], ["Smith", "Mary"])
    assert memberships["Mary"] == {"census_first_name", "census_surname"}
    assert memberships["Smith"] == {"surname", "census_surname"}


def test_read_list_skips_comments_and_blank_lines(tmp_path: Path) -> None:
    (tmp_path / "words.txt").write_text("# header\nMary\n\n Smith \n", encoding="utf-8")
    assert read_list("words.txt", tmp_path) == ["Mary", "Smith"]


def test_shipped_lists_are_capitalised_names() -> None:
    first_names, surnames = read_list("census_first_names.txt"), read_list("census_surnames.txt")
    assert len(first_names) > 5000 and len(surnames) > 80000
    assert {"Mary", "John"} <= set(first_names) and {"Smith", "Miller"} <= set(surnames)
    assert all(name[0].isupper() and name[1:].islower() for name in first_names + surnames)


def test_name_list_columns_follow_in_fixed_order() -> None:
    columns = table_features(["census_names", "lexicons", "hanta"])
    assert columns == FEATURES + HANTA_FEATURES + CENSUS_FEATURES
