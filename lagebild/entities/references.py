"""Nouns that stand for a state without naming it: "die Regierung", "das Land".

"die Regierung", "die Armee" (and possessives "seiner Regierung") speak for the state
the article is about (the state named in the same sentence would more often be wrong:
"Gespräche mit den USA, sagte die Regierung in Harare"), "die dortige Regierung" for
the state named last;
"das Land", "des Landes" refer back to the state named last.
"""

from __future__ import annotations

from functools import cache

from lagebild.entities.candidates import Tok
from lagebild.entities.kb import (
    ActorKB,
    actor_kb,
    context_words,
    data_lines,
    region_adjectives,
)
from lagebild.entities.resolve import Cluster
from lagebild.entities.state_guesses import most_mentioned_state, weights_with_regions
from lagebild.entities.word_positions import WordPositions, positions_in

POSSESSIVES = frozenset(
    stem + ending
    for stem in ("sein", "ihr", "Sein", "Ihr", "unser", "Unser")
    for ending in ("", "e", "er", "es", "en", "em")
)
BACK_REFERENCE_WINDOW = 1500  # characters
#: words between a state noun and the state it belongs to ("die Regierung von Mali")
OWNER_LINKS = frozenset({"von", "vom", "in", "im"})
#: prepositions of a place where something is ("in Mali", "im Irak")
LOCATIVES = frozenset({"in", "In", "im", "Im"})
#: tokens that end a clause
CLAUSE_BREAKS = frozenset({".", "!", "?", ";", ":", ",", "–"})


@cache
def state_bare_nouns() -> frozenset[str]:
    return frozenset(data_lines("state_bare_nouns.txt"))


@cache
def country_nouns() -> frozenset[str]:
    return frozenset(data_lines("country_nouns.txt"))


@cache
def _determiners() -> frozenset[str]:
    return frozenset(context_words()["articles"]) | POSSESSIVES


def _determined(tokens: list[Tok], index: int) -> bool:
    """An article or possessive before the noun, adjectives allowed between."""
    determiners = _determiners()
    cursor = index - 1
    while cursor >= 0 and tokens[cursor].tag == "ADJA":
        cursor -= 1
    return cursor >= 0 and tokens[cursor].text in determiners


ADJECTIVE_ENDINGS = ("en", "em", "er", "es", "e")


def _region_state(tokens: list[Tok], index: int) -> str | None:
    """ "der steirischen Polizei": the code of the state a region adjective before the noun
    lies in ("" for "europäisch", no single state's), None where no such adjective stands."""
    regions = region_adjectives()
    cursor = index - 1
    while cursor >= 0 and tokens[cursor].tag == "ADJA":
        word = tokens[cursor].text
        forms = [word] + [word[: -len(end)] for end in ADJECTIVE_ENDINGS if word.endswith(end)]
        for form in forms:
            if form in regions:
                return regions[form]
        cursor -= 1
    return None


def _state_positions(clusters: dict[str, Cluster]) -> list[tuple[int, str]]:
    positions = []
    for key, group in clusters.items():
        if key.startswith("GPE:"):
            positions += [(c.first, key) for c in group.candidates]
            # a role noun names a person, not the country "das Land" refers back to
            # ("der erste Papst, der die Stadt im Osten des Landes besucht")
            positions += [(m[0], key) for m in group.extra_mentions if m[2] != "role"]
    return sorted(positions)


def _state_before(tokens: list[Tok], positions: list[tuple[int, str]], index: int) -> str | None:
    limit = tokens[index].start - BACK_REFERENCE_WINDOW
    for position, key in reversed(positions):
        if position >= index:
            continue
        if tokens[position].start < limit:
            return None
        return key
    return None


def _capital_state(word: str) -> str | None:
    """The state key of a capital ("Warschau" -> "GPE:POL"), else None."""
    surface = actor_kb().phrases.get((word,))
    return surface.actor.key if surface is not None and surface.kind == "capital" else None


def _owner_state(tokens: list[Tok], positions: list[tuple[int, str]], index: int) -> str | None:
    """ "die Regierung Malis", "der Armee von Mali", "die Regierung in Bamako": the state
    named right after the noun, as a genitive or after "von"/"in" (and an article).
    A capital after "in" is a place, not a mention of its state, so it is looked up here:
    "die Regierung in Warschau" is Poland's whatever state the article is about."""
    links = OWNER_LINKS | set(context_words()["articles"])
    following = {position: key for position, key in positions if index < position <= index + 3}
    for position in range(index + 1, min(index + 4, len(tokens))):
        if position in following:
            return following[position]
        if position > index + 1 and tokens[position - 1].text in OWNER_LINKS:
            capital = _capital_state(tokens[position].text)
            if capital:
                return capital
        if tokens[position].text not in links:
            return None
    return None


def _state_located_before(
    tokens: list[Tok], positions: list[tuple[int, str]], index: int
) -> str | None:
    """ "In Mali hat die Regierung …": a state named as the place of the noun's own clause
    ("in"/"im" and a state, between the clause's start and the noun)."""
    starts = {position: key for position, key in positions if position < index}
    articles = set(context_words()["articles"])
    for position in range(index - 1, -1, -1):
        if tokens[position].text in CLAUSE_BREAKS or (tokens[position].sent != tokens[index].sent):
            return None
        if position not in starts:
            continue
        before = position - 1
        if before >= 0 and tokens[before].text in articles:
            before -= 1
        if before >= 0 and tokens[before].text in LOCATIVES:
            return starts[position]
    return None


def attach_state_references(
    tokens: list[Tok],
    clusters: dict[str, Cluster],
    covered: set[int],
    positions: WordPositions | None = None,
) -> None:
    nouns = state_bare_nouns() | country_nouns()
    words = positions.words if positions else [token.text for token in tokens]
    # the noun first, for every token at once: a look-up rules out most tokens before the
    # walk back to a determiner
    found = positions_in(words, nouns)
    # the loop below covers only the noun it is at, so the nouns are chosen before it
    determined = [i for i in found if i not in covered and _determined(tokens, i)]
    if not determined:
        return  # most articles: the states' weights below are not needed
    states_at = _state_positions(clusters)
    main_state = most_mentioned_state(clusters, weights_with_regions(tokens, clusters))
    for index in determined:
        token = tokens[index]
        key = None
        if token.text in state_bare_nouns():
            region = _region_state(tokens, index)
            if region is not None:
                # the region's own state, never the article's main state instead
                key = f"GPE:{region}" if region else None
            elif tokens[index - 1].text.startswith("dortig"):
                key = _state_before(tokens, states_at, index)
            else:
                key = (
                    _owner_state(tokens, states_at, index)
                    or _state_located_before(tokens, states_at, index)
                    or (f"GPE:{main_state}" if main_state else None)
                )
        elif token.text in country_nouns():
            key = _state_before(tokens, states_at, index)
        if key in clusters:
            clusters[key].extra_mentions.append((index, index, "metonym"))
            covered.add(index)


def _describes_named(tokens: list[Tok], index: int, kb: ActorKB) -> bool:
    """ "der serbischen Provinz Kosovo": the adjective belongs to a named place's label."""
    if index + 2 >= len(tokens):
        return False
    named = kb.phrases.get((tokens[index + 2].text,))
    return named is not None and named.kind == "name" and tokens[index + 1].text[:1].isupper()


def attach_state_adjectives(
    tokens: list[Tok],
    clusters: dict[str, Cluster],
    covered: set[int],
    kb: ActorKB,
    positions: WordPositions | None = None,
) -> None:
    """ "israelische Kampfflugzeuge", "das iranische Atomprogramm": a state adjective
    mentions a state the article names; "brasilianisch-amerikanische" mentions two."""
    # only a listed word (one that begins a listed phrase, ``kb.lengths``) or a hyphenated
    # one can mention a state: the test of every token in one comprehension, the few such
    # words in the loop (the slice that leaves out a word's ends only for the few words
    # with a hyphen at all)
    lengths = kb.lengths
    words = positions.words if positions else [token.text for token in tokens]
    listed_or_joined = [
        index
        for index, text in enumerate(words)
        if text in lengths or ("-" in text and "-" in text[1:-1])
    ]
    for index in listed_or_joined:
        token = tokens[index]
        if index in covered:
            continue
        surface = kb.phrases.get((token.text,))
        if surface and surface.kind == "adjective":
            if _describes_named(tokens, index, kb):
                continue
            group = clusters.get(surface.actor.key)
            if group:
                group.extra_mentions.append((index, index, "demonym"))
                covered.add(index)
            continue
        offset = 0
        for part in token.text.split("-") if "-" in token.text[1:-1] else []:
            surface = kb.phrases.get((part,))
            group = (
                clusters.get(surface.actor.key) if surface and surface.kind == "adjective" else None
            )
            mention = (token.start + offset, token.start + offset + len(part), index)
            # "griechisch-mazedonische": the leading part may be a prefix mention already
            if group and mention not in group.char_mentions:
                group.char_mentions.append(mention)
            offset += len(part) + 1
