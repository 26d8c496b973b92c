"""Which side a phrase stands for where the usual slots mislead: what one asks for names
whom it is asked of; a branch of the state in the actor's genitive is no other side."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Doc

from lagebild.events.actors import resolve_chunk, resolve_words
from lagebild.events.arguments import Participants
from lagebild.events.clauses import Chunk, Clause
from lagebild.events.lexicon import Trigger, contested_objects, generic_people, mutual_words
from lagebild.events.recipients import distinct
from lagebild.events.states import other_branch
from lagebild.events.subjects import subject
from lagebild.events.words import Word
from lagebild.model import EventActor

_GENITIVE_ARTICLES: Final = frozenset({"der", "des"})
#: Types of force that, done to people only counted, are as a rule done to protesters.
FORCE_TYPES: Final = frozenset({"ASSAULT", "COERCE"})
#: Prepositions that count a group ("zwischen 20 und 40 Menschen", "über 100 Menschen").
_COUNTING_PREPOSITIONS: Final = frozenset({"zwischen", "über"})
_COUNTING_TAGS: Final = frozenset({"CARD", "PIAT", "PIDAT"})
_CONTEST_PREPOSITIONS: Final = frozenset({"um", "ums"})


def content_owner(
    doc: Doc, clause: Clause, entry: Trigger, actor: EventActor | None
) -> EventActor | None:
    """ "wirbt um die Unterstützung der dortigen Regierung": what one asks for ("um") belongs
    to whom it is asked of."""
    for chunk in clause.chunks:
        if chunk.prep != "um" or "(um)" not in entry.frame or chunk.genitive is None:
            continue  # "zur Zerstörung Israels aufrufen": an act's genitive is its target
        owner = resolve_words(doc, chunk.genitive_words)
        if owner is not None and distinct(actor, owner):
            return owner
    return _asked_to_act(doc, clause, entry, actor)


def _asked_to_act(
    doc: Doc, clause: Clause, entry: Trigger, actor: EventActor | None
) -> EventActor | None:
    """ "Polen fordert einen stärkeren Schutz durch die NATO": a demanded act with its doer
    in a durch-phrase right after it is asked of that doer."""
    if "+AKK" not in entry.frame:
        return None
    for chunk, following in zip(clause.chunks, clause.chunks[1:], strict=False):
        if chunk.prep is not None or following.prep != "durch":
            continue
        if following.first - chunk.last > 2:
            continue  # only the preposition between: the phrase's own attribute
        doer = resolve_chunk(doc, following)
        if doer is not None and distinct(actor, doer):
            return doer
    return None


def criticised_before(
    doc: Doc, clause: Clause, clauses: list[Clause], verb: Word, actor: EventActor | None
) -> EventActor | None:
    """ "Israel gehe den Rechtsverstößen nicht nach, kritisierte Wibisono": a verb of
    criticism that opens its clause after fronted speech is aimed at the subject of that
    speech."""
    if not clause.words or clause.words[0] is not verb or clause.subordinate:
        return None
    position = clauses.index(clause)
    before = next((c for c in reversed(clauses[:position]) if not c.subordinate), None)
    if before is None or before.finite is None or before.words[0].i != 0:
        return None  # the speech opens the sentence, one main clause of its own
    _, said_of = subject(doc, before, clauses)
    return said_of if said_of is not None and distinct(actor, said_of) else None


def branch_attribute(clause: Clause, parts: Participants) -> bool:
    """ "Die Truppen der von Russland unterstützten Regierung griffen … an": a branch of the
    state in the genitive after the actor's phrase, with no verb between, is the actor's
    attribute, not the other side of a domestic event."""
    actor_chunk, chunk = parts.actor_chunk, parts.recipient_chunk
    if parts.actor is None or parts.recipient is None or actor_chunk is None or chunk is None:
        return False
    if not other_branch(parts.actor, parts.recipient) or chunk.first <= actor_chunk.last:
        return False
    between = [w for w in clause.words if actor_chunk.last < w.i < chunk.first]
    opening = (actor_chunk.words[-1], chunk.words[0])  # the article, wherever chunked
    return any(w.lower in _GENITIVE_ARTICLES for w in opening) and not any(
        w.is_finite for w in between
    )


def counted_people(clause: Clause, entry: Trigger, parts: Participants) -> bool:
    """ "nahmen zwischen 20 und 40 Menschen fest", "Mehr als 100 Personen wurden verhaftet":
    force used on people only counted, not named; the discourse decides whether they are the
    protesters of the story (see :mod:`.discourse`)."""
    if entry.type not in FORCE_TYPES or parts.recipient is not None:
        return False
    return any(
        _counts_people(chunk)
        for chunk in clause.chunks
        if chunk is not parts.actor_chunk and chunk is not parts.agent_chunk
    )


def _counts_people(chunk: Chunk) -> bool:
    head = chunk.head_word
    if head.tag != "NN" or head.lemma not in generic_people() or chunk.genitive is not None:
        return False
    counted = any(w.tag in _COUNTING_TAGS for w in chunk.words)  # "40", "mehrere", "viele"
    return counted and (chunk.prep is None or chunk.prep in _COUNTING_PREPOSITIONS)


def people_acting(clause: Clause, entry: Trigger, trigger_start: int) -> bool:
    """ "haben sich die Menschen versammelt und Steine auf die Polizei geworfen": violence by
    people only named as people; the discourse decides whether they are the protesters."""
    if entry.type != "ASSAULT":
        return False
    return any(
        chunk.prep is None
        and not chunk.oblique
        and chunk.start < trigger_start
        and chunk.head_word.tag == "NN"
        and chunk.head_word.lemma in generic_people()
        for chunk in clause.chunks
    )


def mutual(clause: Clause) -> bool:
    return any(w.lower in mutual_words() for w in clause.words)


def fight_over(clause: Clause, entry: Trigger) -> bool:
    """ "kämpfen Präsident Kiir und Vize-Präsident Machar um die Macht": a fight over power
    with no one fought "gegen" is one the coordinated sides fight against each other."""
    if entry.type != "ASSAULT" or any(chunk.prep == "gegen" for chunk in clause.chunks):
        return False
    return any(
        chunk.prep in _CONTEST_PREPOSITIONS and chunk.head_word.lemma in contested_objects()
        for chunk in clause.chunks
    )


def pair_mutual(parts: Participants) -> None:
    """ "Indien und Pakistan beschuldigen sich gegenseitig": coordinated subjects each do the
    act to the other; one event each way."""
    partner = next((p for p in parts.co_actors if distinct(parts.actor, p)), None)
    if parts.actor is not None and partner is not None:
        parts.recipient, parts.co_actors, parts.mutual = partner, [], True
