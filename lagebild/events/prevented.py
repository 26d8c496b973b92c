"""A person's journey or appearance prevented by a state: "Eine geplante Reise von Hu und
seiner Frau … wurde von der chinesischen Staatsführung verhindert".

Stopping people from travelling or appearing restricts them: COERCE by the state, at each
person whose journey it was. Only a state (or its organ) preventing counts; a strike or the
weather preventing a journey coerces no one.
"""

from __future__ import annotations

from typing import Final

from spacy.tokens import Doc, Span

from lagebild.events.actors import resolve_chunk
from lagebild.events.arguments import AGENT_PREPOSITIONS, agent, is_passive
from lagebild.events.candidate import Candidate
from lagebild.events.clauses import Chunk, Clause
from lagebild.events.irrealis import hypothetical
from lagebild.events.lexicon import Trigger, word_list
from lagebild.events.recipients import distinct
from lagebild.events.states import country_codes
from lagebild.events.subjects import subject
from lagebild.events.words import Word
from lagebild.model import EventActor

PREVENTING_VERB: Final = "verhindern"


def prevented_activities() -> frozenset[str]:
    return word_list("prevented_activities.txt")


def prevented_journeys(
    doc: Doc, sentence: Span, clause: Clause, clauses: list[Clause]
) -> list[Candidate]:
    """One COERCE per person whose journey or appearance the state prevented."""
    verb = next((w for w in clause.words if preventing(w)), None)
    if verb is None or hypothetical(clause):
        return []
    passive = is_passive(clause, verb)
    actor = agent(doc, clause)[1] if passive else subject(doc, clause, clauses)[1]
    if actor is None or actor.code not in country_codes():
        return []
    # in the passive the journey is the subject, which may stand before a relative clause
    # that splits the sentence ("Eine Reise von Hu, durch die …, wurde … verhindert")
    searched = clauses[: clauses.index(clause) + 1] if passive else [clause]
    for place in reversed(searched):
        if place is not clause and place.subordinate:
            continue
        activity = next(
            (
                c
                for c in place.chunks
                if c.prep is None
                and _activity(c)
                and (place is not clause or passive or c.first > verb.i)
            ),
            None,
        )
        if activity is not None:
            people = _owners(doc, place, activity, actor)
            entry = Trigger(
                lemma=verb.lemma,
                pos="verb",
                type="COERCE",
                mode="restrict",
                frame=(),
                negative=False,
            )
            return [
                Candidate(
                    trigger=entry,
                    word=verb,
                    clause=clause,
                    clauses=clauses,
                    sentence=sentence,
                    actor=actor,
                    recipient=person,
                    negated=False,
                    chunks=[activity],
                    nominal=False,
                )
                for person in people
            ]
    return []


def preventing(word: Word) -> bool:
    """The verb of preventing: the word the rule needs in its clause."""
    return word.is_verb and word.lemma == PREVENTING_VERB


def _activity(chunk: Chunk) -> bool:
    return chunk.head_word.tag == "NN" and chunk.head_word.lemma.casefold() in (
        prevented_activities()
    )


def _owners(doc: Doc, clause: Clause, activity: Chunk, actor: EventActor) -> list[EventActor]:
    """Those whose journey it is: its genitive, or the von-phrases right after it."""
    owners: list[EventActor] = []
    if activity.genitive is not None:
        named = resolve_chunk(doc, activity)
        if named is not None:
            owners.append(named)
    following = [c for c in clause.chunks if c.first > activity.last]
    if (
        following
        and following[0].prep in AGENT_PREPOSITIONS
        and following[0].first - activity.last <= 2
    ):
        for chunk in following:
            if chunk is not following[0] and not chunk.coordinated:
                break
            named = resolve_chunk(doc, chunk, core_only=True)
            if named is not None:
                owners.append(named)
    return [o for o in owners if distinct(actor, o) and o.code not in country_codes()]
