"""States named with a typo: "auf die Solomonen" (Salomonen), "in der Slowakai".

Only where the text itself marks a country: a capitalised word after a place preposition
and an article (towns take none), that no listed name or common noun matches, one letter
off (changed, added or dropped) from exactly one listed state name of some length. A
wrong state is worse than none, so an ambiguous or short word stays unresolved.
"""

from __future__ import annotations

from functools import cache

from lagebild.entities.candidates import Candidate, Tok
from lagebild.entities.kb import ActorKB, Surface, actor_kb, context_words
from lagebild.entities.names import is_common_noun, one_letter_off, title_of

#: shorter names are too often one letter off another word
MIN_NAME_LENGTH = 7
PRIORITY = 2  # below listed names, which never overlap a typo anyway


@cache
def _state_names_by_start() -> dict[tuple[str, int], list[tuple[str, Surface]]]:
    """(first letter, length) -> the single-word state names of the knowledge base."""
    index: dict[tuple[str, int], list[tuple[str, Surface]]] = {}
    for words, surface in actor_kb().phrases.items():
        name = words[0]
        if (
            len(words) == 1
            and surface.actor.type == "GPE"
            and surface.kind == "name"
            and len(name) >= MIN_NAME_LENGTH
        ):
            index.setdefault((name[0], len(name)), []).append((name, surface))
    return index


def misspelt_state(word: str) -> Surface | None:
    """The one listed state name ``word`` is one letter off, else None."""
    names = _state_names_by_start()
    found = {
        surface.actor.key: surface
        for length in (len(word) - 1, len(word), len(word) + 1)
        for name, surface in names.get((word[0], length), ())
        if one_letter_off(word, name)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def misspelt_state_candidates(tokens: list[Tok], kb: ActorKB) -> list[Candidate]:
    prepositions = set(context_words()["place_prepositions"]) | set(
        context_words()["island_prepositions"]
    )
    articles = set(context_words()["articles"])
    found = []
    # the cheap tests first, for every token in one comprehension: most tokens fail on the
    # words before them
    after_article = [
        index
        for index in range(2, len(tokens))
        if tokens[index - 1].text in articles and tokens[index - 2].text in prepositions
    ]
    for index in after_article:
        word = tokens[index].text
        if (
            len(word) < MIN_NAME_LENGTH
            or not word[:1].isupper()
            or not word.isalpha()
            or (word,) in kb.phrases
            or is_common_noun(word)
            or title_of(word)
        ):
            continue
        surface = misspelt_state(word)
        if surface is None:
            continue
        actor = surface.actor
        found.append(
            Candidate.of_actor(actor, index, index, "name", PRIORITY, surface.base or None)
        )
    return found
