"""Going to court as an aim: "Schon erwägt die Opposition den Gang vor das
Bundesverfassungsgericht, falls die Bundesregierung nicht Abstand nehmen sollte".

The way to a court ("Gang/Weg vor/zum … gericht") is legal action against someone, an ACCUSE;
considered or announced (intent_verbs.txt, "ankündigen") it threatens that action
(THREATEN), aimed at whom the action would be brought against: a gegen-phrase, or for a
group that is no state, the government of the article's country.
"""

from __future__ import annotations

from functools import cache
from typing import Final

from spacy.tokens import Doc, Span

from lagebild.events import context
from lagebild.events.actors import resolve_chunk
from lagebild.events.addressees import government_addressed
from lagebild.events.candidate import Candidate
from lagebild.events.clauses import Chunk, Clause
from lagebild.events.irrealis import hypothetical
from lagebild.events.lexicon import Trigger, _rows, word_list
from lagebild.events.recipients import distinct
from lagebild.events.subjects import subject
from lagebild.events.words import Word

#: Verbs by which legal action is announced rather than considered.
_ANNOUNCING: Final = frozenset({"ankündigen", "androhen"})
#: Prepositions of the way to a court.
_COURT_PREPOSITIONS: Final = frozenset({"vor", "zu", "nach"})


@cache
def _forms() -> tuple[frozenset[str], tuple[str, ...]]:
    rows = list(_rows("court_recourse.tsv"))
    return (
        frozenset(r["form"].casefold() for r in rows if r["kind"] == "noun"),
        tuple(r["form"].casefold() for r in rows if r["kind"] == "court"),
    )


def threatened_lawsuits(
    doc: Doc, sentence: Span, clause: Clause, clauses: list[Clause]
) -> list[Candidate]:
    """The threat of legal action a clause tells as considered or announced."""
    way = _way_to_court(clause)
    if (
        way is None
        or hypothetical(clause)
        or context.verbal_negated(clause)
        or not _intended(clause)
    ):
        return []
    chunk, actor = subject(doc, clause, clauses)
    if actor is None or chunk is way:
        return []
    against = next((c for c in clause.chunks if c.prep == "gegen"), None)
    recipient = resolve_chunk(doc, against) if against is not None else None
    if recipient is None:
        recipient = government_addressed(doc, actor)
    if recipient is None or not distinct(actor, recipient):
        return []
    entry = Trigger(
        lemma=way.head_word.lemma,
        pos="noun",
        type="THREATEN",
        mode=None,
        frame=("gegen",),
        negative=False,
    )
    return [
        Candidate(
            trigger=entry,
            word=way.head_word,
            clause=clause,
            clauses=clauses,
            sentence=sentence,
            actor=actor,
            recipient=recipient,
            negated=False,
            chunks=[way],
            nominal=False,
            intended=True,
        )
    ]


def _way_to_court(clause: Clause) -> Chunk | None:
    courts = _forms()[1]
    for way, court in zip(clause.chunks, clause.chunks[1:], strict=False):
        if (
            way.prep is None
            and way_noun(way.head_word)
            and court.prep in _COURT_PREPOSITIONS
            and court.first - way.last <= 2
            and court.head_word.lemma.casefold().endswith(courts)
        ):
            return way
    return None


def way_noun(word: Word) -> bool:
    """ "Gang", "Weg": the word the rule needs in its clause, as the head of the way's phrase."""
    return word.tag == "NN" and word.lemma.casefold() in way_nouns()


def way_nouns() -> frozenset[str]:
    """ "gang", "weg": the (casefolded) nouns of a way to court."""
    return _forms()[0]


def _intended(clause: Clause) -> bool:
    verbs = word_list("intent_verbs.txt") | _ANNOUNCING
    return any(w.is_verb and w.lemma.casefold() in verbs for w in clause.words)
