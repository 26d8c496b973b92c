"""Finding the recipient of an act whose actor is known, where the trigger's own phrases
name none: a coordinated partner, the other side, a content's owner, the government a
claim is addressed to by default, an act pointed back to. Steps of
:func:`lagebild.events.detect._candidate`."""

from __future__ import annotations

from lagebild.events import arguments, sides
from lagebild.events.addressees import (
    RECIPROCAL_TYPES,
    addressed_by_default,
    addressed_elsewhere,
    answers_another,
    focus_addressee,
    government_addressed,
    pair_coordinated,
    reflexive,
    told_unaddressed,
)
from lagebild.events.clauses import Clause
from lagebild.events.trigger_entries import lexicon_entries
from lagebild.events.trigger_reading import TriggerReading
from lagebild.events.words import Word
from lagebild.model import EventActor


def paired_recipient(
    reading: TriggerReading, parts: arguments.Participants, actor: EventActor
) -> None:
    """A recipient told beside the actor: a partner, the other side, a content's owner, one
    criticised before."""
    doc, clause, clauses, entry = reading.doc, reading.clause, reading.clauses, reading.entry
    if (
        parts.recipient is None
        and entry.type in RECIPROCAL_TYPES
        and (reflexive(clause) or "mit" in entry.prepositions)
    ):
        # "Israel und die Hamas vereinbarten eine Waffenruhe": with no partner named in the
        # frame's mit-slot, coordinated subjects are each other's partners
        pair_coordinated(doc, clauses, parts)
    if (
        parts.recipient is None
        and entry.type not in RECIPROCAL_TYPES
        and (sides.mutual(clause) or sides.fight_over(clause, entry))
    ):
        sides.pair_mutual(parts)  # "Indien und Pakistan beschuldigen sich gegenseitig"
    if parts.recipient is None and entry.type == "REQUEST":
        parts.recipient = sides.content_owner(doc, clause, entry, actor)
    if parts.recipient is None and entry.type == "ACCUSE" and not reading.nominal:
        parts.recipient = sides.criticised_before(doc, clause, clauses, reading.word, actor)


def default_addressee(
    reading: TriggerReading, parts: arguments.Participants, actor: EventActor
) -> tuple[bool, EventActor | None]:
    """Whether the recipient is the government a claim is addressed to by default, and the
    foreign focus state the act may be aimed at."""
    clause, clauses, entry = reading.clause, reading.clauses, reading.entry
    default_recipient = parts.recipient is None and addressed_by_default(reading.told)
    foreign_focus = focus_addressee(reading.doc, actor)
    # an act on someone or something told before, or one aimed elsewhere, takes neither
    # default side
    if (default_recipient or foreign_focus is not None) and (
        answers_another(clause, clauses, entry, parts.actor_chunk)
        or addressed_elsewhere(clause, clauses, entry, reading.word)
    ):
        default_recipient, foreign_focus = False, None
    if default_recipient:
        parts.recipient = government_addressed(reading.doc, actor)
        return parts.recipient is not None, foreign_focus
    return False, foreign_focus


def recipient_left_open(
    reading: TriggerReading, parts: arguments.Participants, actor: EventActor
) -> tuple[str | None, bool]:
    """With no recipient found: the type of an act pointed back to, else whether a
    complement may supply the recipient later."""
    if parts.recipient is None and (
        reading.intended
        or not told_unaddressed(reading.entry, reading.clause, actor, reading.nominal)
    ):
        anaphor = _anaphoric_type(reading.clause, reading.word)
        # a verb that governs a complement may take its recipient from it (complete_pending)
        return anaphor, anaphor is None
    return None, False


def _anaphoric_type(clause: Clause, trigger: Word) -> str | None:
    """The event type of a demonstrative event noun in the clause ("diesen Forderungen")."""
    for chunk in clause.chunks:
        if chunk.contains(trigger) or not any(w.tag == "PDAT" for w in chunk.words):
            continue
        for word in chunk.words:
            entries = [e for e in lexicon_entries(word) if e.pos == "noun"]
            if entries:
                return entries[0].type
    return None
