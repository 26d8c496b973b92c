"""Compounds the noun lexicon lacks but whose last part it knows as an abstract common noun
("Aktenfälschung": "Fälschung"), so that a title before one does not make it a person."""

from __future__ import annotations

from functools import cache

from lagebild.entities.kb import data_lines
from lagebild.lexicon import is_plain_common_noun

#: the shortest last part read as a noun of its own ("Fälschung", not "ung")
MIN_HEAD = 6
#: the shortest first part ("Akten-"), so that a word is not read as its own ending
MIN_MODIFIER = 3


@cache
def abstract_noun_endings() -> tuple[str, ...]:
    return tuple(data_lines("abstract_noun_endings.txt"))


def is_abstract_compound(word: str) -> bool:
    """ "Aktenfälschung", "Handlungsvollmacht": a word with an abstract-noun ending whose
    last part (at least ``MIN_HEAD`` letters) is a common noun with no name reading."""
    head = word.rsplit("-", 1)[-1]
    if not head.isalpha() or not head.lower().endswith(abstract_noun_endings()):
        return False  # the cheap check first: most names end otherwise
    return any(
        is_plain_common_noun(head[start:])
        for start in range(MIN_MODIFIER, len(head) - MIN_HEAD + 1)
    )
