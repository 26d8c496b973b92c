"""Measures that failed at someone's resistance: "Sanktionen gegen Iran waren am Widerstand
Russlands gescheitert".

The failed measure did not come about (a negated event), and the resistance it failed at is
aimed at whoever pursued it. A measure with no owner named is the act of the deliberating
body the sentence places it in ("Initiativen im Weltsicherheitsrat …").
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from spacy.tokens import Doc

from lagebild.events import context
from lagebild.events.candidate import Candidate, may_lack_recipient
from lagebild.events.clauses import Clause
from lagebild.events.recipients import distinct
from lagebild.events.reference import forum
from lagebild.model import EventActor

#: The verb by which a measure fails ("scheitern an").
_FAILING_VERB: Final = "scheitern"
#: Measures that, failing, were never taken (a failed attack or failed talks still happened).
_ADOPTED_TYPES: Final = frozenset({"SANCTION", "AGREE"})


def failed_measures(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with each measure that failed at resistance negated and given its
    owner, and the resistance aimed at that owner."""
    done = list(candidates)
    for resistance in candidates:
        clause = resistance.clause
        chunk = clause.chunk_of(resistance.word) if resistance.nominal else None
        if (
            resistance.trigger.type != "REJECT"
            or chunk is None
            or chunk.prep != "an"
            or resistance.actor is None
            or not _fails(clause)
        ):
            continue
        measure = next(
            (
                c
                for c in done
                if c.clause is clause
                and c.nominal
                and c.trigger.type in _ADOPTED_TYPES
                and not c.negated
                and (found := clause.chunk_of(c.word)) is not None
                and found.prep is None
            ),
            None,
        )
        if measure is None:
            continue
        owner = measure.actor or _deliberating_body(doc, measure)
        if owner is None or not distinct(owner, resistance.actor):
            continue
        failed = replace(
            measure,
            actor=owner,
            negated=True,
            orphan=False,
            pending=measure.recipient is None and not may_lack_recipient(measure.trigger),
        )
        resisted = replace(resistance, recipient=owner, pending=False)
        done = [failed if c is measure else resisted if c is resistance else c for c in done]
    return done


def _fails(clause: Clause) -> bool:
    """The clause tells a failure ("nicht gescheitert" tells none)."""
    return any(
        w.is_verb and w.lemma == _FAILING_VERB for w in clause.words
    ) and not context.verbal_negated(clause)


def _deliberating_body(doc: Doc, measure: Candidate) -> EventActor | None:
    """The body the sentence, up to the measure's clause, places its business in."""
    own = measure.clause.chunk_of(measure.word)
    if own is None:
        return None
    for clause in measure.clauses[: measure.clauses.index(measure.clause) + 1]:
        body = forum(doc, clause, own)
        if body is not None:
            return body
    return None
