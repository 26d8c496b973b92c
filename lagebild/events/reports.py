"""Abuse told as the topic of a published account: "Human Rights Watch veröffentlichte einen
Bericht über Folter im Land" tells no torture as fact, but the publisher's accusation of
whoever tortured (named in the noun's phrase), or, as for other claims of a group, of the
government of the country the article is about."""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from spacy.tokens import Doc, Span

from lagebild.events import noun_arguments
from lagebild.events.addressees import government_addressed
from lagebild.events.candidate import Candidate
from lagebild.events.clauses import Chunk, Clause
from lagebild.events.lexicon import Trigger, report_nouns
from lagebild.events.recipients import distinct
from lagebild.events.subjects import subject
from lagebild.events.words import Word

#: Deeds a report accuses someone of.
ABUSE_TYPES: Final = frozenset({"ASSAULT", "COERCE"})


def on_report(clause: Clause, chunk: Chunk | None, entry: Trigger) -> bool:
    """The deed noun stands in the "über" phrase right after a report noun."""
    if chunk is None or chunk.prep != "über" or entry.type not in ABUSE_TYPES:
        return False
    position = clause.chunks.index(chunk)
    if position == 0:
        return False
    before = clause.chunks[position - 1]
    # only the preposition between: the "über" phrase is the report noun's own
    return chunk.first - before.last <= 2 and before.head_word.lemma in report_nouns()


def reported_abuse(
    doc: Doc,
    sentence: Span,
    clause: Clause,
    clauses: list[Clause],
    chunk: Chunk,
    word: Word,
    entry: Trigger,
) -> Candidate | None:
    """The publisher's accusation; None where the clause names no publisher."""
    _, publisher = subject(doc, clause, clauses, exclude=chunk)
    if publisher is None:
        return None
    deed = noun_arguments.nominal(doc, clause, clauses, chunk, word, entry)
    accused = deed.actor if distinct(deed.actor, publisher) else None
    if accused is None:
        accused = government_addressed(doc, publisher)
    return Candidate(
        trigger=replace(entry, type="ACCUSE", mode="allege", frame=()),
        word=word,
        clause=clause,
        clauses=clauses,
        sentence=sentence,
        actor=publisher,
        recipient=accused,
        negated=False,
        chunks=[chunk],
        nominal=True,
        pending=accused is None,
    )
