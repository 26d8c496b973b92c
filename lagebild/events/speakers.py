"""Events told inside quoted speech: the quote's speaker as the actor.

A speaker pronoun ("wir") in a quote stands for the quote's speaker, and an accusing label in
someone's speech ("Das ist ein Massaker") is the speaker's accusation of whom it is said of.
Outside speech a label is an accusation where a naming verb gives it ("Russland bezeichnete
die NATO als Aggressor").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from lagebild.events.actor_entities import from_entity
from lagebild.events.actors import resolve_chunk
from lagebild.events.arguments import is_passive
from lagebild.events.candidate import Candidate
from lagebild.events.clauses import Chunk, Clause
from lagebild.events.lexicon import Trigger, agent_labels, naming_verbs
from lagebild.events.recipients import distinct, resolve_target
from lagebild.events.subjects import subject
from lagebild.events.words import Word
from lagebild.model import EventActor, Quote


def speaker_name(quote: Quote | None) -> str | None:
    return quote.speaker.name if quote is not None and quote.speaker is not None else None


def accusing_label(
    doc: Doc,
    sentence: Span,
    clause: Clause,
    clauses: list[Clause],
    chunk: Chunk | None,
    word: Word,
    entry: Trigger,
    quote: Quote | None,
    said_of: EventActor | None = None,
) -> Candidate | None:
    """An accusing label inside someone's speech: the speaker accuses whom it is said of,
    named by an agent label's own compound prefix (``said_of``) or else the clause's
    subject."""
    if quote is None or quote.speaker is None or entry.naming_only:
        return _named_as(doc, sentence, clause, clauses, chunk, word, entry)
    actor = speaker_actor(doc, quote)
    subject_chunk, recipient = subject(doc, clause, clauses, exclude=chunk)
    if (
        said_of is not None
        and entry.lemma.casefold() in agent_labels()
        and distinct(actor, said_of)
    ):
        recipient = said_of
    # "Das ist ein Massaker": the deed just told, whose perpetrator the discourse gives
    first = next((w for w in clause.words if w.tag not in ("$(", "KON")), None)
    deed = (
        recipient is None
        and first is not None
        and (first.tag == "PDS" and first.lower in ("das", "dies"))
    )
    if (recipient is None and not deed) or actor is None:
        return None
    return Candidate(
        trigger=entry,
        word=word,
        clause=clause,
        clauses=clauses,
        sentence=sentence,
        actor=actor,
        recipient=recipient,
        negated=False,
        chunks=[chunk],
        nominal=True,
        pending=deed,
        labels_deed=deed,
    )


def _named_as(
    doc: Doc,
    sentence: Span,
    clause: Clause,
    clauses: list[Clause],
    chunk: Chunk | None,
    word: Word,
    entry: Trigger,
) -> Candidate | None:
    """ "Russland bezeichnete die NATO als Aggressor": the subject of a naming verb accuses
    its object of what the label after "als" says."""
    verb = (
        None
        if chunk is None or chunk.prep is None
        else next(
            (w for w in clause.words if w.is_verb and naming_verbs().get(w.lemma) == chunk.prep),
            None,
        )
    )
    if chunk is None or verb is None or is_passive(clause, verb):
        return None  # "Russland wurde als Aggressor bezeichnet": the subject is the one named
    subject_chunk, actor = subject(doc, clause, clauses, exclude=chunk)
    # "sprach von einem Dammbruch" names no object; "bezeichnete X als …" does
    named = (
        None
        if chunk.prep != "als"
        else next(
            (
                c
                for c in clause.chunks
                if c.prep is None and c is not subject_chunk and c.first < chunk.first
            ),
            None,
        )
    )
    cut = _cut_prefield(clause, clauses) if chunk.prep == "als" else None
    if cut is not None:
        if actor is None and named is not None:
            actor = resolve_chunk(doc, named)  # "bezeichnete er": the subject after the verb
        named = cut
    recipient = resolve_target(doc, named) if named is not None else None
    if actor is None or not distinct(actor, recipient):
        return None
    if recipient is None and named is not None and named.head_word.tag != "PPER":
        return None  # a named object we cannot resolve: someone else than the act's target
    # with no object, or only a pronoun ("wies die Pläne zurück und bezeichnete sie als
    # Eingriff"), the subject's other act in the sentence gives it (addressees.complete_pending)
    return Candidate(
        trigger=entry,
        word=word,
        clause=clause,
        clauses=clauses,
        sentence=sentence,
        actor=actor,
        recipient=recipient,
        negated=False,
        chunks=[chunk, named],
        nominal=True,
        pending=recipient is None,
    )


def _cut_prefield(clause: Clause, clauses: list[Clause]) -> Chunk | None:
    """ "Die Bestrebungen der Regierung, die Macht zu erhalten, bezeichnete er als Akt des
    Verbrechertums": an insertion cuts the object in the prefield off the naming clause, which
    then starts with its verb; the object is the verbless opening's bare phrase."""
    if not clause.words[0].is_finite:
        return None
    opening = next((c for c in clauses if c.first == 0 and not c.subordinate), None)
    if opening is None or opening is clause or opening.finite is not None:
        return None  # the clause before has a verb of its own: no cut prefield
    return next((c for c in opening.chunks if c.prep is None), None)


def speaker_actor(doc: Doc, quote: Quote) -> EventActor | None:
    speaker = quote.speaker
    if speaker is None:
        return None
    for entity in doc._.entities or []:
        if entity.id == speaker.entity_id:
            return from_entity(entity)
    return None
