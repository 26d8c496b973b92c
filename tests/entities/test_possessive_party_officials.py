"""An official named after "ihr-" serves the organisation named before in the clause:
"Die ÖVP hatte ihren Klubobmann Thomas Stelzer dazugebeten" is the ÖVP's, not Austria's;
a title between ("Kanzlerin Angela Merkel und ihren Sprecher") names the person the
possessive refers to."""

from __future__ import annotations

from lagebild.model import Entity


def affiliation_of(entities: list[Entity], name: str) -> str | None:
    return next(e.affiliation for e in entities if e.name == name)


def test_a_party_and_its_club_chairman(entities_of):
    entities = entities_of("Wien – Auch die ÖVP hatte ihren Klubobmann Thomas Stelzer dazugebeten.")
    assert affiliation_of(entities, "Thomas Stelzer") == "ÖVP"


def test_a_party_and_its_candidate(entities_of):
    entities = entities_of(
        "Wien – Die FPÖ plakatiert ihren Präsidentschaftskandidaten Norbert Hofer als Stimme "
        "der Vernunft."
    )
    assert affiliation_of(entities, "Norbert Hofer") == "FPÖ"


def test_a_person_between_takes_the_possessive(entities_of):
    entities = entities_of(
        "Wien – Die UNO kritisierte Kanzlerin Angela Merkel und ihren Sprecher Steffen Seibert."
    )
    assert affiliation_of(entities, "Steffen Seibert") != "UN"
