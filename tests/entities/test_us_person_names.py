"""Persons of US news in German: middle initials inside names, first names only the US
Census list knows (and evidence for those that are German words too), namesakes of one
surname, and a title "aus <state or region>" naming whom a person acts for."""

from __future__ import annotations

from token_helpers import persons
from token_helpers import tagged_tokens as tagged

from lagebild.entities.kb import actor_kb
from lagebild.entities.listed_names import census_name_persons, tagged_name_persons


def test_a_middle_initial_stays_inside_the_name(entities_of):
    found = persons(
        entities_of(
            "Der Bruder des früheren Präsidenten George W. Bush sprach. Auch John F. Kennedy "
            "wurde genannt, ebenso der Schauspieler Michael J. Fox."
        )
    )
    assert {"George W. Bush", "John F. Kennedy", "Michael J. Fox"} <= set(found)
    assert "George" not in found and "John" not in found


def test_an_initial_before_a_pronoun_or_article_ends_the_name():
    kb = actor_kb()
    for words in (
        "Angeklagt/VVPP ist/VAFIN Peter/NE M./NE Er/PPER bestreitet/VVFIN die/ART Tat/NN",
        "Angeklagt/VVPP ist/VAFIN Peter/NE M./NE Das/ART Gericht/NN tagt/VVFIN",
    ):
        names = [c.name for c in tagged_name_persons(tagged(words), kb)]
        assert not any(name.endswith(("Er", "Das")) for name in names), words


def test_a_census_first_name_before_a_surname_is_a_person(entities_of):
    found = persons(entities_of("Die Partei wird von Ted Cruz unterstützt."))
    assert "Ted Cruz" in found


def test_an_unknown_first_name_needs_the_surname_used_elsewhere():
    kb = actor_kb()
    with_evidence = tagged(
        "Man/PIS könnte/VMFIN sich/PRF bei/APPR Jeb/NE Bush/NE wohler/ADJD fühlen/VVINF ./$. "
        "Sein/PPOSAT Bruder/NN George/NE W./NE Bush/NE schwieg/VVFIN ./$."
    )
    assert "Jeb Bush" in [c.name for c in census_name_persons(with_evidence, kb)]
    alone = tagged("Man/PIS könnte/VMFIN sich/PRF bei/APPR Jeb/NE Bush/NE wohler/ADJD fühlen/VVINF")
    assert census_name_persons(alone, kb) == []


def test_a_common_noun_as_first_name_needs_a_title_and_the_surname_alone():
    kb = actor_kb()
    text = (
        "Rand/NN Paul/NE ,/$, ebenfalls/ADV ein/ART potenzieller/ADJA "
        "Präsidentschaftskandidat/NN ,/$, versucht/VVFIN es/PPER ./$. "
        "Sowohl/KON Cruz/NE als/KOKOM auch/ADV Paul/NE sind/VAFIN Symptome/NN ./$."
    )
    assert [c.name for c in census_name_persons(tagged(text), kb)] == ["Rand Paul"]
    # a noun before a surname, without a title beside it, is no first name
    for words in (
        "Sie/PPER standen/VVFIN am/APPRART Rand/NN Paul/NE ./$. Paul/NE lachte/VVFIN ./$.",
        "Die/ART Regierung/NN Merkel/NE ,/$, ein/ART Bündnis/NN ./$. Merkel/NE sprach/VVFIN",
    ):
        assert census_name_persons(tagged(words), kb) == [], words


def test_a_verb_that_is_a_census_name_begins_no_person():
    kb = actor_kb()
    # "Art" (noun) and "Will" (a verb here) are census first names too
    text = "Diese/PDAT Art/NN Kunst/NN gefällt/VVFIN ./$. Will/VMFIN Meier/NE kommen/VVINF ?/$."
    assert census_name_persons(tagged(text), kb) == []


def test_namesakes_with_different_first_names_are_two_persons(entities_of):
    found = persons(
        entities_of(
            "Der Flügel könnte sich bei Jeb Bush wohler fühlen. Der Bruder des früheren "
            "Präsidenten George W. Bush soll seine Kandidatur bekanntgeben."
        )
    )
    assert {"Jeb Bush", "George W. Bush"} <= set(found)
    assert [m.text for m in found["Jeb Bush"].mentions] == ["Jeb Bush"]


def test_a_longer_first_name_is_the_same_person(entities_of):
    found = persons(
        entities_of(
            "Gestern sprach Frank Walter Steinmeier. Danach schwieg Walter Steinmeier, dann "
            "Frank Steinmeier."
        )
    )
    assert list(found) == ["Frank Walter Steinmeier"]
    assert len(found["Frank Walter Steinmeier"].mentions) == 3


def test_a_title_aus_a_state_names_the_country(entities_of):
    found = persons(
        entities_of(
            "Die Fraktion wird von Ted Cruz, dem Senator aus Texas, umworben. Rand Paul, "
            "ebenfalls ein potenzieller republikanischer Präsidentschaftskandidat, Senator "
            "aus Kentucky, versucht es anders. Sowohl Cruz als auch Paul sind Symptome."
        )
    )
    assert found["Ted Cruz"].affiliation == "USA"
    assert found["Rand Paul"].affiliation == "USA"
    # the apposition describes Rand Paul, no unnamed candidate of its own
    assert not any("Präsidentschaftskandidat" in name for name in found)


def test_a_german_land_after_a_title_names_germany(entities_of):
    found = persons(entities_of("Gestern widersprach Thomas Huber, ein Abgeordneter aus Bayern."))
    assert found["Thomas Huber"].affiliation == "DEU"


def test_media_clubs_and_particles_are_no_census_persons():
    kb = actor_kb()
    for words in (
        # "The", "State", "Games" make a run a medium, club or firm
        "Das/ART schrieb/VVFIN The/NE Times/NE ./$. Die/ART Times/NE irrte/VVFIN ./$.",
        "Die/ART Golden/NE State/NE Warriors/NE siegten/VVFIN ./$.",
        "von/APPR Northway/NE Games/NE und/KON Radial/NE Games/NE ./$.",
        # a two-letter census name is mostly a particle ("Le Pen", "Le Bourget")
        "in/APPR Le/NE Bourget/NE ./$. Bourget/NE liegt/VVFIN nahe/ADV ./$.",
    ):
        assert census_name_persons(tagged(words), kb) == [], words


def test_von_after_a_census_name_ends_it():
    kb = actor_kb()
    text = "laut/APPR Ted/NE Cramer/NE von/APPR der/ART Royal/NE Society/NE ./$."
    assert [c.name for c in census_name_persons(tagged(text), kb)] == ["Ted Cramer"]
