"""A state's forces as a mention of the state: "Einheiten der libanesischen Armee",
"Spezialeinheiten der Polizei", "Armeeeinheiten", "Regierungstruppen".

A force noun (``data/force_nouns.txt``, compounds too) owned by a state noun ("Armee",
"Polizei", "Regierung": ``state_bare_nouns.txt``) in a genitive or as the compound's first
part stands for the state, as "die Armee" does: the state of an adjective ("der
libanesischen Armee"), else the state the article is about. The candidates outrank
descriptive groups, and :func:`attach_state_forces` turns them into mentions of the state.
"""

from __future__ import annotations

from functools import cache, lru_cache

from lagebild.entities.caching import WORD_CACHE_SIZE
from lagebild.entities.candidates import Candidate, Tok
from lagebild.entities.kb import ActorKB, actor_kb, context_words, data_lines
from lagebild.entities.references import CLAUSE_BREAKS, LOCATIVES, state_bare_nouns
from lagebild.entities.resolve import Cluster
from lagebild.entities.suffixes import Tails, last_letters
from lagebild.entities.word_positions import WordPositions

KEY_PREFIX = "FORCE:"
PRIORITY = 2  # above descriptive groups ("Einheiten"), below names


@cache
def _force_nouns() -> tuple[str, ...]:
    return tuple(noun.lower() for noun in data_lines("force_nouns.txt"))


@cache
def _force_noun_forms() -> tuple[str, ...]:
    return tuple(form for noun in _force_nouns() for form in (noun, noun + "n"))


@cache
def _force_noun_tails() -> Tails | None:
    return last_letters(_force_noun_forms())


@cache
def _owner_prefixes() -> tuple[str, ...]:
    return tuple(sorted({noun.lower() for noun in state_bare_nouns()}, key=len, reverse=True))


def _force_noun(word: str) -> str | None:
    """The compound's first part ("" for the bare noun) if ``word`` ends in a force noun."""
    # a lower-case word is answered before the cache, which so keeps capitalised words
    return _cached_force_noun(word) if word[:1].isupper() else None


@lru_cache(maxsize=WORD_CACHE_SIZE)  # pure, and called for every capitalised token
def _cached_force_noun(word: str) -> str | None:
    lowered = word.lower()
    if not word[:1].isupper():
        return None
    if not lowered.endswith(_force_noun_forms()):
        return None  # one test in C instead of the loop below, for most words
    for noun in _force_nouns():
        for form in (noun, noun + "n"):
            if lowered.endswith(form):
                return lowered[: len(lowered) - len(form)]
    return None


def _state_owner(tokens: list[Tok], index: int, kb: ActorKB) -> tuple[int, str | None] | None:
    """(last token, state of an adjective) of a genitive owner "der (libanesischen) Armee"."""
    if index + 2 >= len(tokens) or tokens[index + 1].text not in ("der", "des"):
        return None
    cursor, code = index + 2, None
    while cursor < len(tokens) and tokens[cursor].text.islower():
        surface = kb.phrases.get((tokens[cursor].text,))
        if surface and surface.kind == "adjective":
            code = surface.actor.code
        cursor += 1
    if cursor < len(tokens) and tokens[cursor].text in state_bare_nouns():
        return cursor, code
    return None


def force_candidates(tokens: list[Tok], kb: ActorKB, positions: WordPositions) -> list[Candidate]:
    found = []
    # a force's noun is capitalised and ends in a listed form
    for index in positions.capitalised_ending_in(_force_noun_tails()):
        prefix = _force_noun(tokens[index].text)
        if prefix is None:
            continue
        owner = _state_owner(tokens, index, kb)
        own_prefix = bool(prefix) and prefix.rstrip("s").startswith(_owner_prefixes())
        if owner is None and not own_prefix:
            continue
        last, code = owner if owner else (index, None)
        name = " ".join(t.text for t in tokens[index : last + 1])
        found.append(
            Candidate(
                first=index,
                last=last,
                type="MISC",
                kind="metonym",
                key=f"{KEY_PREFIX}{index}",
                name=name,
                code=code,
                priority=PRIORITY,
            )
        )
    return found


#: a compass point joined to a state's name ("Ostukraine", "Nordirak") names a region of it
COMPASS_PREFIXES = ("Nord", "Süd", "Ost", "West")


def _state_of_place(word: str) -> str | None:
    """The code of a state named by ``word`` or by its region ("Ostukraine" -> UKR)."""
    kb = actor_kb()
    for form in (word, *(word[len(p) :] for p in COMPASS_PREFIXES if word.startswith(p))):
        surface = kb.phrases.get((form[:1].upper() + form[1:],)) if form else None
        if surface is not None and surface.kind == "name" and surface.actor.key.startswith("GPE:"):
            return surface.actor.code
    return None


def _located_state(tokens: list[Tok], index: int) -> str | None:
    """ "In der Ostukraine kämpfen Regierungstruppen": the state (or a region of it) named
    with "in"/"im" earlier in the force's own clause is the force's state, not the state the
    article is mostly about."""
    articles = set(context_words()["articles"])
    for position in range(index - 1, 0, -1):
        token = tokens[position]
        if token.text in CLAUSE_BREAKS or token.sent != tokens[index].sent:
            return None
        before = position - 1
        if tokens[before].text in articles and before > 0:
            before -= 1
        if tokens[before].text in LOCATIVES:
            code = _state_of_place(token.text)
            if code:
                return code
    return None


def attach_state_forces(
    clusters: dict[str, Cluster], main_state: str | None, tokens: list[Tok] | None = None
) -> None:
    """Make each force a mention of its state where the article names that state; a force
    of a state it does not name stays a group of its own."""
    for key in [key for key in clusters if key.startswith(KEY_PREFIX)]:
        group = clusters[key]
        candidate = group.candidates[0]
        located = _located_state(tokens, candidate.first) if tokens else None
        target = clusters.get(f"GPE:{candidate.code or located or main_state}")
        if target is None:
            candidate.code = candidate.name
            continue
        target.extra_mentions.append((candidate.first, candidate.last, "metonym"))
        del clusters[key]
