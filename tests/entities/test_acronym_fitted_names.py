"""The name an acronym in brackets abbreviates begins where its first letter fits: "der
Oberste Gerichtshof (OGH)", "Organisation für das Verbot von Chemiewaffen (OPCW)", not at
the last common noun ("Gerichtshof", "Chemiewaffen"); common nouns that nothing fits name
no organisation ("der Saison (MVP)"), unless a word names a body ("der
Tennisverband (ITF)"); an organisation defined twice by one name is one."""

from __future__ import annotations

import pytest

from lagebild.entities.candidates import Candidate
from lagebild.entities.resolve import Cluster, merge_specific_organisations


def _organisations(entities) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in entities if e.type == "ORG"}


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (
            "Mieter müssen zustimmen, wie der Oberste Gerichtshof (OGH) klargestellt hat. "
            "Der OGH entschied.",
            "Oberster Gerichtshof",
            "OGH",
        ),
        (
            "Die Inspektoren der Organisation für das Verbot von Chemiewaffen (OPCW) prüfen. "
            "Die OPCW berichtet.",
            "Organisation für das Verbot von Chemiewaffen",
            "OPCW",
        ),
        (
            "Der Index des Verbands der Automobilindustrie (VDA) stieg. Der VDA jubelt.",
            "Verband der Automobilindustrie",
            "VDA",
        ),
    ],
)
def test_the_name_begins_where_the_acronym_fits(
    entities_of, text: str, name: str, acronym: str
) -> None:
    found = _organisations(entities_of(text))
    assert acronym in found.get(name, [])


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Er wurde wertvollster Spieler der Saison (MVP).", "Saison"),
        ("Nun kann man die internationale Raumstation (ISS) besuchen.", "Raumstation"),
    ],
)
def test_common_nouns_nothing_fits_name_no_organisation(entities_of, text: str, noun: str) -> None:
    assert noun not in _organisations(entities_of(text))


def test_a_body_named_in_translation_keeps_its_acronym(entities_of) -> None:
    found = _organisations(
        entities_of("Ihm droht eine Sperre durch den internationalen Tennisverband (ITF).")
    )
    assert "ITF" in found.get("Tennisverband", [])


def test_a_newspaper_and_its_acronym_are_one(entities_of) -> None:
    found = _organisations(
        entities_of(
            "Die Salzburger Nachrichten (SN) hatten zuerst berichtet. Die SN schreiben weiter."
        )
    )
    assert found.get("Salzburger Nachrichten") == ["Salzburger Nachrichten", "SN", "SN"]


def _organisation(first: int, key: str, name: str, code: str | None) -> Candidate:
    return Candidate(first, first, "ORG", "name", key, name, code=code)


def test_organisations_of_one_name_merge_unless_codes_differ() -> None:
    clusters = {
        "ORG:SN": Cluster("ORG:SN", [_organisation(3, "ORG:SN", "Salzburger Nachrichten", None)]),
        "ORG:Salzburger Nachrichten": Cluster(
            "ORG:Salzburger Nachrichten",
            [_organisation(0, "ORG:Salzburger Nachrichten", "Salzburger Nachrichten", None)],
        ),
        "ORG:a": Cluster("ORG:a", [_organisation(5, "ORG:a", "Innenministerium", "AUT")]),
        "ORG:b": Cluster("ORG:b", [_organisation(8, "ORG:b", "Innenministerium", "DEU")]),
    }
    merge_specific_organisations(clusters)
    assert sorted(clusters) == ["ORG:Salzburger Nachrichten", "ORG:a", "ORG:b"]
