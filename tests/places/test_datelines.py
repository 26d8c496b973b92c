"""A dateline opens a news report ("Linz – Die SPÖ …"): its names are places whatever
their size, and names that are also German words count there as after "in"."""

from __future__ import annotations

import pytest


def _names(places_in, text: str) -> list[tuple[str, str | None]]:
    return [(place.name, place.country) for place in places_in(text)[0]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cities under 250,000 people need a cue; the dateline is one
        (
            "Parteivorstand stärkt Chef. Linz – Die oberösterreichische SPÖ hat getagt.",
            [("Linz", "AT")],
        ),
        (
            "Salzburg – Nach einer Brandserie ist eine Frau festgenommen worden.",
            [("Salzburg", "AT")],
        ),
        (
            "Sturm will gewinnen. Graz/Innsbruck – Das Spiel beginnt um 16 Uhr.",
            [("Graz", "AT"), ("Innsbruck", "AT")],
        ),
        (
            "Über das Vermögen. Amstetten/St. Pölten –Der Konkurs ist eröffnet.",
            [("Amstetten", "AT"), ("St. Pölten", "AT")],
        ),
        # a name that is also a German word, as after "in"
        (
            "Keine Hinweise auf Terror. Essen – Bei einer Explosion gab es Verletzte.",
            [("Essen", "DE")],
        ),
    ],
)
def test_dateline_names_are_places(places_in, text: str, expected: list) -> None:
    assert _names(places_in, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no dash after the name, or the name inside the sentence: no dateline
        "Salzburg hat am Montag gewählt.",
        "Der Verein hat mit Salzburg – und nicht mit Graz – verhandelt.",
        "Keine Hinweise auf Terror. Essen ist wichtig.",
    ],
)
def test_no_dateline_without_its_form(places_in, text: str) -> None:
    names = [name for name, _ in _names(places_in, text)]
    assert "Salzburg" not in names
    assert "Essen" not in names
