"""Acts that joint acts led to: done by each of those who acted together."""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from lagebild.events.arguments import AGENT_PREPOSITIONS
from lagebild.events.candidate import Candidate
from lagebild.events.clauses import Chunk
from lagebild.events.recipients import distinct

#: Joint acts whose participants do together what the act leads to.
JOINT_TYPES: Final = frozenset({"CONSULT", "COOPERATE"})


def outcomes_of_joint_acts(candidate: Candidate, found: list[Candidate]) -> list[Candidate]:
    """ "die Zusammenarbeit von Pakistan und den USA, die zur Verhaftung X' führte": an act
    that talks or cooperation led to ("führen zu") is done by those who talked or worked
    together, each of them."""
    chunk = candidate.clause.chunk_of(candidate.word) if candidate.nominal else None
    if (
        not candidate.orphan
        or chunk is None
        or chunk.prep != "zu"
        or not any(w.lemma == "führen" for w in candidate.clause.words if w.is_verb)
        or _agent_follows(candidate, chunk)
    ):
        return [candidate]
    joint = next(
        (
            c
            for c in found
            if c.trigger.type in JOINT_TYPES and c.actor is not None and c.word.i < candidate.word.i
        ),
        None,
    )
    if joint is None:
        return [candidate]
    sides = [
        side
        for side in (joint.actor, joint.recipient)
        if side is not None and distinct(side, candidate.recipient)
    ]
    return [replace(candidate, actor=side, orphan=False, pending=False) for side in sides]


def _agent_follows(candidate: Candidate, chunk: Chunk) -> bool:
    """ "führte zur Ablehnung durch die Gläubiger": the act has an agent of its own, named."""
    following = next((c for c in candidate.clause.chunks if c.first > chunk.last), None)
    return (
        following is not None
        and following.prep in AGENT_PREPOSITIONS
        and following.first - chunk.last <= 2
    )
