"""The organisation a title's possessive refers to: "Die ÖVP hatte ihren Klubobmann Thomas
Stelzer dazugebeten", "Die FPÖ plakatiert ihren Präsidentschaftskandidaten Norbert Hofer":
the official serves the organisation named before in the clause, not the state the article
is about."""

from __future__ import annotations

from functools import cache

from lagebild.entities.candidates import Tok
from lagebild.entities.kb import ActorKB, data_lines
from lagebild.entities.names import title_of

#: tokens that end the clause the organisation must stand in
CLAUSE_BREAKS = frozenset({".", "!", "?", ";", ":", ",", "–", "(", ")"})
#: how many tokens back from the possessive the organisation may stand
MAX_TOKENS_BACK = 12


@cache
def organisation_possessives() -> frozenset[str]:
    return frozenset(data_lines("organisation_possessives.txt"))


def possessor_organisation(tokens: list[Tok], role_start: int, kb: ActorKB) -> str | None:
    """The code of the organisation that "ihr-" right before the role at ``role_start``
    refers to: the first actor named before it in the clause, where that is an
    organisation (a title between names a person the possessive may refer to)."""
    possessive = role_start - 1
    if possessive < 1 or tokens[possessive].text not in organisation_possessives():
        return None
    for index in range(possessive - 1, max(possessive - MAX_TOKENS_BACK, 0) - 1, -1):
        word = tokens[index].text
        if word in CLAUSE_BREAKS or title_of(word):
            return None
        surface = kb.phrases.get((word,))
        if surface is None or surface.kind not in ("name", "acronym"):
            continue
        return surface.actor.code if surface.actor.type == "ORG" else None
    return None
