"""A company's national branch: "Ikea Österreich", "Vodafone Deutschland". A company or
medium the knowledge base lists (``companies.tsv``, ``media.tsv``), directly followed by the
bare name of a state, is a mention of the company, not of the state."""

from __future__ import annotations

from functools import cache

from lagebild.entities.candidates import Candidate, Tok
from lagebild.entities.kb import ActorKB, actor_kb, business_codes
from lagebild.entities.word_positions import WordPositions

#: above the state's own name (the knowledge base's names) and the company's alone
PRIORITY = 6


@cache
def _business_words() -> frozenset[str]:
    """The one-word names of the listed companies and media: a set look-up per token rules
    out nearly every token before any tuple is built."""
    codes = business_codes()
    return frozenset(
        words[0]
        for words, surface in actor_kb().phrases.items()
        if len(words) == 1 and surface.actor.code in codes
    )


def subsidiary_candidates(
    tokens: list[Tok], kb: ActorKB, positions: WordPositions
) -> list[Candidate]:
    """The "<company> <state>" spans of ``tokens``, as mentions of the company."""
    found = []
    companies = business_codes()
    words = _business_words()
    # the few company words found by one comprehension, the rest of the test in the loop
    for index in [index for index, text in enumerate(positions.words[:-1]) if text in words]:
        company = kb.phrases.get((tokens[index].text,))
        if company is None or company.actor.code not in companies:
            continue
        word = tokens[index + 1].text
        state = kb.phrases.get((word,))
        # the uninflected name only: "die Ikea Österreichs" is no branch's name
        if state is None or state.actor.type != "GPE" or state.kind != "name":
            continue
        if state.base != word:
            continue
        actor = company.actor
        found.append(Candidate.of_actor(actor, index, index + 1, "name", PRIORITY))
    return found
