"""Organisations named in quotation marks after a noun that introduces a name: "der
israelische Fernsehsender „Channel 10“", "die Zeitung „Haaretz“".

The quoted words are the name (and, as for any non-state actor, the code). A name that a
parenthesised acronym follows is left to :mod:`lagebild.entities.acronyms`.
"""

from __future__ import annotations

from functools import cache

from lagebild.entities.acronyms import CLOSING_QUOTES, OPENING_QUOTES, span_text
from lagebild.entities.candidates import Candidate, Tok, named_organisation
from lagebild.entities.kb import ActorKB, data_lines
from lagebild.entities.word_positions import WordPositions

MAX_NAME_TOKENS = 6
PRIORITY = 3  # as knowledge-base names: the text names it


@cache
def _introducing_nouns() -> tuple[str, ...]:
    """Lowercase nouns with their inflected forms, longest first."""
    forms = {
        noun.lower() + ending
        for noun in data_lines("name_introducing_nouns.txt")
        for ending in ("", "s", "es", "n", "en")
    }
    return tuple(sorted(forms, key=len, reverse=True))


def introduces_name(word: str) -> bool:
    lowered = word.lower()
    if not lowered.endswith(_introducing_nouns()):
        return False  # one test in C instead of the loop below, for most words
    return word[:1].isupper() and any(
        lowered == form or (lowered.endswith(form) and len(lowered) - len(form) >= 3)
        for form in _introducing_nouns()
    )


def _quoted_span(tokens: list[Tok], opening: int) -> tuple[int, int] | None:
    """(first, last) of capitalised words (numbers allowed) between quotation marks."""
    for close in range(opening + 2, min(opening + MAX_NAME_TOKENS + 2, len(tokens))):
        if tokens[close].text in CLOSING_QUOTES:
            words = [token.text for token in tokens[opening + 1 : close]]
            if words[0][:1].isupper() and all(
                word[:1].isupper() or word.isdigit() or word in ("of", "for", "the", "and")
                for word in words
            ):
                return opening + 1, close - 1
            return None
    return None


def quoted_name_candidates(
    tokens: list[Tok], kb: ActorKB, positions: WordPositions
) -> list[Candidate]:
    found = []
    texts = positions.words
    # the few words before an opening quote found by one comprehension
    before_quotes = [
        index for index, text in enumerate(texts[1 : len(texts) - 2]) if text in OPENING_QUOTES
    ]
    for index in before_quotes:
        if not introduces_name(texts[index]):
            continue
        span = _quoted_span(tokens, index + 1)
        if span is None:
            continue
        first, last = span
        after = tokens[last + 2].text if last + 2 < len(tokens) else ""
        words = tuple(token.text for token in tokens[first : last + 1])
        if after == "(" or words in kb.phrases:
            continue
        name = span_text(tokens, first, last)
        found.append(named_organisation(first, last, name, PRIORITY))
    return found
