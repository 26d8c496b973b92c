"""Organisations named by a head noun and a genitive: "des Verbandes der Veteranen des
Befreiungskriegs", "die Vereinigung aller buddhistischen Mönche".

The head comes from ``data/genitive_name_heads.txt``; the genitive is an article ("der",
"des", "aller"), adjectives and a capitalised noun, once more at most ("... des
Befreiungskriegs"). The name is the head in the nominative and the genitive as written;
a non-state actor, so the name is its code.
"""

from __future__ import annotations

from functools import cache, lru_cache

from lagebild.entities.caching import WORD_CACHE_SIZE
from lagebild.entities.candidates import Candidate, Tok, named_organisation
from lagebild.entities.kb import ActorKB, context_words, data_lines
from lagebild.entities.names import title_of
from lagebild.entities.suffixes import Endings
from lagebild.entities.word_positions import WordPositions

GENITIVE_ARTICLES = frozenset({"der", "des", "aller"})
CONTRACTED = frozenset({"zur", "zum", "im", "beim", "vom", "am"})
PRIORITY = 2  # as organisation patterns: below names the knowledge base knows


@cache
def _head_forms() -> dict[str, str]:
    """Lowercase inflected form -> nominative."""
    forms = {}
    for head in data_lines("genitive_name_heads.txt"):
        for ending in ("", "s", "es", "en", "n"):
            forms[head.lower() + ending] = head
    return forms


@cache
def _head_endings() -> Endings[str]:
    return Endings(_head_forms())


def genitive_head(word: str) -> str | None:
    """The nominative of ``word`` if it ends in a listed head ("Verbandes" -> "Verband")."""
    # a lower-case word is answered before the cache, which so keeps capitalised words
    return _cached_genitive_head(word) if word[:1].isupper() else None


@lru_cache(maxsize=WORD_CACHE_SIZE)  # pure, and called for every capitalised token
def _cached_genitive_head(word: str) -> str | None:
    if not word[:1].isupper() or not word.isalpha():
        return None
    lowered = word.lower()
    found = _head_endings().longest(lowered, 3)
    if found is None:
        return None
    cut, head = found
    return word[:cut] + head.lower() if cut else head


def _genitive_end(tokens: list[Tok], start: int, kb: ActorKB) -> int | None:
    """Index of the noun of a genitive beginning at ``start`` ("der Veteranen"), or None."""
    if start >= len(tokens) or tokens[start].text not in GENITIVE_ARTICLES:
        return None
    cursor = start + 1
    while (
        cursor < len(tokens)
        and tokens[cursor].text.islower()
        and tokens[cursor].text.isalpha()
        and tokens[cursor].text.endswith(("en", "er", "e"))
    ):
        cursor += 1
    if cursor >= len(tokens):
        return None
    noun = tokens[cursor].text
    if not (noun[:1].isupper() and noun.isalpha()) or title_of(noun) or (noun,) in kb.phrases:
        return None
    return cursor


def genitive_name_candidates(
    tokens: list[Tok], kb: ActorKB, positions: WordPositions
) -> list[Candidate]:
    determiners = set(context_words()["articles"]) | CONTRACTED
    found = []
    # a genitive's head is capitalised and ends in a listed form
    for index in positions.capitalised_ending_in(_head_endings().tails):
        if not 1 <= index < len(tokens) - 2:
            continue
        head = genitive_head(tokens[index].text)
        if head is None:
            continue
        before = index - 1
        while before > 0 and tokens[before].tag == "ADJA":
            before -= 1
        if tokens[before].text.lower() not in determiners:
            continue
        last = _genitive_end(tokens, index + 1, kb)
        if last is None:
            continue
        further = _genitive_end(tokens, last + 1, kb)
        if further is not None and tokens[last + 1].text in ("des", "der"):
            last = further
        name = " ".join([head, *(token.text for token in tokens[index + 1 : last + 1])])
        found.append(named_organisation(index, last, name, PRIORITY))
    return found
