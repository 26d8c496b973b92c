"""Who an event's side is when the sentence does not name it outright: the state an event
is told as coming from, and whether an unresolved owner is named at all (then it must not be
guessed). Pronouns are resolved by the entity layer (entities.pronouns), not here."""

from __future__ import annotations

from itertools import takewhile
from typing import Final

from spacy.tokens import Doc

from lagebild.events.actors import resolve_chunk
from lagebild.events.arguments import AGENT_PREPOSITIONS
from lagebild.events.clauses import Chunk, Clause
from lagebild.events.lexicon import Trigger, deliberative_bodies, word_list
from lagebild.model import EventActor


def owner_named(clause: Clause, chunk: Chunk | None) -> bool:
    """An agent phrase or a genitive follows the event noun, resolved or not ("eine Kundgebung
    von Gegnern des Präsidenten", "ein Streik der Seeleute"): its owner is named, not to be
    guessed."""
    if chunk is None:
        return False
    if chunk.genitive is not None and chunk.head < chunk.genitive:
        return True  # "Ein Streik der Seeleute": the genitive names who strikes
    following = next((c for c in clause.chunks if c.first > chunk.last), None)
    if following is None:
        return False
    if following.prep is None and following.first == chunk.last + 1:
        # "eine Protestaktion mehrerer Organisationen": a genitive plural of its own phrase
        return following.words[0].lower in word_list("genitive_quantifiers.txt")
    return following.prep in AGENT_PREPOSITIONS and following.first - chunk.last <= 2


def origin(doc: Doc, clause: Clause, chunk: Chunk) -> EventActor | None:
    """The state an ownerless event comes from: "Zusagen gibt es auch aus Italien", "Kritik
    aus Moskau"."""
    for other in clause.chunks:
        if other is not chunk and other.prep == "aus" and other.first > chunk.last:
            actor = resolve_chunk(doc, other, core_only=True)
            if actor is not None and actor.code is not None:
                return actor
    return None


def forum(doc: Doc, clause: Clause, chunk: Chunk) -> EventActor | None:
    """The body an ownerless event is told as happening in: "hatte im Parlament zu einem
    Misstrauensantrag gegen die Ministerin geführt" is the parliament's motion."""
    for other in clause.chunks:
        if other is chunk or other.prep != "in" or other.head_word.tag != "NN":
            continue
        if not other.head_word.lemma.casefold().endswith(deliberative_bodies()):
            continue
        actor = resolve_chunk(doc, other, core_only=True)
        if actor is not None:
            return actor
    return None


#: Types whose recipient, where the thing they are about was made by someone, is its maker.
_AUTHOR_TYPES: Final = frozenset({"ACCUSE"})
#: Most phrases between the thing's preposition and the participle that closes the attribute.
_MAX_ATTRIBUTE_PHRASES: Final = 5


def authors(
    doc: Doc, clause: Clause, chunk: Chunk, trigger: Trigger, actor: EventActor | None
) -> list[EventActor]:
    """The makers of the thing an event noun is about, as its recipients: "die Kritik an einem
    von den USA und Brasilien unterzeichneten Abkommen" is aimed at the USA and Brazil. The
    agent phrase must sit inside an extended participle attribute (a von/durch phrase, then
    appositions, then a bare phrase opened by an adjective) right after the noun's own
    preposition."""
    if trigger.type not in _AUTHOR_TYPES:
        return []
    following = [c for c in clause.chunks if c.first > chunk.last][:_MAX_ATTRIBUTE_PHRASES]
    opener = next((w for w in clause.words if w.i > chunk.last), None)
    if opener is None or opener.tag != "APPR" or opener.lower not in trigger.prepositions:
        return []
    agent_at = next((i for i, c in enumerate(following) if c.prep in AGENT_PREPOSITIONS), None)
    if agent_at is None:
        return []
    rest = following[agent_at + 1 :]
    appositions = list(takewhile(_apposed, rest))
    closing = rest[len(appositions)] if len(appositions) < len(rest) else None
    if closing is None or closing.prep is not None or closing.words[0].tag != "ADJA":
        return []
    if len(closing.words) < 2:
        return []
    found: list[EventActor] = []
    for phrase in [following[agent_at], *appositions]:
        named = resolve_chunk(doc, phrase)
        if named is not None and named != actor and named not in found:
            found.append(named)
    return found


def _apposed(chunk: Chunk) -> bool:
    """A phrase joined to the agent phrase ("und Brasilien") or set beside it ("den USA")."""
    return (chunk.coordinated or chunk.prep is None) and chunk.words[0].tag != "ADJA"
