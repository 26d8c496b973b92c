"""Participles used as adjectives, read as their verbs: "die festgenommenen Demonstranten"
(arrested: the noun is the patient), "der zurückgetretene Premierminister" (resigned: the
noun is the actor), "die vom Sicherheitsrat verhängten Sanktionen" (the agent before it).

The participle of each lexicon verb is derived by rule (ge-…-t for weak verbs, a table for
strong ones, no ge- after an inseparable prefix or for -ieren verbs), so only verbs of the
lexicon are read, never any adjective that merely ends in -t.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Final

from spacy.tokens import Doc, Span

from lagebild.events import context
from lagebild.events.actors import is_event_noun, resolve_chunk, resolve_words
from lagebild.events.arguments import AGENT_PREPOSITIONS, STATE_ACTION_MODES
from lagebild.events.candidate import Candidate, may_lack_recipient
from lagebild.events.clauses import Chunk, Clause
from lagebild.events.lexicon import Trigger, _rows, triggers
from lagebild.events.recipients import distinct
from lagebild.events.states import focus_actor, place_actor
from lagebild.events.words import Word
from lagebild.model import EventActor, Quote

#: The preposition of the place an act is set in ("in Gießen festgenommen").
_SETTING_PREPOSITION: Final = "in"


def verb_entries(participle_lemma: str) -> tuple[Trigger, ...]:
    """Single-word verb entries whose past participle is the given (uninflected) form."""
    return _by_participle().get(participle_lemma.casefold(), ())


def participle_forms() -> frozenset[str]:
    """The (casefolded) participles :func:`verb_entries` finds entries for."""
    return frozenset(_by_participle())


@cache
def _by_participle() -> dict[str, tuple[Trigger, ...]]:
    index: dict[str, list[Trigger]] = {}
    for entry in triggers():
        if entry.pos != "verb" or len(entry.words) != 1 or entry.negative:
            continue
        form = participle(entry.lemma.casefold())
        if form:
            index.setdefault(form, []).append(entry)
    return {form: tuple(entries) for form, entries in index.items()}


def participle(verb: str) -> str | None:
    """ "festnehmen" -> "festgenommen", "verhaften" -> "verhaftet", "fordern" -> "gefordert"."""
    separable, inseparable = _prefixes()
    prefix = next(
        (
            p
            for p in sorted(separable, key=len, reverse=True)
            if verb.startswith(p) and len(verb) - len(p) > 3
        ),
        "",
    )
    base = verb[len(prefix) :]
    inner = next(
        (
            p
            for p in sorted(inseparable, key=len, reverse=True)
            if base.startswith(p) and len(base) - len(p) > 3
        ),
        "",
    )
    core = base[len(inner) :]
    form = _strong().get(core) or _weak(core)
    if form is None:
        return None
    if inner or core.endswith("ieren"):
        form = form[2:] if form.startswith("ge") else form
        form = inner + form
    return prefix + form


def _weak(verb: str) -> str | None:
    if verb.endswith("ieren"):
        return verb[:-2] + "t"
    if verb.endswith(("eln", "ern")):
        stem = verb[:-1]
    elif verb.endswith("en"):
        stem = verb[:-2]
    else:
        return None
    return "ge" + stem + ("et" if stem.endswith(("t", "d")) else "t")


@cache
def _strong() -> dict[str, str]:
    return {row["verb"]: row["participle"] for row in _rows("strong_participles.tsv")}


@cache
def _prefixes() -> tuple[tuple[str, ...], tuple[str, ...]]:
    rows = list(_rows("verb_prefixes.tsv"))
    return (
        tuple(r["prefix"] for r in rows if r["kind"] == "separable"),
        tuple(r["prefix"] for r in rows if r["kind"] == "inseparable"),
    )


@dataclass
class Reading:
    """A participle's event: its entry and the sides the phrase names."""

    entry: Trigger
    actor: EventActor | None
    recipient: EventActor | None


def read(doc: Doc, clause: Clause, chunk: Chunk, word: Word) -> Reading | None:
    """The event a participle before a noun tells, if its sides can be found: for a verb
    with an object the noun is its patient and the agent a von/durch phrase just before
    ("die von der Polizei festgenommenen Demonstranten"), or the state for acts only a state
    takes; for one without, the noun is its actor ("der zurückgetretene Premier")."""
    entries = verb_entries(word.lemma) or verb_entries(word.text)
    if not entries:
        return None
    entry = entries[0]
    noun = [w for w in chunk.words if w.i > word.i]
    named = resolve_words(doc, noun) if noun else None
    if noun and is_event_noun(noun[0]):
        return None  # "die verhängten Sanktionen": the noun tells the event itself
    if not entry.takes_object:
        return Reading(entry, named, None) if named is not None else None
    actor = _agent_before(doc, clause, chunk)
    if actor is None and entry.mode in STATE_ACTION_MODES:
        # the state where the act took place ("einem in Gießen festgenommenen Marokkaner"),
        # else the article's: a Moroccan arrested in Germany, told in a story from Brussels
        actor = _place_before(doc, clause, chunk) or focus_actor(doc)
    if actor is None or named is None or not distinct(actor, named):
        return None
    return Reading(entry, actor, named)


def lexicon_participle(word: Word) -> bool:
    """An adjective that is the participle of a lexicon verb: without one, :func:`read`
    finds no event."""
    return word.tag == "ADJA" and bool(verb_entries(word.lemma) or verb_entries(word.text))


def _place_before(doc: Doc, clause: Clause, chunk: Chunk) -> EventActor | None:
    """The state of an in-phrase in the run of prepositional phrases right before the
    participle's phrase ("in der Nacht zum Donnerstag in Gießen festgenommenen")."""
    for before in reversed([c for c in clause.chunks if c.last < chunk.first]):
        if before.prep is None:
            return None
        state = place_actor(doc, before) if before.prep == _SETTING_PREPOSITION else None
        if state is not None:
            return state
    return None


def _agent_before(doc: Doc, clause: Clause, chunk: Chunk) -> EventActor | None:
    before = next((c for c in reversed(clause.chunks) if c.last < chunk.first), None)
    if before is None or before.prep not in AGENT_PREPOSITIONS or chunk.first - before.last > 1:
        return None
    return resolve_chunk(doc, before)


def candidate(
    doc: Doc, sentence: Span, clause: Clause, clauses: list[Clause], word: Word, quotes: list[Quote]
) -> Candidate | None:
    """The candidate event of a participle before a noun, if its sides are named."""
    chunk = clause.chunk_of(word)
    reading = read(doc, clause, chunk, word) if chunk is not None else None
    if reading is None or chunk is None or reading.actor is None:
        return None
    if reading.recipient is None and not may_lack_recipient(reading.entry):
        return None
    # told as a presupposed fact: the clause's negation or a demand around it does not
    # reach it ("ließ die festgenommenen Demonstranten nicht frei"), so it counts as verbal
    negated = any(w.lower.startswith("kein") for w in chunk.words if w.i < word.i)
    return Candidate(
        trigger=reading.entry,
        word=word,
        clause=clause,
        clauses=clauses,
        sentence=sentence,
        actor=reading.actor,
        recipient=reading.recipient,
        negated=negated,
        chunks=[chunk],
        nominal=False,
        attributed_to=_speaker(context.quote_at(quotes, word.start, word.end)),
    )


def _speaker(quote: Quote | None) -> str | None:
    return quote.speaker.name if quote is not None and quote.speaker is not None else None
