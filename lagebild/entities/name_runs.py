"""Runs of words that make up a person's name, or look like one and are not.

Particles belong inside a name ("Alexander Van der Bellen", "Luiz Inácio Lula da Silva");
a run of proper names that is a place or names a city's club ("New York", "VfL
Wolfsburg") is no person.
"""

from __future__ import annotations

from functools import cache

from lagebild.entities.candidates import Tok
from lagebild.entities.kb import ActorKB, data_lines, data_rows
from lagebild.entities.names import first_names, title_of
from lagebild.entities.origins import LARGE_CITY_POPULATION, is_place_name

#: particles that are also German prepositions ("Peter Schmidt von Siemens")
GERMAN_PREPOSITION_PARTICLES = frozenset({"von", "vom", "zu"})


@cache
def name_particles() -> tuple[frozenset[str], frozenset[str]]:
    """(particles that begin a particle run, particles that may follow one), lowercase."""
    rows = data_rows("name_particles.tsv")
    first = frozenset(row[0].strip() for row in rows if len(row) == 1 or not row[1].strip())
    following = frozenset(row[0].strip() for row in rows if len(row) > 1 and row[1].strip())
    return first, following


def particle_run_end(tokens: list[Tok], index: int, kb: ActorKB) -> int | None:
    """Index after "van der Bellen", "De Block", "bin Laden" starting at ``index`` inside a
    name, or None: one or two particles, then a name that is no known actor."""
    first, following = name_particles()
    if index >= len(tokens) or tokens[index].text.lower() not in first:
        return None
    cursor = index + 1
    if cursor < len(tokens) and tokens[cursor].text in following:
        cursor += 1
    if cursor >= len(tokens) or starts_phrase(tokens, cursor, kb):
        return None
    word = tokens[cursor].text
    # the particle vouches for a surname that is also a noun ("De Block", "von der Leyen")
    if word.isalpha() and word[:1].isupper() and not word.isupper() and not title_of(word):
        return cursor + 1
    return None


def starts_phrase(tokens: list[Tok], index: int, kb: ActorKB) -> bool:
    """Whether a knowledge-base name begins at ``index`` ("Human Rights Watch")."""
    return any(
        tuple(token.text for token in tokens[index : index + length]) in kb.phrases
        for length in kb.lengths.get(tokens[index].text, ())
        if index + length <= len(tokens)
    )


@cache
def non_person_words() -> frozenset[str]:
    return frozenset(data_lines("non_person_name_words.txt"))


@cache
def _non_person_heads() -> tuple[str, ...]:
    """Lowercase nouns of ``non_person_name_heads.txt`` with their inflected forms."""
    return tuple(
        noun.lower() + ending
        for noun in data_lines("non_person_name_heads.txt")
        for ending in ("", "s", "es", "n", "en")
    )


def introduces_non_person(word: str) -> bool:
    """ "Headset", "Tanzfilm", "Ortschaft": a noun whose apposed name is a work, a product or
    a place, no person; compounds count where the head leaves three letters or more."""
    lowered = word.lower()
    if not word[:1].isupper() or not lowered.endswith(_non_person_heads()):
        return False  # one test in C for most words
    return any(
        lowered == form or (lowered.endswith(form) and len(lowered) - len(form) >= 3)
        for form in _non_person_heads()
    )


def particle_name(word: str) -> bool:
    """ "al-Mauretani", "el-Baradei": an Arabic article joined to a capitalised name."""
    particle, _, rest = word.partition("-")
    return particle in ("al", "el", "as", "ad", "ar", "an", "at", "az") and rest[:1].isupper()


def names_a_place(words: list[str]) -> bool:
    """ "New York", "Tel Aviv": a place; "VfL Wolfsburg", "Red Bull Salzburg": a club or firm
    of a city (a known first name keeps "Jack London" a person)."""
    if len(words) < 2:
        return False  # "Weltmeister Hamilton": a surname may be a town's name as well
    return is_place_name(" ".join(words)) or (
        words[0] not in first_names()
        and is_place_name(words[-1], min_population=LARGE_CITY_POPULATION)
    )
