"""Who an event's side is when the sentence does not name it outright: the person a
pronoun points back to, the state an event is told as coming from, and whether an
unresolved owner is named at all (then it must not be guessed)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from lagebild.events.actors import from_entity, resolve_chunk
from lagebild.events.arguments import AGENT_PREPOSITIONS
from lagebild.events.clauses import Chunk, Clause
from lagebild.events.words import Word
from lagebild.model import EventActor

#: Pronouns that point back to one person.
_PERSON_PRONOUNS = frozenset({"er"})


def antecedent(doc: Doc, sentence: Span, pronoun: Word) -> EventActor | None:
    """The person "er" points back to: the last person named before it, in its sentence or
    the one before (no agreement or salience model: one candidate gender, nearest wins)."""
    if pronoun.lower not in _PERSON_PRONOUNS:
        return None
    earliest = _previous_sentence_start(doc, sentence)
    best: tuple[int, EventActor] | None = None
    for entity in doc._.entities or []:
        if entity.type != "PER":
            continue
        for mention in entity.mentions:
            before = earliest <= mention.start < pronoun.start
            if before and (best is None or mention.start > best[0]):
                actor = from_entity(entity)
                if actor is not None:
                    best = (mention.start, actor)
    return best[1] if best else None


def _previous_sentence_start(doc: Doc, sentence: Span) -> int:
    if sentence.start == 0:
        return sentence.start_char
    return doc[sentence.start - 1].sent.start_char


def owner_named(clause: Clause, chunk: Chunk | None) -> bool:
    """An agent phrase follows the event noun, resolved or not ("eine Kundgebung von
    Gegnern des Präsidenten"): its owner is named, not to be guessed."""
    if chunk is None:
        return False
    following = next((c for c in clause.chunks if c.first > chunk.last), None)
    return (following is not None and following.prep in AGENT_PREPOSITIONS
            and following.first - chunk.last <= 2)


def origin(doc: Doc, clause: Clause, chunk: Chunk) -> EventActor | None:
    """The state an ownerless event comes from: "Zusagen gibt es auch aus Italien", "Kritik
    aus Moskau"."""
    for other in clause.chunks:
        if other is not chunk and other.prep == "aus" and other.first > chunk.last:
            actor = resolve_chunk(doc, other, core_only=True)
            if actor is not None and actor.code is not None:
                return actor
    return None
