"""A meeting wanted: "US-Präsident Barack Obama will einen Nukleargipfel".

"wollen" as a full verb with a meeting noun as its object ("will einen Gipfel", "will
Gespräche mit Russland") states an intent to meet: AGREE by the subject, with the partner a
mit-phrase names, if any (as "wollen sich bei einem Gipfel treffen" is, see intent). The
meeting noun may be a compound of one ("Nukleargipfel", "Sicherheitskonferenz"): what is
wanted is a meeting whatever its topic, and it is not told as held.
"""

from __future__ import annotations

from functools import cache
from typing import Final

from spacy.tokens import Doc, Span

from lagebild.events import context
from lagebild.events.actors import resolve_chunk
from lagebild.events.candidate import Candidate
from lagebild.events.clauses import Chunk, Clause
from lagebild.events.irrealis import hypothetical
from lagebild.events.lexicon import Trigger, triggers
from lagebild.events.recipients import distinct
from lagebild.events.subjects import subject
from lagebild.events.words import Word

#: The verb of wanting whose clause the rule reads (finite: "will").
WANTING_VERB: Final = "wollen"
#: Shortest meeting noun a compound may end in ("Gipfel" in "Nukleargipfel").
_MIN_ENDING: Final = 6


@cache
def meeting_nouns() -> tuple[str, ...]:
    """Lemmas of the lexicon's meeting nouns, casefolded."""
    return tuple(
        sorted(
            {
                e.lemma.casefold()
                for e in triggers()
                if e.type == "CONSULT" and e.pos == "noun" and len(e.lemma) >= _MIN_ENDING
            }
        )
    )


def wanted_meetings(
    doc: Doc, sentence: Span, clause: Clause, clauses: list[Clause]
) -> list[Candidate]:
    """The intent to meet a clause tells with "wollen" and a meeting noun as object."""
    wanting = next((w for w in clause.words if wanting_verb(w)), None)
    if (
        wanting is None
        or any(w.tag.startswith(("VVINF", "VVIZU", "VVPP", "VAINF")) for w in clause.words)
        or hypothetical(clause)
        or context.verbal_negated(clause)
    ):
        return []  # "will sich treffen" is read by its verb
    subject_chunk, actor = subject(doc, clause, clauses)
    meeting = next(
        (
            c
            for c in clause.chunks
            if c is not subject_chunk and _meeting(c) and c.first > wanting.i
        ),
        None,
    )
    if actor is None or meeting is None:
        return []
    partner_chunk = next(
        (c for c in clause.chunks if c.prep == "mit" and c.first > meeting.last), None
    )
    partner = resolve_chunk(doc, partner_chunk) if partner_chunk is not None else None
    if not distinct(actor, partner):
        partner = None
    entry = Trigger(
        lemma=meeting.head_word.lemma,
        pos="noun",
        type="AGREE",
        mode=None,
        frame=("mit",),
        negative=False,
    )
    return [
        Candidate(
            trigger=entry,
            word=meeting.head_word,
            clause=clause,
            clauses=clauses,
            sentence=sentence,
            actor=actor,
            recipient=partner,
            negated=False,
            chunks=[meeting],
            nominal=False,
            intended=True,
        )
    ]


def wanting_verb(word: Word) -> bool:
    """Finite "wollen": the word the rule needs in its clause."""
    return word.lemma == WANTING_VERB and word.is_finite


def _meeting(chunk: Chunk) -> bool:
    head = chunk.head_word
    return (
        chunk.prep is None and head.tag == "NN" and head.lemma.casefold().endswith(meeting_nouns())
    )
