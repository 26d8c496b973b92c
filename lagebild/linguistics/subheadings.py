"""Subheadings glued to the paragraph after them.

10kGNAD's articles lost their line breaks: a subheading without final punctuation runs into
the sentence after it ("… mit stiller Stärke. Wahlscharmützel Die Karriere der
49-jährigen Kalifornierin begann …"). Inside a German sentence a capitalised article,
pronoun or conjunction cannot follow a few words after the sentence start, so such a word
there opens the body and the words before it are the heading. Not where the heading would
begin with an article, a preposition or a conjunction ("Der siebente Star Wars-Film Das
Erwachen der Macht", "Unter dem Titel Der Hexer") or end in a noun that introduces a title
("die Liste Die Unabhängigen"): there the capitalised word opens a name.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection

from lagebild.linguistics.resources import (
    ambiguous_starters,
    articles,
    sentence_starters,
    title_nouns,
)
from lagebild.structure import cues

#: A subheading has a few words ("Leise Kritik", "Lob für Diskussion", "Keine Hinweise auf
#: Terroranschlag").
MAX_HEADING_WORDS = 5
#: A word ending in a dash is a dateline glued to its dash ("Istanbul- Der Konflikt …").
_DASH_ENDINGS = ("-", "–", "—")


def glued_subheading_starts(
    words: list[str], indices: list[int], starts: Collection[int]
) -> set[int]:
    """The first word of the body after each subheading glued to it: ``words`` are the
    Doc's token texts, ``indices`` its non-space tokens (in order), ``starts`` the sentence
    starts found so far (token indices)."""
    starters, ambiguous = sentence_starters(), ambiguous_starters()
    found = set()
    for i in sorted(starts):
        k = bisect_left(indices, i)
        if k == len(indices) or indices[k] != i or not _can_open_heading(words[i]):
            continue
        for m in range(k + 1, min(k + MAX_HEADING_WORDS + 1, len(indices) - 1)):
            word = words[indices[m]]
            if not word[:1].isalpha():
                break
            if word in starters and word not in ambiguous and word[:1].isupper():
                if _can_end_heading(words[indices[m - 1]]):
                    found.add(indices[m])
                break
    return found


def _can_open_heading(word: str) -> bool:
    lower = word.lower()
    return (
        word[:1].isupper()
        and word not in articles()
        and lower not in cues().continuation_words
        and word not in sentence_starters()
    )


def _can_end_heading(word: str) -> bool:
    lower = word.lower()
    return (
        word[:1].isupper()
        and not word.endswith(_DASH_ENDINGS)
        and lower not in cues().continuation_words
        and not lower.endswith(title_nouns())
    )
