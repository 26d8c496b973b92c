"""Plans put forward together: "Brasilien, Venezuela und Bolivien hatten Pläne präsentiert".

Several named sides presenting a plan or proposal together have each committed to it: one
AGREE for each, aimed at no one in particular. A single side presenting its own plan is left
alone (a domestic bill, an announcement of intent), as is a plan only wanted ("möchte einen
Vorschlag vorlegen"), one told in the passive, or one denied.
"""

from __future__ import annotations

from functools import cache
from typing import Final

from spacy.tokens import Doc, Span

from lagebild.events import context
from lagebild.events.arguments import coordinated_actors, is_passive
from lagebild.events.candidate import Candidate
from lagebild.events.clauses import Chunk, Clause
from lagebild.events.irrealis import hypothetical
from lagebild.events.lexicon import Trigger, word_list
from lagebild.events.recipients import distinct
from lagebild.events.subjects import subject
from lagebild.events.words import Word
from lagebild.model import EventActor

#: Tags of a verb that tells the presentation as done (not an infinitive after a modal).
_TOLD_TAGS: Final = frozenset({"VVFIN", "VVPP"})


@cache
def presenting_verbs() -> frozenset[str]:
    return word_list("presenting_verbs.txt")


@cache
def proposal_endings() -> tuple[str, ...]:
    return tuple(sorted(word_list("proposal_nouns.txt")))


def joint_proposals(
    doc: Doc, sentence: Span, clause: Clause, clauses: list[Clause]
) -> list[Candidate]:
    """One AGREE per coordinated side that presents a plan or proposal in the clause."""
    verb = next((w for w in clause.words if presenting(w)), None)
    if (
        verb is None
        or is_passive(clause, verb)
        or hypothetical(clause)
        or context.verbal_negated(clause)
        or any(w.tag.startswith("VM") or w.lower == "sich" for w in clause.words)
    ):
        return []
    subject_chunk, actor = subject(doc, clause, clauses)
    if subject_chunk is None or actor is None or actor.code is None:
        return []
    if not any(_proposal(chunk) for chunk in clause.chunks if chunk is not subject_chunk):
        return []
    sides = _distinct_sides([actor, *coordinated_actors(doc, clauses, subject_chunk)])
    if len(sides) < 2:
        return []  # one side's own plan: no commitment shared with anyone
    entry = Trigger(lemma=verb.lemma, pos="verb", type="AGREE", mode=None, frame=(), negative=False)
    return [
        Candidate(
            trigger=entry,
            word=verb,
            clause=clause,
            clauses=clauses,
            sentence=sentence,
            actor=side,
            recipient=None,
            negated=False,
            chunks=[subject_chunk],
            nominal=False,
        )
        for side in sides
    ]


def presenting(word: Word) -> bool:
    """A verb that tells a plan presented: the word the rule needs in its clause."""
    return word.tag in _TOLD_TAGS and word.lemma.casefold() in presenting_verbs()


def _proposal(chunk: Chunk) -> bool:
    """A bare phrase whose head names a plan or proposal ("konkrete Pläne für …")."""
    head: Word = chunk.head_word
    return (
        chunk.prep is None
        and head.tag == "NN"
        and head.lemma.casefold().endswith(proposal_endings())
    )


def _distinct_sides(actors: list[EventActor]) -> list[EventActor]:
    """The coded sides, each once."""
    sides: list[EventActor] = []
    for actor in actors:
        if actor.code is not None and all(distinct(actor, seen) for seen in sides):
            sides.append(actor)
    return sides
