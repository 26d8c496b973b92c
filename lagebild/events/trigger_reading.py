"""Reading one trigger word in its clause: the lexicon entry it tells there, whether it is
told as a noun and negated, the actor a compound's first part names, and an intent that
makes it a threat. The first steps of :func:`lagebild.events.detect._candidate`."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Final

from spacy.tokens import Doc, Span

from lagebild.events import context, intent, unasserted
from lagebild.events.actors import prefix_actor
from lagebild.events.clauses import Chunk, Clause
from lagebild.events.irrealis import irrealis_modified
from lagebild.events.lexicon import Trigger
from lagebild.events.readings import facing, game_reading
from lagebild.events.trigger_entries import by_last_part, choose_entry, verb_of
from lagebild.events.words import Word
from lagebild.model import EventActor, Quote

#: Types an intent leaves as they are: an intent to demand is still a demand.
_TOLD_AS_INTENDED: Final = frozenset({"REQUEST", "REJECT", "ACCUSE", "THREATEN"})


@dataclass
class TriggerReading:
    """What a trigger tells in its clause, handed from step to step while its candidate
    event is built."""

    doc: Doc
    sentence: Span
    clause: Clause
    clauses: list[Clause]
    #: the trigger; for a word that is neither noun nor full verb, the clause's verb of it
    word: Word
    #: the entry the event is read as (a threat, where an intent was told)
    entry: Trigger
    #: the entry as told: an intended protest is aimed where the protest would be
    told: Trigger
    #: told by an event noun (not by a light verb's passive: see detect._participants)
    nominal: bool
    #: the noun's phrase, for a nominal trigger
    chunk: Chunk | None
    negated: bool
    #: the actor the first part of a compound event noun names ("FPÖ-Protest")
    prefix: EventActor | None
    quote: Quote | None
    #: a threat read off an intended act (see Candidate.intended)
    intended: bool = False


def read_trigger(
    doc: Doc,
    sentence: Span,
    clause: Clause,
    clauses: list[Clause],
    word: Word,
    entries: tuple[Trigger, ...],
    quotes: list[Quote],
) -> TriggerReading | None:
    """The trigger's reading, or None where it tells no event in this clause."""
    nominal = word.tag == "NN"
    if not nominal and not word.tag.startswith("VV"):
        word = verb_of(clause, entries) or word
    chunk = clause.chunk_of(word) if nominal else None
    if nominal:
        if chunk is None or irrealis_modified(chunk, word):
            return None
        negated = context.nominal_negated(clause, chunk, word)
    else:
        negated = context.verbal_negated(clause)
    chosen = choose_entry(entries, clause, word, negated)
    if chosen is None or facing(chosen[0], clause) or game_reading(doc, chosen[0]):
        return None
    entry, negated = chosen
    if unasserted.not_asserted(entry, clause, clauses, word, chunk):
        return None  # due, judged, generic, shown, studied or sent: no event told
    prefix = None
    if nominal and by_last_part(word):
        # a compound event noun is told where its first part names the actor ("FPÖ-Protest")
        # or a light verb confirms it ("der Sacharow-Preis wurde verliehen"), not otherwise
        # ("Solidaritäts-Kundgebung"); a named meeting ("bis zum G-20-Gipfel") is as a rule
        # a date, not an event told
        prefix = prefix_actor(doc, word)
        if entry.pos != "lvc" and (prefix is None or entry.type == "CONSULT"):
            return None
    quote = context.quote_at(quotes, word.start, word.end)
    reading = TriggerReading(
        doc, sentence, clause, clauses, word, entry, entry, nominal, chunk, negated, prefix, quote
    )
    _read_intent(reading)
    return reading


def _read_intent(reading: TriggerReading) -> None:
    """An intended harmful act is a threat ("wir werden Gebiete einnehmen"), and so is a call
    to protest."""
    entry = reading.entry
    if entry.type not in _TOLD_AS_INTENDED:
        reading.entry = intent.intended(
            entry, reading.clause, reading.word, reading.chunk, reading.negated
        )
        reading.intended = reading.entry.type == "THREATEN" and entry.type != "THREATEN"
    elif (
        protest := intent.appealed_protest(entry, reading.clause, reading.word, reading.negated)
    ) is not None:
        # aimed, like the protest it threatens, where it says ("gegen") or at the government
        # by default; not at those called to it ("ihre Mitglieder")
        reading.told, reading.intended = protest, True
        reading.entry = replace(
            entry,
            type="THREATEN",
            mode=None,
            frame=tuple(slot for slot in protest.frame if not slot.startswith("+")),
        )
