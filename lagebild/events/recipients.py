"""The recipient of a trigger in the slots of its frame.

The lexicon's frame lists where the recipient sits: a bare object (+AKK/+DAT, also a dative
relative pronoun), a prepositional phrase (followed along a chain of phrases that continue
its content), or the subject of the dass-clause a da-form points to; where the type's target
is often a place, a place stands for its state. A phrase naming the actor itself, or only
the actor's own state again, is no recipient.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

from spacy.tokens import Doc

from lagebild.entities.mention_index import entity_by_id
from lagebild.events.actors import resolve_chunk
from lagebild.events.clauses import Chunk, Clause, attached_phrases
from lagebild.events.fights import fights
from lagebild.events.lexicon import Trigger, triggers_by_head
from lagebild.events.states import other_branch, place_actor
from lagebild.events.subjects import subject
from lagebild.model import EventActor

_DA_FORMS: Final = MappingProxyType(
    {
        "darauf": "auf",
        "daran": "an",
        "dazu": "zu",
        "davor": "vor",
        "dagegen": "gegen",
        "davon": "von",
        "damit": "mit",
        "darüber": "über",
        "darum": "um",
        "dafür": "für",
    }
)
_MAX_CHAIN: Final = 3
_DATIVE_RELATIVES: Final = frozenset({"dem", "denen"})
#: Prepositions that continue a phrase's content ("Forderungen nach Garantien für ein Ende
#: der Osterweiterung der NATO"); locative ones ("im Kosovo") do not.
_CHAIN_PREPOSITIONS: Final = frozenset({"für", "nach", "von", "über", "zu", "gegen", "mit"})
#: Types whose target is often a place: "bombardierten ... im Gazastreifen".
PLACE_TARGET_TYPES: Final = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "AID", "SUPPORT"})
_PLACE_PREPOSITIONS: Final = frozenset({"in", "auf", "gegen", "nach"})
#: Types whose possessive object ("seine Truppen", "ihre Anhänger") is the actor's own force.
OWN_FORCES_TYPES: Final = frozenset({"MOBILIZE"})
#: Prepositions of a frame that name what an act is aimed at ("schießen auf", "gegen").
_TARGET_PREPOSITIONS: Final = frozenset({"auf", "gegen"})


def by_frame(
    doc: Doc,
    clause: Clause,
    clauses: list[Clause],
    trigger: Trigger,
    taken: list[Chunk | None],
    after: int = -1,
    actor: EventActor | None = None,
) -> tuple[Chunk | None, EventActor | None]:
    """The recipient in the frame's slots, in the order the lexicon lists them; a phrase
    naming the actor itself is skipped, and a place may stand for its state where the
    type's target is often one."""
    candidates = [
        c for c in clause.chunks if c not in taken and c.first > after and not _names(doc, c, actor)
    ]
    if after >= 0:
        candidates = attached_phrases(clause, after, candidates)
    own_forces = trigger.type in OWN_FORCES_TYPES and any(map(_possessive_object, candidates))
    if own_forces:
        # "ihre Parteigänger in Südafrika mobilisieren": one's own people are no target,
        # and the place they are in is where they are; only "gegen"/"auf" name a target
        candidates = [c for c in candidates if not _possessive_object(c)]
    found = _by_slots(doc, clause, clauses, trigger, candidates, actor)
    if found[1] is None and trigger.type in PLACE_TARGET_TYPES and not _reflexive(clause):
        # "hat sich in Luxemburg verteidigt": the act is on oneself, the place no target
        # "soll in Syrien gekämpft haben": where a fight is names no foe
        foe_only = own_forces or fights(trigger)
        found = place_target(
            doc, candidates, actor, _TARGET_PREPOSITIONS if foe_only else _PLACE_PREPOSITIONS
        )
    if found[1] is not None and not distinct_sides(doc, actor, found[1]):
        return None, None
    return found


def _possessive_object(chunk: Chunk) -> bool:
    return chunk.prep is None and chunk.words[0].tag == "PPOSAT"


def distinct(actor: EventActor | None, recipient: EventActor | None) -> bool:
    """A recipient that is only the actor's own state again is no recipient."""
    if actor is None or recipient is None or other_branch(actor, recipient):
        return True
    if actor.entity_id is not None and actor.entity_id == recipient.entity_id:
        return False
    return not (
        actor.code
        and actor.code == recipient.code
        and (recipient.entity_id is None or actor.entity_id is not None)
    )


def distinct_sides(doc: Doc, actor: EventActor | None, recipient: EventActor | None) -> bool:
    """As :func:`distinct`, but two people are two sides even when both act for one state
    ("Merkel wies die Forderung des Finanzministers Söder zurück"): a politician facing
    another is no state facing itself."""
    return distinct(actor, recipient) or (
        actor is not None
        and recipient is not None
        and actor.entity_id != recipient.entity_id
        and _person(doc, actor)
        and _person(doc, recipient)
    )


def _person(doc: Doc, actor: EventActor) -> bool:
    entity = entity_by_id(doc, actor.entity_id) if actor.entity_id is not None else None
    return entity is not None and entity.type == "PER"


def _names(doc: Doc, chunk: Chunk, actor: EventActor | None) -> bool:
    if actor is None or actor.entity_id is None:
        return False
    named = resolve_chunk(doc, chunk, core_only=True)
    return (
        named is not None and named.entity_id == actor.entity_id and not other_branch(actor, named)
    )


def place_target(
    doc: Doc,
    candidates: list[Chunk],
    actor: EventActor | None,
    prepositions: frozenset[str] = _PLACE_PREPOSITIONS,
) -> tuple[Chunk | None, EventActor | None]:
    for chunk in candidates:
        if chunk.prep in prepositions:
            named = resolve_chunk(doc, chunk, core_only=True)
            if named is None or named.entity_id is None:
                named = place_actor(doc, chunk)
            if named is not None and distinct(actor, named):
                return chunk, named
    return None, None


def resolve_target(doc: Doc, chunk: Chunk) -> EventActor | None:
    """A recipient: an actor, else the state of a place named ("in den Gazastreifen")."""
    return resolve_chunk(doc, chunk) or place_actor(doc, chunk)


def _by_slots(
    doc: Doc,
    clause: Clause,
    clauses: list[Clause],
    trigger: Trigger,
    candidates: list[Chunk],
    actor: EventActor | None = None,
) -> tuple[Chunk | None, EventActor | None]:
    for slot in trigger.frame:
        if slot == "+AKK" and _reflexive(clause):
            continue  # "sich verteidigen": the reflexive pronoun holds the object slot
        if slot in ("+AKK", "+DAT"):
            for chunk in candidates:
                if (
                    chunk.prep is None
                    and not chunk.coordinated
                    and not _patient_named(chunk)
                    and not _example(clause, chunk)
                    and not chunk.bracketed
                ):
                    named = resolve_target(doc, chunk)
                    if named is not None and not distinct_sides(doc, actor, named):
                        # the actor's own side again ("Der Präsident der Ukraine, Wolodymyr
                        # Selenskyj, traf sich mit …"): an apposition, no object
                        continue
                    if named is not None:
                        return chunk, named
            if slot == "+DAT":
                found = _relative_dative(doc, clause, clauses)
                if found[1] is not None:
                    return found
        elif slot in trigger.prepositions:
            found = prepositional_recipient(doc, clause, candidates, slot)
            if found[1] is not None:
                return found
            found = _da_clause(doc, clause, clauses, slot)
            if found[1] is not None:
                return found
    return None, None


def _reflexive(clause: Clause) -> bool:
    return any(w.tag == "PRF" and w.lower == "sich" for w in clause.words)


def _example(clause: Clause, chunk: Chunk) -> bool:
    """ "nahmen 40 Menschen fest, darunter Ayman Barakat": one named among those the act is
    done to is not all of them."""
    before = [w for w in clause.words if w.i < chunk.first]
    return any(w.lower in ("darunter", "unter") for w in before[-2:])


def _patient_named(chunk: Chunk) -> bool:
    """ "verlangte die Freilassung einer Lehrerin": the genitive of an act done to someone names
    the one it is done to, not the addressee of a demand or refusal about it."""
    head = chunk.head_word
    if head.tag != "NN" or chunk.genitive is None:
        return False
    entries = [e for e in triggers_by_head().get(head.lemma.casefold(), ()) if e.pos == "noun"]
    return bool(entries) and all(e.genitive_is_recipient for e in entries)


def _relative_dative(
    doc: Doc, clause: Clause, clauses: list[Clause]
) -> tuple[Chunk | None, EventActor | None]:
    """ "dem IWF, denen Ecuador vorwirft": a dative relative pronoun opening the clause stands
    for the phrase before it, which is then the recipient."""
    first = clause.words[0]
    if first.tag != "PRELS" or first.lower not in _DATIVE_RELATIVES:
        return None, None
    index = clauses.index(clause)
    if index == 0 or not clauses[index - 1].chunks:
        return None, None
    antecedent = clauses[index - 1].chunks[-1]
    return antecedent, resolve_target(doc, antecedent)


def prepositional_recipient(
    doc: Doc, clause: Clause, candidates: list[Chunk], prep: str
) -> tuple[Chunk | None, EventActor | None]:
    for position, chunk in enumerate(candidates):
        if chunk.prep != prep and not _towards(chunk, prep):
            continue
        chain = [chunk]
        for following in candidates[position + 1 :]:
            if len(chain) > _MAX_CHAIN or not (
                following.prep in _CHAIN_PREPOSITIONS or _participle_continues(chain[-1], following)
            ):
                break
            if following.first - chain[-1].last > 2:
                break
            chain.append(following)
        for link in chain:
            actor = resolve_target(doc, link)
            if actor is not None:
                return link, actor
    return None, None


def _towards(chunk: Chunk, prep: str) -> bool:
    """ "Schüsse in Richtung der Mönche": a direction named by "in Richtung" with its genitive
    is a target, as one with "auf" or "gegen" is."""
    return (
        prep in _TARGET_PREPOSITIONS
        and chunk.prep == "in"
        and chunk.genitive is not None
        and chunk.head_word.lemma == "Richtung"
    )


def _participle_continues(chunk: Chunk, following: Chunk) -> bool:
    """ "auf Steine werfende Demonstranten": a participle phrase splits the noun phrase in two;
    its second half, right after the first, is still the phrase the preposition governs."""
    return (
        following.prep is None
        and following.first == chunk.last + 1
        and following.words[0].tag == "ADJA"
        and following.words[0].lower.endswith(("ende", "enden", "ender", "endes", "endem"))
    )


def _da_clause(
    doc: Doc, clause: Clause, clauses: list[Clause], prep: str
) -> tuple[Chunk | None, EventActor | None]:
    if not any(_DA_FORMS.get(w.lower) == prep for w in clause.words):
        return None, None
    index = clauses.index(clause)
    for following in clauses[index + 1 : index + 3]:
        if following.words and following.words[0].lower == "dass":
            return subject(doc, following, clauses)
    return None, None
