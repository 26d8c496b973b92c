"""The European Union written with a lower-case adjective ("durch die europäische Union")
is the EU, as the capitalised name is."""

from __future__ import annotations


def _codes(entities) -> dict[str, str | None]:
    return {m.text: entity.code for entity in entities for m in entity.mentions}


def test_lower_case_european_union_is_the_eu(entities_of) -> None:
    found = entities_of("Derzeit gehe ein Riss auch durch die europäische Union, sagte sie.")
    assert _codes(found).get("europäische Union") == "EU"


def test_lower_case_genitive_is_the_eu(entities_of) -> None:
    found = entities_of("Die Staaten der europäischen Union streiten.")
    assert _codes(found).get("europäischen Union") == "EU"
