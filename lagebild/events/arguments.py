"""Actor and recipient of a trigger from German clause structure and case cues.

No parser is available, so the rules read the clause's noun phrases in order. The subject
is the first nominative-compatible bare phrase that names an actor, looked for in the
prefield and then after the finite verb ("Forderungen Russlands wies Sherman zurück": the
fronted object names no actor in its core, so Sherman is the subject). The recipient sits
where the trigger's frame says: a bare object (+AKK/+DAT), a prepositional phrase, or the
subject of the dass-clause a da-form points to ("pocht darauf, dass die NATO ...").
Passives ("wurde von X angegriffen") take the actor from the von/durch phrase.

This module holds the verbal frame and what the verbal and nominal readings share; the subject
is found in :mod:`.subjects`, the recipient in the frame's slots in :mod:`.recipients`, and the
participants of an event noun in :mod:`.noun_arguments`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Final

from spacy.tokens import Doc

from lagebild.events.actors import is_event_noun, resolve_chunk
from lagebild.events.clauses import SUBORDINATORS, Chunk, Clause, coordinated_phrases
from lagebild.events.lexicon import Trigger, word_list
from lagebild.events.recipients import (
    PLACE_TARGET_TYPES,
    by_frame,
    distinct,
    place_target,
    prepositional_recipient,
    resolve_target,
)
from lagebild.events.states import country_codes, focus_actor, place_actor, unknown_state_organ
from lagebild.events.subjects import subject
from lagebild.events.trigger_entries import lexicon_entries
from lagebild.events.words import Word
from lagebild.model import EventActor

AGENT_PREPOSITIONS: Final = ("von", "durch", "seitens")
#: prepositions under which an account noun names a source ("nach Angaben von")
_SOURCE_PREPOSITIONS: Final = frozenset({"nach", "laut", "gemäß"})
#: Prepositions under which a meeting noun shares the clause's participants
#: ("nach Gesprächen in Genf haben die USA Russland aufgerufen").
SETTING_PREPOSITIONS: Final = frozenset({"nach", "bei", "vor", "während", "seit", "in", "auf"})
#: First words that mark a bare phrase as dative (and not as nominative or accusative).
_DATIVE_FORMS: Final = frozenset(
    {
        "dem",
        "einem",
        "diesem",
        "jenem",
        "keinem",
        "seinem",
        "ihrem",
        "unserem",
        "ihm",
        "ihr",
        "ihnen",
        "uns",
        "mir",
    }
)
#: Actions only a state takes; told in the passive without an agent, the actor is the
#: article's focus country.
STATE_ACTION_MODES: Final = frozenset(
    {"arrest", "release", "deport", "convict", "censor", "curfew", "martial-law"}
)


@dataclass
class Participants:
    actor: EventActor | None = None
    recipient: EventActor | None = None
    actor_chunk: Chunk | None = None
    recipient_chunk: Chunk | None = None
    agent_chunk: Chunk | None = None
    co_actors: list[EventActor] = field(default_factory=list)
    co_recipients: list[EventActor] = field(default_factory=list)
    #: each side does the act to the other ("Kämpfe zwischen X und Y"): one event each way
    mutual: bool = False


def is_passive(clause: Clause, trigger: Word) -> bool:
    if trigger.tag != "VVPP":
        return False
    return any(w.lemma == "werden" or w.lower == "worden" for w in clause.words if w.is_verb)


def headline_participle(clauses: list[Clause], trigger: Word) -> bool:
    """ "Zwei Palästinenser erschossen und vier Israelis verletzt": a participle in a
    sentence with no finite verb at all is a headline's passive, its phrase the patient."""
    return (
        trigger.tag == "VVPP"
        and not any(w.is_finite for c in clauses for w in c.words)
        and not _second_position_verb(clauses, trigger)
    )


def _second_position_verb(clauses: list[Clause], trigger: Word) -> bool:
    """ "In Hebron erschossen israelische Soldaten eine Palästinenserin": a form the tagger
    took for a participle, with no bare phrase before it and one after it, is the finite verb
    of a main clause opened by an adverbial (the past plural of "erschießen"), not a
    headline's passive, which follows its patient."""
    clause = next((c for c in clauses if c.contains(trigger)), None)
    if clause is None:
        return False
    bare = [c for c in clause.chunks if c.prep is None and not c.contains(trigger)]
    return bool(bare) and all(c.first > trigger.i for c in bare)


def _in_prefield_phrase(clause: Clause, position: int) -> bool:
    """ "Der Attentäter von Tel Aviv ist … erschossen worden": a von-phrase right after a noun
    before the finite verb of a main clause belongs to that noun (the prefield holds one
    phrase), so it is no passive agent."""
    finite = clause.finite
    if clause.subordinate or finite is None or position == 0 or finite is clause.words[-1]:
        return False  # a verb-final clause ("dessen Rücktritt von X gefordert wird") has none
    if clause.words[0].tag in SUBORDINATORS or clause.words[0].tag == "PRELAT":
        return False
    chunk, before = clause.chunks[position], clause.chunks[position - 1]
    return chunk.last < finite.i and chunk.first - before.last <= 2  # only the preposition


def prefield_partners(clause: Clause, chunk: Chunk | None) -> list[Chunk]:
    """The other phrases before the finite verb of a main clause whose prefield holds
    ``chunk``: the prefield holds one phrase, so they are parts of it, an apposition or
    attribute ("Andreas Ehlers, Vorsitzender des Dachverbands, begrüßt …", "Der Repräsentant
    in Bosnien, Wolfgang Petritsch, begrüßte …"), no object of the verb."""
    finite = clause.finite
    if chunk is None or clause.subordinate or finite is None or finite is clause.words[-1]:
        return []
    if clause.words[0].tag in SUBORDINATORS or clause.words[0].tag == "PRELAT":
        return []
    if chunk.last >= finite.i:
        return []
    return [c for c in clause.chunks if c is not chunk and c.last < finite.i]


def _dative(
    doc: Doc, clause: Clause, taken: list[Chunk | None]
) -> tuple[Chunk | None, EventActor | None]:
    """A bare phrase marked as dative by its first word ("dem", "ihm", "einer")."""
    for chunk in clause.chunks:
        if chunk in taken or chunk.prep is not None:
            continue
        if chunk.words[0].lower in _DATIVE_FORMS:
            named = resolve_chunk(doc, chunk)
            if named is not None:
                return chunk, named
    return None, None


def agent(doc: Doc, clause: Clause) -> tuple[Chunk | None, EventActor | None]:
    attribute: tuple[Chunk | None, EventActor | None] = (None, None)
    for position, chunk in enumerate(clause.chunks):
        if (
            chunk.prep in AGENT_PREPOSITIONS
            and not _in_prefield_phrase(clause, position)
            and not _after_source_noun(clause, position)
        ):
            actor = resolve_chunk(doc, chunk)
            if actor is None or _protest_owner(clause, position, actor):
                continue
            if not _after_noun(clause, position):
                return chunk, actor
            if attribute[1] is None:
                attribute = chunk, actor
    # "die Unterstützung von UN-Organisationen … von den EU-Staaten versprochen": a von-phrase
    # right after a noun is that noun's, the agent only where no other is named
    return attribute


def _after_source_noun(clause: Clause, position: int) -> bool:
    """ "nach Angaben von Armee und Sanitätern": a von-phrase right after an account noun
    under "nach", "laut" or "gemäß" names the account's source, not the passive's agent
    (data/source_nouns.txt); not after one whose genitive names its source ("nach Angaben
    des Kanzleramtes von den EU-Staaten versprochen")."""
    if position == 0 or clause.chunks[position].prep != "von":
        return False
    chunk, before = clause.chunks[position], clause.chunks[position - 1]
    head = before.head_word
    return (
        chunk.first - before.last <= 2
        and before.prep in _SOURCE_PREPOSITIONS
        and before.genitive is None
        and head.tag == "NN"
        and head.lemma.casefold().endswith(_source_nouns())
    )


@cache
def _source_nouns() -> tuple[str, ...]:
    return tuple(sorted(word_list("source_nouns.txt")))


def _after_noun(clause: Clause, position: int) -> bool:
    """The clause's phrase at ``position`` is a von-phrase right after an action noun."""
    if position == 0 or clause.chunks[position].prep != "von":
        return False
    chunk, before = clause.chunks[position], clause.chunks[position - 1]
    noun = before.words[-1]
    return (
        chunk.first - before.last <= 2  # only the preposition between
        and noun.tag == "NN"
        and (noun.lemma.endswith(_action_noun_suffixes()) or is_event_noun(noun))
    )


@cache
def _action_noun_suffixes() -> tuple[str, ...]:
    return tuple(sorted(word_list("action_noun_suffixes.txt")))


def _protest_owner(clause: Clause, position: int, named: EventActor) -> bool:
    """ "wurde eine Kundgebung von Gegnern des Präsidenten aufgelöst": a von-phrase right
    after a protest noun that names no state is the protest's owner, not the passive's agent
    (the police, a state's organ, stays one: "wurde die Kundgebung von der Polizei aufgelöst")."""
    return named.code not in country_codes() and after_protest_noun(clause, position)


def unresolved_agent(doc: Doc, clause: Clause) -> bool:
    """ "wurden von Unbekannten angegriffen": an agent is named, if not one we know; not a
    protest's owner ("eine Kundgebung von Gegnern") nor a place ("Innenstadt von Kairo")."""
    return any(
        chunk.prep in AGENT_PREPOSITIONS
        and not after_protest_noun(clause, position)
        and place_actor(doc, chunk) is None
        for position, chunk in enumerate(clause.chunks)
    )


def after_protest_noun(clause: Clause, position: int) -> bool:
    """The clause's phrase at ``position`` is a von-phrase right after a protest noun."""
    if position == 0 or clause.chunks[position].prep != "von":
        return False
    chunk, before = clause.chunks[position], clause.chunks[position - 1]
    if chunk.first - before.last > 2:
        return False
    return any(e.type == "PROTEST" and e.pos == "noun" for e in lexicon_entries(before.head_word))


def _local_state(doc: Doc, clause: Clause) -> EventActor | None:
    """The state of the place the clause is set in ("in Neapel" -> ITA)."""
    for chunk in clause.chunks:
        if chunk.prep == "in":
            state = place_actor(doc, chunk)
            if state is not None:
                return state
    return None


def verbal(
    doc: Doc, clause: Clause, clauses: list[Clause], word: Word, trigger: Trigger
) -> Participants:
    if is_passive(clause, word) or headline_participle(clauses, word):
        agent_chunk, actor = agent(doc, clause)
        if (
            actor is None
            and trigger.mode in STATE_ACTION_MODES
            and not any(
                c.prep in AGENT_PREPOSITIONS and unknown_state_organ(c.head_word)
                for c in clause.chunks
            )
        ):
            # "wurden verhaftet": arrests are made by the state, the one where they are made;
            # not where an agent is named that we cannot code ("von den DDR-Behörden")
            actor = _local_state(doc, clause) or focus_actor(doc)
        subject_chunk, patient = subject(doc, clause, clauses, exclude=agent_chunk)
        if (
            patient is None
            and trigger.type in PLACE_TARGET_TYPES
            and trigger.mode not in STATE_ACTION_MODES
        ):
            # "wurden Ziele im Gazastreifen angegriffen": the place's state is the target;
            # where one is arrested ("bei der Ausreise nach Peking") is no one arrested
            subject_chunk, patient = place_target(
                doc, [c for c in clause.chunks if c is not agent_chunk], actor
            )
        if patient is None and "+DAT" in trigger.frame:
            # "Dem Bürgerrechtler wurde der Preis verliehen": the dative stays the recipient
            subject_chunk, patient = _dative(doc, clause, [agent_chunk, subject_chunk])
        rest = [c for c in clause.chunks if c is not agent_chunk]
        for slot in trigger.prepositions if patient is None else ():
            # "Gegen Lenz wird ermittelt": the frame's preposition keeps its recipient
            found = prepositional_recipient(doc, clause, rest, slot)
            if found[1] is not None:
                subject_chunk, patient = found
                break
        if not distinct(actor, patient):
            patient = None
        return Participants(actor, patient, agent_chunk, subject_chunk, agent_chunk)
    subject_chunk, actor = subject(doc, clause, clauses)
    co_actors = coordinated_actors(doc, clauses, subject_chunk)
    if subject_chunk is not None and not clause.contains(subject_chunk.words[0]):
        subject_chunk = None  # an elided subject: its phrase is not in this clause
    taken = [
        subject_chunk,
        *coordinated_phrases(clause, subject_chunk),
        *prefield_partners(clause, subject_chunk),
        *_apposed_roles(clause, subject_chunk),
    ]
    recipient_chunk, recipient = by_frame(doc, clause, clauses, trigger, taken, actor=actor)
    if recipient_chunk is not None and not clause.contains(recipient_chunk.words[0]):
        co_recipients = _co_antecedents(doc, clauses, recipient_chunk, actor, recipient)
    else:
        co_recipients = _co_recipients(doc, clause, recipient_chunk, actor, recipient)
    return Participants(
        actor,
        recipient,
        subject_chunk,
        recipient_chunk,
        co_actors=co_actors,
        co_recipients=co_recipients,
    )


def _apposed_roles(clause: Clause, subject_chunk: Chunk | None) -> list[Chunk]:
    """ "kritisiert die Abgeordnete Madeleine Petrovic, Präsidentin des Wiener
    Tierschutzvereins": a bare role noun set off by punctuation right after the subject is an
    apposition to it, not the object."""
    if subject_chunk is None:
        return []
    if any(w.i == subject_chunk.last + 1 for w in clause.words):
        return []  # no punctuation (which clauses leave out) sets the phrase off
    following = next((c for c in clause.chunks if c.first == subject_chunk.last + 2), None)
    if following is None or following.prep is not None:
        return []
    opening = following.words[0]
    return [following] if opening.tag == "NN" and following.head == 0 else []


def _co_antecedents(
    doc: Doc,
    clauses: list[Clause],
    chunk: Chunk,
    actor: EventActor | None,
    recipient: EventActor | None,
) -> list[EventActor]:
    """The phrases a relative pronoun's antecedent is coordinated with ("der Weltbank und dem
    IWF, denen …"): each a recipient too."""
    clause = next((c for c in clauses if chunk in c.chunks), None)
    if clause is None:
        return []
    position = clause.chunks.index(chunk)
    found: list[EventActor] = []
    while position > 0 and clause.chunks[position].coordinated:
        position -= 1
        named = resolve_target(doc, clause.chunks[position])
        if (
            named is not None
            and distinct(actor, named)
            and all(_key(named) != _key(seen) for seen in [recipient, *found] if seen is not None)
        ):
            found.append(named)
    return found


def _co_recipients(
    doc: Doc,
    clause: Clause,
    chunk: Chunk | None,
    actor: EventActor | None,
    recipient: EventActor | None,
) -> list[EventActor]:
    """Further recipients coordinated with the first ("lehnt die EU-Mission und die
    Unabhängigkeit des Kosovos ab"): one event each."""
    found: list[EventActor] = []
    for other in coordinated_phrases(clause, chunk):
        named = resolve_target(doc, other)
        if named is None or not distinct(actor, named):
            continue
        if all(_key(named) != _key(seen) for seen in [recipient, *found] if seen is not None):
            found.append(named)
    return found


def _key(actor: EventActor) -> str | None:
    return actor.code or actor.entity_id or actor.name


def coordinated_actors(doc: Doc, clauses: list[Clause], chunk: Chunk | None) -> list[EventActor]:
    clause = next((c for c in clauses if chunk is not None and chunk in c.chunks), None)
    if clause is None:
        return []
    actors = []
    for other in coordinated_phrases(clause, chunk):
        actor = resolve_chunk(doc, other, core_only=True)
        if actor is not None:
            actors.append(actor)
    return actors
