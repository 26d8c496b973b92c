"""Violence told with a protest word: an uprising, looting or arson by an armed side.

PLOVER's PROTEST is civilian collective action; its "riot" mode is a violent crowd. The same
words told of an army, rebels, a militia or an armed group by name ("der Aufstand der LTTE",
"Museen werden durch Al-Kaida geplündert") tell armed force, which PLOVER codes ASSAULT.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from lagebild.events.candidate import Candidate
from lagebild.events.lexicon import word_list
from lagebild.events.words import Word
from lagebild.model import EventActor

#: The PROTEST mode of violent crowds, whose words an armed side may be told of.
_RIOT: Final = "riot"


def armed_violence(candidate: Candidate) -> Candidate:
    """A riot-mode protest whose actor is an armed side is an ASSAULT (mode unknown). Asked
    of each candidate as found (its own phrases) and again once the discourse has given it an
    actor (the actor's name)."""
    entry = candidate.trigger
    if entry.type != "PROTEST" or entry.mode != _RIOT:
        return candidate
    if not (_armed_name(candidate.actor) or any(armed_word(w) for w in _own_words(candidate))):
        return candidate
    # the group named nearby is taken only for a protest's crowd (see Candidate.nearby_group)
    return replace(candidate, trigger=replace(entry, type="ASSAULT", mode=None), nearby_group=None)


def _armed_name(actor: EventActor | None) -> bool:
    if actor is None:
        return False
    names = " ".join(part for part in (actor.name, actor.code) if part).casefold()
    return any(part in names for part in word_list("armed_words.txt"))


def armed_word(word: Word) -> bool:
    if word.tag not in ("NN", "NE", "ADJA"):
        return False
    lemma = word.lemma.casefold()
    return any(part in lemma for part in word_list("armed_words.txt"))


def _own_words(candidate: Candidate) -> list[Word]:
    """The words of the phrases that may name the event's actor: a noun's own phrase (with its
    genitive) and its agent; for a verb the agent and the clause's bare phrases (its subject)
    other than the recipient's. Never the recipient's ("Krawalle gegen die Armee")."""
    chunks = candidate.chunks
    if candidate.nominal:
        own = [c for c in chunks[:2] if c is not None]  # [noun, agent, recipient]
    else:
        recipient = chunks[0] if chunks else None  # [recipient, agent]
        own = [c for c in chunks[1:2] if c is not None]
        own += [c for c in candidate.clause.chunks if c.prep is None and c is not recipient]
    return [w for chunk in own for w in chunk.words if w.i != candidate.word.i]
