"""Verbs of fighting whose foe is named only with "gegen" (data/fighting_verbs.txt)."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Doc

from lagebild.events.actors import resolve_chunk
from lagebild.events.armed import armed_word
from lagebild.events.clauses import Chunk, Clause
from lagebild.events.lexicon import (
    Trigger,
    collective_nouns,
    generic_people,
    person_suffixes,
    word_list,
)

#: The preposition that names the foe of a fight.
_FOE: Final = "gegen"
#: Neuter articles after "gegen": "gegen das Spardiktat" names a thing, though "-at" may end
#: a noun for a person ("gegen den Soldaten").
_NEUTER: Final = frozenset({"das", "ein"})


def fights(entry: Trigger) -> bool:
    """ "kämpfen": a place "in" it is where the fight is, not whom it is against."""
    return entry.lemma.casefold() in word_list("fighting_verbs.txt")


def fought_thing(doc: Doc, clause: Clause, entry: Trigger) -> bool:
    """ "kämpfte gegen das Spardiktat der Deutschen": a fight against a thing, no side, is a
    struggle, whoever the thing is of."""
    if not fights(entry):
        return False
    foes = [c for c in clause.chunks if c.prep == _FOE]
    return bool(foes) and all(_thing(doc, c) for c in foes)


def _thing(doc: Doc, chunk: Chunk) -> bool:
    head = chunk.head_word
    if head.tag != "NN" or resolve_chunk(doc, chunk, core_only=True) is not None:
        return False
    if head.lemma in generic_people() or head.lemma in collective_nouns() or armed_word(head):
        return False
    person = head.lemma.casefold().endswith(person_suffixes())
    return not person or chunk.words[0].lower in _NEUTER
