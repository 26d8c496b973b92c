"""Events told inside quoted speech: the quote's speaker as the actor.

A speaker pronoun ("wir") in a quote stands for the quote's speaker, and an accusing label in
someone's speech ("Das ist ein Massaker") is the speaker's accusation of whom it is said of.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from lagebild.events.actors import from_entity
from lagebild.events.candidate import Candidate
from lagebild.events.clauses import Chunk, Clause
from lagebild.events.lexicon import Trigger
from lagebild.events.subjects import subject
from lagebild.events.words import Word
from lagebild.model import EventActor, Quote


def speaker_name(quote: Quote | None) -> str | None:
    return quote.speaker.name if quote is not None and quote.speaker is not None else None


def accusing_label(doc: Doc, sentence: Span, clause: Clause, clauses: list[Clause],
                   chunk: Chunk | None, word: Word, entry: Trigger, quote: Quote | None
                   ) -> Candidate | None:
    """An accusing label inside someone's speech: the speaker accuses whom it is said of."""
    if quote is None or quote.speaker is None:
        return None
    actor = speaker_actor(doc, quote)
    subject_chunk, recipient = subject(doc, clause, clauses, exclude=chunk)
    # "Das ist ein Massaker": the deed just told, whose perpetrator the discourse gives
    first = next((w for w in clause.words if w.tag not in ("$(", "KON")), None)
    deed = recipient is None and first is not None and (
        first.tag == "PDS" and first.lower in ("das", "dies"))
    if (recipient is None and not deed) or actor is None:
        return None
    return Candidate(
        trigger=entry, word=word, clause=clause, clauses=clauses, sentence=sentence, actor=actor,
        recipient=recipient, negated=False, chunks=[chunk], nominal=True,
        pending=deed, labels_deed=deed,
    )


def speaker_actor(doc: Doc, quote: Quote) -> EventActor | None:
    speaker = quote.speaker
    if speaker is None:
        return None
    for entity in doc._.entities or []:
        if entity.id == speaker.entity_id:
            return from_entity(entity)
    return None
