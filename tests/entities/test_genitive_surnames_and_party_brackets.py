"""Persons written in the genitive ("Joanna Hoggs Film") are named without the genitive "s",
and the name ends at the genitive before its noun; an acronym in brackets after a person's
name is his party, never the spelled-out form of the acronym."""

from __future__ import annotations

from token_helpers import persons
from token_helpers import tagged_tokens as tagged

from lagebild.entities.acronyms import article_acronyms
from lagebild.entities.candidates import Tok
from lagebild.entities.kb import actor_kb
from lagebild.entities.listed_names import (
    census_name_persons,
    first_name_persons,
    tagged_name_persons,
)


def names_of(tokens: list[Tok]) -> set[str]:
    """Names the first-name, census and tagger rules give."""
    kb = actor_kb()
    rules = (first_name_persons, census_name_persons, tagged_name_persons)
    return {candidate.name for rule in rules for candidate in rule(tokens, kb)}


def test_a_genitive_before_its_noun_loses_the_s(entities_of):
    found = persons(
        entities_of(
            "Es folgt Max Frischs Klassiker Homo Faber. Danach zeigt man Joanna Hoggs Film "
            "Exhibition und eine Umsetzung von Lars von Triers Film Dogville. Die Bilder "
            "reichen von Charlotte Perkins Gilmans Kurzgeschichte bis zu Tentakeln."
        )
    )
    assert {"Max Frisch", "Joanna Hogg", "Lars von Trier", "Charlotte Perkins Gilman"} <= set(found)
    assert not {"Max Frischs", "Joanna Hoggs", "Lars von Triers"} & set(found)


def test_a_genitive_before_a_hyphenated_noun_loses_the_s(entities_of):
    found = persons(
        entities_of("Der Spion gerät in Steven Spielbergs Kalter-Krieg-Thriller ins Visier.")
    )
    assert "Steven Spielberg" in found
    assert "Steven Spielbergs" not in found


def test_a_genitive_named_first_is_named_by_the_bare_surname_used_later(entities_of):
    found = persons(
        entities_of(
            'Steven Spielbergs "Bridge of Spies" ist ein Thriller. Der Regisseur Spielberg '
            "erzählt davon."
        )
    )
    assert "Steven Spielberg" in found
    assert "Steven Spielbergs" not in found


def test_a_genitive_after_a_noun_needs_the_bare_surname_elsewhere(entities_of):
    found = persons(
        entities_of("Ari Up wurde die Stieftochter Johnny Rottens. Rotten schwieg dazu.")
    )
    assert "Johnny Rotten" in found and "Johnny Rottens" not in found


def test_surnames_ending_in_s_keep_it(entities_of):
    found = persons(
        entities_of(
            "Hans Niessl sagte, Jens Stoltenberg und Ayaan Hirsi Ali sowie Klaus Johannis "
            "kamen. Lukas Bärfuss schrieb. Staatschef Klaus Johannis Reportern zufolge zögert."
        )
    )
    assert {"Hans Niessl", "Jens Stoltenberg", "Ayaan Hirsi Ali", "Klaus Johannis"} <= set(found)
    assert "Lukas Bärfuss" in found
    assert not {"Klaus Johanni", "Lukas Bärfus"} & set(found)


def test_a_determiner_or_verb_after_a_name_makes_no_genitive():
    tokens = tagged(
        "Sie/PPER zeigte/VVFIN gegen/APPR Kiki/NE Bertens/NE keine/PIAT überragende/ADJA "
        "Leistung/NN ./$."
    )
    names = names_of(tokens)
    assert "Kiki Bertens" in names and "Kiki Berten" not in names
    tokens = tagged("Auch/ADV Adrian/NE Sherwoods/NE frühen/ADJA Versuchen/NN mit/APPR Dub/NN ./$.")
    assert "Adrian Sherwood" in names_of(tokens)


def test_a_name_ends_at_a_genitive_before_a_noun():
    tokens = tagged(
        "Totes/ADJA Gebirge/NN :/$. Ernst/NE Kaltenbrunners/NE Alpeninszenierung/NN des/ART "
        "Endes/NN ./$. Kaltenbrunner/NE floh/VVFIN ./$."
    )
    names = names_of(tokens)
    assert "Ernst Kaltenbrunner" in names
    assert not any("Alpeninszenierung" in name for name in names)


def test_an_acronym_after_a_person_is_his_party(entities_of):
    text = (
        "Die Staatsanwaltschaft hat Anklage gegen den Premier Victor Ponta (PSD) erhoben. "
        "Ponta lehnte ab. Laut PSD-Vertretern gibt es keinen Grund."
    )
    found = persons(entities_of(text))
    assert found["Victor Ponta"].affiliation == "PSD"
    organisations = {e.name for e in entities_of(text) if e.type == "ORG"}
    assert "PSD" in organisations and "Victor Ponta" not in organisations


def test_an_acronym_only_after_a_person_names_no_organisation_of_its_own(entities_of):
    entities = entities_of("Die Abgeordnete Ayaan Hirsi Ali (VVD) trat zurück.")
    assert persons(entities)["Ayaan Hirsi Ali"].affiliation == "VVD"
    assert not [e for e in entities if e.type == "ORG"]


def test_an_acronym_after_an_organisation_is_still_its_short_name():
    kb = actor_kb()
    tokens = tagged(
        "Die/ART Movement/NE for/FM Democratic/FM Change/NE (/$( MDC/NE )/$( gewann/VVFIN"
    )
    acronyms = article_acronyms(tokens, kb)
    assert acronyms.definitions["MDC"][0] == "Movement for Democratic Change"
    assert not acronyms.person_parties
