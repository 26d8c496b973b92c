"""State institutions under a name of their own: "der Oberste Gerichtshof (OGH)", "das
Landesgericht für Zivilrechtssachen in Graz", "der Rechnungshof (RH)".

Acronyms and organisation patterns give such a body its name as its code, or none; a body
whose head noun is a state institution (``state_institutions.txt``) acts for a state all
the same: the one its name places it in ("in Graz"), else the state of the adjective in
its name, else the article's state."""

from __future__ import annotations

from lagebild.entities.institutions import KEY_PREFIX, institution_of, own_code_institutions
from lagebild.entities.kb import ActorKB
from lagebild.entities.origins import state_of_city
from lagebild.entities.resolve import Cluster


def _head_index(words: list[str]) -> int | None:
    """The position of the name's state-institution noun, where it is one of the state's."""
    for position, word in enumerate(words):
        found = institution_of(word)
        if found is not None:
            return None if found[1] in own_code_institutions() else position
    return None


def _state_of_name(words: list[str], head: int, kb: ActorKB) -> str | None:
    """ "… in Graz" after the head, else a state adjective before it ("Oberster" is none)."""
    for word, following in zip(words[head:], words[head + 1 :], strict=False):
        if word == "in":
            return state_of_city(following)
    for word in words[:head]:
        surface = kb.phrases.get((word,))
        if surface is not None and surface.kind == "adjective" and surface.actor.type == "GPE":
            return surface.actor.code
    return None


def code_named_institutions(
    clusters: dict[str, Cluster], home_state: str | None, kb: ActorKB
) -> None:
    """Give named state institutions without a state's code the state they act for."""
    for key, group in clusters.items():
        if key.startswith(KEY_PREFIX) or not group.candidates or group.is_person:
            continue
        lead = group.candidates[0]
        if lead.type != "ORG" or lead.code not in (None, lead.name):
            continue
        words = lead.name.split()
        head = _head_index(words)
        if head is None:
            continue
        code = _state_of_name(words, head, kb) or home_state
        if code is None:
            continue
        for candidate in group.candidates:
            candidate.code = code
