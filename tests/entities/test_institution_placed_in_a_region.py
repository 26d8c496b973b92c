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


def test_a_court_in_strasbourg_is_the_european_court_of_human_rights(entities_of) -> None:
    found = entities_of(
        "Flüchtlinge in Ungarn. Budapest – Jede Person sollte nach der Rechtsprechung des "
        "Gerichts in Straßburg behandelt werden, sagte er über Ungarn."
    )
    assert _code(found, "Europäischer Gerichtshof für Menschenrechte") == "COE"


def test_the_european_courts_are_known_by_name_and_acronym(entities_of) -> None:
    human_rights = entities_of(
        "Die Türkei wurde vom Europäischen Gerichtshof für Menschenrechte verurteilt."
    )
    assert _code(human_rights, "Europäischer Gerichtshof für Menschenrechte") == "COE"
    union = entities_of("Österreich hat den Fall an den EuGH verwiesen.")
    assert _code(union, "Europäischer Gerichtshof") == "EU"


def test_a_prosecutor_named_with_a_german_city_is_german_under_a_vienna_dateline(
    entities_of,
) -> None:
    found = entities_of(
        "Keine Ermittlungen. Wien – Die Staatsanwaltschaft Mainz sieht von Ermittlungen ab, "
        "teilte die Staatsanwaltschaft mit."
    )
    assert _code(found, "Staatsanwaltschaft") == "DEU"


def test_a_court_after_a_city_adjective_is_of_that_city_state(entities_of) -> None:
    found = entities_of("Urteil gefallen. Wien – Das Münchner Landgericht hat entschieden.")
    assert _code(found, "Münchner Landgericht") == "DEU"
