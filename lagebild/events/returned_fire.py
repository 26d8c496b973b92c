"""Returned fire: an answer to an attack told in the same sentence.

"als bewaffnete Räuber einen Konvoi angriffen, so dass die Marines das Feuer erwiderten":
whoever returns fire aims at the attackers, and was (part of) what they attacked, even where
the attack's object ("einen Konvoi") names no side.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Final

from lagebild.events.candidate import Candidate
from lagebild.events.lexicon import DATA
from lagebild.events.recipients import distinct

ATTACK_TYPE: Final = "ASSAULT"


@cache
def returned_fire_triggers() -> frozenset[str]:
    with (DATA / "returned_fire.txt").open(encoding="utf-8") as handle:
        return frozenset(
            line.strip() for line in handle if line.strip() and not line.startswith("#")
        )


def answer_fire(candidates: list[Candidate]) -> list[Candidate]:
    """The sentence's candidates with returned fire and the attack it answers paired."""
    found = list(candidates)
    for at, answer in enumerate(found):
        if (
            answer.trigger.lemma not in returned_fire_triggers()
            or answer.actor is None
            or answer.recipient is not None
        ):
            continue
        attack_at = next(
            (
                i
                for i in range(at - 1, -1, -1)
                if found[i].trigger.type == ATTACK_TYPE
                and found[i].actor is not None
                and distinct(found[i].actor, answer.actor)
            ),
            None,
        )
        if attack_at is None:
            continue
        attack = found[attack_at]
        found[at] = replace(answer, recipient=attack.actor, pending=False)
        if attack.recipient is None:
            found[attack_at] = replace(attack, recipient=answer.actor, pending=False)
    return found
