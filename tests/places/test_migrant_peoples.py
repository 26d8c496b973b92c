"""Peoples an article tells as migrants ("sudanesische Asylwerber", "Bosnier in Österreich")
do not count for the focus country: the article is about where they live."""

from __future__ import annotations

import re

from lagebild.model import Entity, Mention, MentionKind


def _state(
    entity_id: str, name: str, code: str, text: str, words: dict[str, MentionKind]
) -> Entity:
    """A GPE entity whose mentions are every occurrence of the given words (word: kind)."""
    mentions = [
        Mention(start=found.start(), end=found.end(), text=found.group(), kind=kind)
        for word, kind in words.items()
        for found in re.finditer(rf"\b{word}\b", text)
    ]
    return Entity(id=entity_id, name=name, type="GPE", code=code, mentions=mentions)


def test_people_living_in_another_named_state_do_not_count(places_in) -> None:
    text = (
        "Bosnier in Österreich haben Arbeit. Bosnier sind gut integriert. Die Bosnier "
        "arbeiten oft im Handwerk. Österreich hat davon profitiert."
    )
    bosnia = _state("E1", "Bosnien", "BIH", text, {"Bosnier": "demonym"})
    austria = _state("E2", "Österreich", "AUT", text, {"Österreich": "name"})
    # Austria is named twice, the Bosnians three times: they live there
    assert places_in(text, [bosnia, austria])[1] == "AT"


def test_adjective_before_a_migrant_noun(places_in) -> None:
    text = (
        "In Wien und in Graz half ein Sozialarbeiter einem sudanesischen Asylwerber. Der "
        "Sudanese und der sudanesische Freund arbeiteten im Garten."
    )
    words: dict[str, MentionKind] = {
        "sudanesischen": "demonym",
        "Sudanese": "demonym",
        "sudanesische": "demonym",
    }
    sudan = _state("E1", "Sudan", "SDN", text, words)
    assert places_in(text, [sudan])[1] == "AT"


def test_people_acting_at_home_still_count(places_in) -> None:
    text = "Die Bosnier wählen. Die Bosnier streiten. In Wien wird berichtet."
    bosnia = _state("E1", "Bosnien", "BIH", text, {"Bosnier": "demonym"})
    assert places_in(text, [bosnia])[1] == "BA"
