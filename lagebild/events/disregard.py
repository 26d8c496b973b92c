"""A warning disregarded before a hostile act: "Die Menschen haben Steine auf die Polizei
geworfen, nachdem eine Warnung zur Beendigung der Versammlung missachtet worden sei".

Told in the agentless passive in a clause beside a hostile act of the same sentence, the
warning (or order) came from the side the act was aimed at, and those who did the act
disregarded it: the warning is aimed at them, their disregard at the warner.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from lagebild.events.arguments import is_passive
from lagebild.events.candidate import Candidate
from lagebild.events.clauses import Clause
from lagebild.events.discourse import Told, distinct
from lagebild.events.lexicon import type_table, word_list
from lagebild.events.trigger_entries import lexicon_entries
from lagebild.events.words import Word
from lagebild.model import Event

#: The kinds of notice one disregards: a warning or an order.
_NOTICE_TYPES: Final = frozenset({"THREATEN", "REQUEST"})


def disregard_verbs() -> frozenset[str]:
    return word_list("disregard_verbs.txt")


def disregarded_notice(
    candidate: Candidate, history: list[Told], sentence: int
) -> Candidate | None:
    """The warning or its disregard with its sides, where the clause tells a disregarded
    notice beside a hostile act of the sentence; None otherwise."""
    if not candidate.orphan or not candidate.clause.subordinate:
        return None
    verb = _disregard(candidate.clause)
    if verb is None:
        return None
    act = _hostile_act(history, sentence)
    if act is None or act.actor is None or act.recipient is None:
        return None
    if candidate.word is verb and candidate.trigger.type == "REJECT":
        return replace(
            candidate, actor=act.actor, recipient=act.recipient, orphan=False, pending=False
        )
    chunk = candidate.clause.chunk_of(candidate.word) if candidate.nominal else None
    if (
        chunk is not None
        and chunk.prep is None
        and chunk.first < verb.i
        and candidate.trigger.type in _NOTICE_TYPES
    ):
        return replace(
            candidate, actor=act.recipient, recipient=act.actor, orphan=False, pending=False
        )
    return None


def _disregard(clause: Clause) -> Word | None:
    """The passive disregard verb of the clause, whose subject is a notice."""
    verb = next(
        (w for w in clause.words if w.lemma in disregard_verbs() and is_passive(clause, w)), None
    )
    if verb is None:
        return None
    subject = next((c for c in clause.chunks if c.prep is None and c.first < verb.i), None)
    if subject is None or not any(
        e.type in _NOTICE_TYPES and e.pos == "noun" for e in lexicon_entries(subject.head_word)
    ):
        return None
    return verb


def _hostile_act(history: list[Told], sentence: int) -> Event | None:
    """The latest act of conflict told in this sentence."""
    for told in reversed(history):
        if told.sentence != sentence:
            return None
        event = told.event
        if type_table()[event.type].quad_class == "material conflict" and distinct(
            event.actor, event.recipient
        ):
            return event
    return None
