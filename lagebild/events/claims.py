"""Attacks claimed later in the story.

News tells an attack by its unnamed perpetrators first ("Am Mittwoch griffen zwei
Selbstmordattentäter das Haus eines Generals an") and names the group behind it sentences
later ("des Anschlags, zu dem sich die Taliban bekennen"). The claiming group is the actor of
the attacks told before by such perpetrators.
"""

from __future__ import annotations

from typing import Final

from spacy.tokens import Doc

from lagebild.events.actor_entities import same_entity
from lagebild.events.clauses import Clause, split_clauses
from lagebild.events.lexicon import perpetrator_nouns, responsibility_claims
from lagebild.events.subjects import subject
from lagebild.events.trigger_entries import lexicon_entries
from lagebild.events.words import DocTokens, Word, sentence_words
from lagebild.model import Event, EventActor

CLAIMED_TYPE: Final = "ASSAULT"


def credit_claims(doc: Doc, events: list[Event], tokens: DocTokens) -> list[Event]:
    """The events with the attacks of unnamed perpetrators given to whoever claimed them."""
    if not any(e.type == CLAIMED_TYPE and _unnamed_perpetrator(e.actor) for e in events):
        return events
    claim_lemmas = frozenset().union(*responsibility_claims())
    for sentence in doc.sents:
        if not any(
            tokens.lemmas[i].casefold() in claim_lemmas for i in range(sentence.start, sentence.end)
        ):
            continue  # most sentences: no claim word, no clauses to split
        claimant = _claimant(doc, sentence, tokens)
        if claimant is None:
            continue
        for event in events:
            if (
                event.type == CLAIMED_TYPE
                and event.sentence.start < sentence.start_char
                and _unnamed_perpetrator(event.actor)
            ):
                event.actor = claimant
    return events


def _claimant(doc: Doc, sentence: object, tokens: DocTokens) -> EventActor | None:
    """Who claims an attack in the sentence: the subject of a claim whose sentence names an
    attack ("zu dem Anschlag bekannte sich X")."""
    words = sentence_words(sentence, tokens)  # type: ignore[arg-type]
    if not any(
        w.tag == "NN" and any(e.type == CLAIMED_TYPE for e in lexicon_entries(w)) for w in words
    ):
        return None
    clauses = split_clauses(words, same_entity(doc))
    for clause in clauses:
        if not _claims(clause, words):
            continue
        _, actor = subject(doc, clause, clauses)
        if actor is not None and not _unnamed_perpetrator(actor):
            return actor
    return None


def _claims(clause: Clause, words: list[Word]) -> bool:
    lemmas = {w.lemma.casefold() for w in clause.words} | {w.lower for w in clause.words}
    before = clause.words[0].i - 1 if clause.words else -1
    if before >= 0 and words[before].tag == "APPR":
        # the preposition of a relative clause stays with the clause before ("zu dem sich …")
        lemmas.add(words[before].lower)
    return any(claim <= lemmas for claim in responsibility_claims())


def _unnamed_perpetrator(actor: EventActor | None) -> bool:
    if actor is None or not actor.name or actor.code not in (None, actor.name):
        return False
    last = actor.name.casefold().split()[-1]
    return last.endswith(perpetrator_nouns())
