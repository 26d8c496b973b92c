"""Event nouns marked as another event: "anderer" on the noun or on its owner ("ein Angriff
einer anderen Rebellengruppe") sets the act apart from those told before, so it neither
tells one of them again nor takes its actor from them; an adjective marking an earlier one
("das letzte Telefonat") keeps it from being merged into the one just told."""

from __future__ import annotations

from functools import cache
from typing import Final

from lagebild.events.candidate import Candidate
from lagebild.events.lexicon import word_list

#: Tags "anderer" takes: attributive adjective or attributive indefinite pronoun.
_ATTRIBUTIVE_TAGS: Final = frozenset({"ADJA", "PIAT", "PIDAT"})


def another_one(candidate: Candidate) -> bool:
    """Whether the event noun's phrase (the noun with its genitive owner) says "anderer"."""
    chunk = candidate.clause.chunk_of(candidate.word) if candidate.nominal else None
    if chunk is None:
        return False
    return any(
        w.tag in _ATTRIBUTIVE_TAGS and w.lemma.casefold() in _other_lemmas()
        for w in chunk.words
        if w.i != candidate.word.i
    )


@cache
def _other_lemmas() -> frozenset[str]:
    return frozenset(word_list("other_adjectives.txt"))


def marked_apart(candidate: Candidate) -> bool:
    """ "Der Zeitung zufolge fand das letzte Telefonat der beiden im Juni 2014 statt": an
    event noun marked as an earlier one, or as another one ("ein Angriff einer anderen
    Rebellengruppe"), is another event than the one told before."""
    if another_one(candidate):
        return True
    chunk = candidate.clause.chunk_of(candidate.word) if candidate.nominal else None
    if chunk is None:
        return False
    return any(
        w.tag == "ADJA" and w.lower.startswith(_earlier_stems())
        for w in chunk.words
        if w.i < candidate.word.i
    )


@cache
def _earlier_stems() -> tuple[str, ...]:
    return tuple(sorted(word_list("earlier_adjectives.txt")))
