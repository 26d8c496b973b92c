"""Capitals standing for their state's government ("Moskau habe …", "Washingtons
Forderungen") and capitals that are places or parts of names ("in Moskau", "in Brüssel und
Paris", "das Oberlandesgericht Wien", "Paris Saint-Germain", "Wiens Bürgermeister")."""

from __future__ import annotations

from functools import cache

from lagebild.entities.candidates import Tok
from lagebild.entities.kb import ActorKB, context_words, data_lines
from lagebild.entities.names import is_common_noun, title_of
from lagebild.entities.sentence_starts import capitalised_by_sentence_start

#: how far back a list of places is followed to its preposition ("in A, B, C und D")
PLACE_LIST_TOKENS = 12
LIST_LINKS = frozenset({",", "und", "oder", "sowie"})


@cache
def city_office_nouns() -> frozenset[str]:
    return frozenset(data_lines("city_office_nouns.txt"))


def _listed_after_place_preposition(tokens: list[Tok], first: int) -> bool:
    """ "in Graz und Wien", "In Salzburg, Graz, Linz und Wien": the last of a list of places
    that a place preposition opens."""
    if first == 0 or tokens[first - 1].text not in LIST_LINKS:
        return False
    words = context_words()
    prepositions = set(words["place_prepositions"]) - set(words["relating_prepositions"])
    for index in range(first - 1, max(first - PLACE_LIST_TOKENS, 0) - 1, -1):
        word = tokens[index].text
        if word in prepositions:
            return True
        if word not in LIST_LINKS and not word[:1].isupper():
            return False
    return False


def _ends_a_name(tokens: list[Tok], first: int) -> bool:
    """ "das Oberlandesgericht Wien", "die Agentur DDB Wien", "Rapid Wiens": a capitalised
    word before the capital, where not only the sentence start capitalises it."""
    if first == 0:
        return False
    before = tokens[first - 1].text
    if not before[:1].isupper() or title_of(before):
        return False
    return is_common_noun(before) or not capitalised_by_sentence_start(tokens, first - 1)


def _is_genitive(tokens: list[Tok], last: int, kb: ActorKB) -> bool:
    """ "Moskaus", not "Paris": the word without its "s" is the capital too."""
    word = tokens[last].text
    surface = kb.phrases.get((word[:-1],)) if word.endswith("s") else None
    return surface is not None and surface.kind == "capital"


def is_capital_metonym(tokens: list[Tok], first: int, last: int, kb: ActorKB) -> bool:
    """ "Moskau habe …" speaks for the government; "in Moskau" is a place."""
    words = context_words()
    before = tokens[first - 1].text if first > 0 else ""
    if before in words["place_prepositions"] or before in words["articles"]:
        return False
    if _ends_a_name(tokens, first) or _listed_after_place_preposition(tokens, first):
        return False
    if (
        first > 1
        and tokens[first - 2].text in words["place_prepositions"]
        and before in ("der", "dem", "die", "den")
    ):
        return False
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    if after is None:
        return False
    if _is_genitive(tokens, last, kb) and after.text[:1].isupper():
        return after.text not in city_office_nouns()  # "Moskaus Forderungen"
    if after.tag:
        return after.tag.startswith(("VV", "VA", "VM")) and after.tag.endswith("FIN")
    return after.text.isalpha() and after.text.islower() and after.text not in ("und", "oder")
