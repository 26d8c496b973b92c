"""Peoples an article tells as migrants ("sudanesische Asylwerber", "geflüchtete Syrer",
"Bosnier in Österreich"): their mentions say who lives where, not which state the article
is about, so they do not count for its focus country (a refugee from Sudan in an article
on a Lower Austrian social worker; the Bosnians on Austria's labour market)."""

from __future__ import annotations

import functools
from importlib import resources

from lagebild.model import Entity, Mention

#: The endings that make a stem of migrant_nouns.txt a noun form ("Flüchtlinge").
_NOUN_ENDINGS = ("", "e", "en", "n", "s", "in", "innen")
#: The endings that make a stem of migrant_adjectives.txt an adjective form ("geflüchteten").
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es")
#: What may stand right after a word ("einem sudanesischen Asylwerber.").
_PUNCTUATION = ".,;:!?)\"'“”"
#: The preposition between a people and the state they live in ("Bosnier in Österreich").
_RESIDENT_IN = " in "


@functools.cache
def _forms(filename: str, endings: tuple[str, ...]) -> frozenset[str]:
    text = resources.files("lagebild.places").joinpath("data", filename).read_text("utf-8")
    stems = [
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]
    return frozenset(stem + ending for stem in stems for ending in endings)


def is_people_word(mention: Mention) -> bool:
    """A people's noun ("Bosnier") or a state's adjective ("bosnische") on its own: one word
    of the kind demonym (one before a side noun, "die bosnische Regierung", is two)."""
    return mention.kind == "demonym" and " " not in mention.text


def migrant_peoples(text: str, entities: list[Entity]) -> set[str]:
    """The ids of the states (GPE entities) whose people the article tells as migrants in
    one of their mentions at least."""
    other_starts = {
        (mention.start, entity.id)
        for entity in entities
        if entity.type == "GPE"
        for mention in entity.mentions
    }
    return {
        entity.id
        for entity in entities
        if entity.type == "GPE"
        and any(
            is_people_word(mention) and _as_migrants(text, mention, entity.id, other_starts)
            for mention in entity.mentions
        )
    }


def _as_migrants(
    text: str, mention: Mention, own_id: str, other_starts: set[tuple[int, str]]
) -> bool:
    after = text[mention.end : mention.end + 40].split()
    if mention.text[:1].islower():  # "sudanesischen Asylwerber", "die bosnische Diaspora"
        return bool(after) and after[0].rstrip(_PUNCTUATION) in _forms(
            "migrant_nouns.txt", _NOUN_ENDINGS
        )
    before = text[max(0, mention.start - 40) : mention.start].split()
    if before and before[-1] in _forms("migrant_adjectives.txt", _ADJECTIVE_ENDINGS):
        return True  # "geflüchtete Syrer"
    # "Bosniern in Österreich": in another state the article names
    state_start = mention.end + len(_RESIDENT_IN)
    return text.startswith(_RESIDENT_IN, mention.end) and any(
        start == state_start and entity_id != own_id for start, entity_id in other_starts
    )
