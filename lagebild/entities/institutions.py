"""State institutions named by their noun: "die zentrale Wahlkommission", "das Gericht",
"des Innenministeriums", "dem Obersten Gericht von Simbabwe".

All mentions of one institution noun form one organisation. Its code is the state of a
state adjective or of "von <Staat>", else the state the article is about (filled in by
:func:`assign_institution_states` once the article's states are known).
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import TYPE_CHECKING

from lagebild.entities.caching import WORD_CACHE_SIZE
from lagebild.entities.candidates import Candidate, Tok
from lagebild.entities.kb import ActorKB, context_words, data_lines, data_rows
from lagebild.entities.origins import is_city_adjective, state_of_city, state_of_city_adjective
from lagebild.entities.suffixes import Endings
from lagebild.entities.word_positions import WordPositions
from lagebild.lexicon import noun_genera

if TYPE_CHECKING:  # resolve reads institution_of at run time
    from lagebild.entities.resolve import Cluster

KEY_PREFIX = "ORG:institution:"
PRIORITY = 2  # as organisation patterns; listed before them, so ties go to institutions
CONTRACTED = frozenset({"zur", "zum", "im", "beim", "vom", "am", "Im", "Zur", "Zum", "Vom"})


@cache
def own_code_institutions() -> frozenset[str]:
    """Institutions that act for themselves, not the state ("die Opposition")."""
    return frozenset(
        row[0]
        for row in data_rows("state_institutions.txt")
        if len(row) > 1 and row[1].strip() == "own"
    )


@cache
def _institution_forms() -> dict[str, str]:
    """Lowercase inflected form -> nominative."""
    forms = {}
    for noun in data_lines("state_institutions.txt"):
        for ending in ("", "s", "es", "en", "n"):
            forms[noun.lower() + ending] = noun
    return forms


@cache
def _institution_endings() -> Endings[str]:
    return Endings(_institution_forms())


def institution_of(word: str) -> tuple[str, str] | None:
    """(nominative of the word, listed noun it ends in): "Innenministeriums" ->
    ("Innenministerium", "Ministerium")."""
    # a lower-case word is answered before the cache, which so keeps capitalised words
    return _cached_institution_of(word) if word[:1].isupper() else None


@lru_cache(maxsize=WORD_CACHE_SIZE)  # pure, and called for every capitalised token
def _cached_institution_of(word: str) -> tuple[str, str] | None:
    if not word[:1].isupper() or "-" in word:
        return None
    lowered = word.lower()
    found = _institution_endings().longest(lowered, 3)
    if found is None:
        return None
    cut, noun = found
    return (word[:cut] + noun.lower(), noun) if cut else (noun, noun)


def _nominative(adjective: str, head: str) -> str:
    """The adjective as in the name's nominative ("obersten" -> "Oberster" Gerichtshof);
    a city's adjective has no case endings ("Wiener Landesgericht")."""
    if is_city_adjective(adjective):
        return adjective
    stem = adjective
    for ending in ("en", "em", "er", "es", "e"):
        if adjective.endswith(ending):
            stem = adjective[: -len(ending)]
            break
    genus = noun_genera().get(head)
    return stem[:1].upper() + stem[1:] + {"m": "er", "n": "es"}.get(genus or "", "e")


@cache
def _supranational_seats() -> frozenset[str]:
    return frozenset(data_lines("supranational_seats.txt"))


@cache
def _supranational_institutions() -> dict[tuple[str, str], tuple[str, str]]:
    """(seat, institution noun) -> (code, name) of the European body it names."""
    return {
        (row[0], row[1]): (row[2], row[3]) for row in data_rows("supranational_institutions.tsv")
    }


def _placed_state(place: str) -> str | None:
    """ "das Bezirksgericht in Kalifornien": an institution sits where it is placed, not where
    the article is datelined ("Wolfsburg –"); not in a seat of European courts and bodies
    ("das Gericht in Straßburg" is the European one)."""
    return None if place in _supranational_seats() else state_of_city(place)


def _place_named_with(tokens: list[Tok], index: int) -> str | None:
    """The place an institution's noun at ``index`` is named with: "das Gericht in Straßburg",
    "die Staatsanwaltschaft Mainz", "beim Landgericht München"."""
    if index + 2 < len(tokens) and tokens[index + 1].text == "in":
        return tokens[index + 2].text
    if index + 1 < len(tokens) and tokens[index + 1].tag in ("NE", ""):  # "" where untagged
        return tokens[index + 1].text
    return None


def institution_candidates(
    tokens: list[Tok], kb: ActorKB, positions: WordPositions
) -> list[Candidate]:
    determiners = set(context_words()["articles"]) | CONTRACTED
    found = []
    # an institution's noun is capitalised and ends in a listed form
    for index in positions.capitalised_ending_in(_institution_endings().tails):
        found_noun = institution_of(tokens[index].text)
        if found_noun is None:
            continue
        noun, head = found_noun
        first = index
        while first > 0 and (
            tokens[first - 1].tag == "ADJA"
            or (
                not tokens[first - 1].tag
                and tokens[first - 1].text.isalpha()
                and tokens[first - 1].text.endswith(("e", "en", "er", "es"))
                and tokens[first - 1].text not in determiners
            )
        ):
            first -= 1
        if first == 0 or tokens[first - 1].text not in determiners:
            continue
        code = None
        for adjective in tokens[first:index]:
            surface = kb.phrases.get((adjective.text,))
            if surface and surface.kind == "adjective":
                code = surface.actor.code
            elif code is None:  # "das Münchner Landgericht"
                code = state_of_city_adjective(adjective.text)
        if index + 2 < len(tokens) and tokens[index + 1].text == "von":
            surface = kb.phrases.get((tokens[index + 2].text,))
            if surface and surface.actor.type == "GPE" and surface.kind == "name":
                code = surface.actor.code
        words = [_nominative(t.text, head) for t in tokens[first:index]] + [noun]
        name = " ".join(words)
        place = _place_named_with(tokens, index)
        if code is None and place is not None:
            code = _placed_state(place)
            code, name = _supranational_institutions().get((place, noun), (code, name))
        found.append(
            Candidate(
                first=first,
                last=index,
                type="ORG",
                kind="name",
                key=KEY_PREFIX + noun.lower(),
                name=name,
                code=code,
                priority=PRIORITY,
            )
        )
    return found


def assign_institution_states(clusters: dict[str, Cluster], main_state: str | None) -> None:
    """One name and code per institution: the best-described mention's, else the state."""
    for key, group in clusters.items():
        if not key.startswith(KEY_PREFIX):
            continue
        described = max(group.candidates, key=lambda c: (c.last - c.first, -c.first))
        own = key.removeprefix(KEY_PREFIX) in {noun.lower() for noun in own_code_institutions()}
        code = (
            described.name
            if own
            else (next((c.code for c in group.candidates if c.code), None) or main_state)
        )
        for candidate in group.candidates:
            candidate.name, candidate.code = described.name, code
