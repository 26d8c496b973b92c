"""A court or ministry placed by "in <region>" belongs to that region's state, not to the
state of the article's dateline ("Wolfsburg – … das Bezirksgericht in Kalifornien")."""

from __future__ import annotations


def _code(entities, name: str) -> str | None:
    return next(e.code for e in entities if e.name == name)


def test_a_court_in_california_is_american_under_a_german_dateline(entities_of) -> None:
    found = entities_of(
        "Aufschub für VW. Wolfsburg – In der Abgasaffäre hat das Bezirksgericht in "
        "Kalifornien dem Konzern vier Wochen Aufschub gegeben. VW in Wolfsburg schweigt."
    )
    assert _code(found, "Bezirksgericht") == "USA"


def test_a_court_without_a_place_keeps_the_dateline_state(entities_of) -> None:
    found = entities_of(
        "Aufschub für VW. Wolfsburg – Das Bezirksgericht hat dem Konzern Aufschub gegeben."
    )
    assert _code(found, "Bezirksgericht") == "DEU"


def test_a_court_in_strasbourg_is_not_french(entities_of) -> None:
    found = entities_of(
        "Flüchtlinge in Ungarn. Budapest – Jede Person sollte nach der Rechtsprechung des "
        "Gerichts in Straßburg behandelt werden, sagte er über Ungarn."
    )
    assert _code(found, "Gericht") != "FRA"
