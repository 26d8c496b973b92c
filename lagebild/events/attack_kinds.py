"""Whether an ownerless attack noun can tell an attack told before: not one of another kind
("das Attentat" after "Luftangriffe": a targeted attack is no air strike; "die Kämpfe am
Boden" after Russian jets "bombardierten": a fight is no air strike), nor a state's
act where the noun names the attacks of armed groups ("der Selbstmordanschlag" after "der
Einmarsch" of the Turkish army) or one a group claims ("bekannte sich zu dem
Raketenangriff" after Israel's strike on Hamas). PLOVER prefers no actor to a wrong one:
such a noun stays ownerless rather than take the state's side."""

from __future__ import annotations

from functools import cache
from typing import Final

from lagebild.events.candidate import Candidate
from lagebild.events.lexicon import responsibility_claims, word_list
from lagebild.events.states import country_codes
from lagebild.model import Event

#: the type of the acts told apart by their kind
ATTACK_TYPE: Final = "ASSAULT"


def other_attack(candidate: Candidate, event: Event) -> bool:
    """The candidate's attack noun cannot tell ``event`` again (see the module)."""
    if candidate.trigger.type != ATTACK_TYPE or event.type != ATTACK_TYPE:
        return False
    state_act = event.actor is not None and event.actor.code in country_codes()
    if state_act and (_group_attack(candidate) or _claimed(candidate)):
        return True
    if not (candidate.nominal and candidate.definite):
        return False  # "wurde eine Frau getötet" after shots: the verb's kind says less
    kind, told = candidate.trigger.mode, event.mode
    if event.mode in _air_attack_modes() and _fight(candidate):
        return True
    return bool(kind and told and kind != told)


def _fight(candidate: Candidate) -> bool:
    return candidate.word.text.casefold().startswith(_fight_nouns())


@cache
def _fight_nouns() -> tuple[str, ...]:
    return tuple(sorted(word_list("fight_nouns.txt")))


@cache
def _air_attack_modes() -> frozenset[str]:
    return frozenset(word_list("air_attack_modes.txt"))


def _claimed(candidate: Candidate) -> bool:
    """The noun's clause claims responsibility for it (data/responsibility_claims.txt)."""
    lemmas = {w.lemma.casefold() for w in candidate.clause.words}
    return any(claim <= lemmas for claim in responsibility_claims())


def _group_attack(candidate: Candidate) -> bool:
    return candidate.trigger.lemma.casefold() in _group_attack_nouns()


@cache
def _group_attack_nouns() -> frozenset[str]:
    return frozenset(word_list("group_attack_nouns.txt"))
