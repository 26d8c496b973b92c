"""A ministry named for two states is two ministries: "das slowenische Innenministerium"
and "des österreichischen Innenministeriums"; "des dortigen Innenministeriums" is the
ministry of the state just named, not the one the article named before without a state."""

from __future__ import annotations

from lagebild.model import Entity


def codes_of(entities: list[Entity], mention: str) -> list[str | None]:
    return [e.code for e in entities if any(m.text == mention for m in e.mentions)]


def test_ministries_of_two_state_adjectives_are_apart(entities_of):
    entities = entities_of(
        "Das teilte das slowenische Innenministerium am Sonntag mit. Ein Sprecher des "
        "österreichischen Innenministeriums wollte das nicht kommentieren. Slowenien "
        "schließt die Grenze, Slowenien baut einen Zaun."
    )
    assert codes_of(entities, "slowenische Innenministerium") == ["SVN"]
    assert codes_of(entities, "österreichischen Innenministeriums") == ["AUT"]


def test_the_ministry_there_is_the_state_the_sentence_is_set_in(entities_of):
    entities = entities_of(
        "Wien – Das Innenministerium will eine Halle in Klagenfurt nutzen. In Kroatien kamen "
        "mehr als 5.500 Flüchtlinge aus Serbien an, zeigen die Zahlen des dortigen "
        "Innenministeriums. Österreich prüft die Lage."
    )
    assert codes_of(entities, "dortigen Innenministeriums") == ["HRV"]
    assert codes_of(entities, "Innenministerium") == ["AUT"]


def test_one_state_named_keeps_the_bare_mentions(entities_of):
    entities = entities_of(
        "Das österreichische Innenministerium zeigt sich gelassen. Das Innenministerium "
        "hofft auf eine rasche Einigung mit der Slowakei."
    )
    assert codes_of(entities, "österreichische Innenministerium") == ["AUT"]
    assert codes_of(entities, "Innenministerium") == ["AUT"]
