"""Ownerless protests that take no actor from the story: a protest remembered as history
("an die Niederschlagung von Protesten … im Jahr 1939 erinnert") is not one of today's
movement, and a protest drawn on someone ("was ihm wütenden Protest einbrachte") comes from
others than the group named nearby."""

from __future__ import annotations

from functools import cache

from lagebild.events.candidate import Candidate
from lagebild.events.lexicon import word_list


def told_apart(candidate: Candidate) -> bool:
    """An ownerless protest noun in a sentence that remembers it or draws it on someone."""
    if candidate.trigger.type != "PROTEST" or not candidate.nominal:
        return False
    cues = _apart_cues()
    return any(token.lemma_.casefold() in cues for token in candidate.sentence)


@cache
def _apart_cues() -> frozenset[str]:
    """Lemmas of remembering (data/commemoration_words.txt) and of drawing protest on
    oneself (data/drawn_protest_verbs.txt)."""
    return word_list("commemoration_words.txt") | word_list("drawn_protest_verbs.txt")
