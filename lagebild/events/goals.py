"""An aim a speaker states: "Sie sagte, Ziel der Bodenoffensive sei es, die Infrastruktur
der Hamas zu zerstören".

The act in the zu-infinitive after "Ziel/Absicht … ist es" is not done but intended (see
unasserted, which keeps it from being told as done); stated by a speaker for their side, an
intent to harm is a THREATEN and an intent to cooperate an AGREE, aimed where the act is.
Stated by the narrator, with no speaker, it is no one's announcement.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from lagebild.events import context
from lagebild.events.candidate import Candidate
from lagebild.events.clauses import Clause
from lagebild.events.irrealis import hypothetical
from lagebild.events.lexicon import Trigger, type_table, word_list
from lagebild.events.recipients import by_frame, distinct
from lagebild.events.speakers import speaker_actor
from lagebild.events.trigger_entries import lexicon_entries
from lagebild.events.words import Word
from lagebild.model import Quote


def goal_nouns() -> frozenset[str]:
    return word_list("goal_nouns.txt")


def stated_aims(
    doc: Doc, sentence: Span, clause: Clause, clauses: list[Clause], quotes: list[Quote]
) -> list[Candidate]:
    """The intent a speaker states as the aim of their side's act."""
    verb = _infinitive(clause)
    governing = _aim_before(clause, clauses) if verb is not None else None
    if (
        verb is None
        or governing is None
        or context.verbal_negated(clause)
        or context.verbal_negated(governing)
        or hypothetical(governing)
    ):
        return []  # "Ziel sei es nicht, … anzugreifen": no aim stated
    entry = next((e for e in lexicon_entries(verb) if e.pos == "verb" and not e.negative), None)
    quote = context.quote_at(quotes, verb.start, verb.end)
    actor = speaker_actor(doc, quote) if quote is not None else None
    if entry is None or actor is None:
        return []
    _, recipient = by_frame(doc, clause, clauses, entry, [], actor=actor)
    if recipient is None or not distinct(actor, recipient):
        return []
    quad = type_table()[entry.type].quad_class
    intent = "AGREE" if quad.endswith("cooperation") else "THREATEN"
    told = Trigger(
        lemma=entry.lemma, pos="verb", type=intent, mode=None, frame=entry.frame, negative=False
    )
    return [
        Candidate(
            trigger=told,
            word=verb,
            clause=clause,
            clauses=clauses,
            sentence=sentence,
            actor=actor,
            recipient=recipient,
            negated=False,
            chunks=[],
            nominal=False,
            intended=True,
            attributed_to=quote.speaker.name if quote and quote.speaker else None,
        )
    ]


def _infinitive(clause: Clause) -> Word | None:
    """The clause's zu-infinitive ("zu zerstören", "abzuziehen")."""
    words = clause.words
    for before, word in zip(words, words[1:], strict=False):
        if word.tag == "VVINF" and before.tag == "PTKZU":
            return word
    return next((w for w in words if w.tag == "VVIZU"), None)


def _aim_before(clause: Clause, clauses: list[Clause]) -> Clause | None:
    """The clause before, where it states an aim with "es" ("Ziel … sei es,")."""
    index = clauses.index(clause)
    if index == 0:
        return None
    governing = clauses[index - 1]
    states_aim = any(w.lower == "es" for w in governing.words) and any(
        c.prep is None and c.head_word.tag == "NN" and c.head_word.lemma.casefold() in goal_nouns()
        for c in governing.chunks
    )
    return governing if states_aim else None
