"""Datelines: the place names that open a report after its headline and teaser ("Linz – Die
SPÖ …", "Wien/Linz – …", "St. Pölten – …"). The place finder marks a name found there as a
place; the entity stage reads the first dateline for the state its officials serve."""

from __future__ import annotations

import re

#: One of the names before the dash: a word, then up to 30 characters.
_NAME = r"[^\W\d_][\w.'’ -]{0,30}?"
#: What may stand before a dateline name: a sentence end or a line break, then the other
#: names of the dateline ("Wien/").
_BEFORE = re.compile(rf"(?:[.!?:\"“”»«)]\s+|\n\s*)(?:{_NAME}\s?/\s?)*$")
#: The same at the very start of the text.
_OPENING = re.compile(rf"(?:{_NAME}\s?/\s?)*")
#: After a dateline name: the other names, then a spaced dash and the report's first word.
_AFTER = re.compile(rf"(?:\s?/\s?{_NAME})* [–—-] ?(?=[^\W\d_\"„»«])")
#: The dash after a dateline's names, then the report's first word or number.
_DASH = re.compile(r" [–—-] ?(?=[^\W_\"„»«])")
#: Where a dateline's names may begin: the text's start, a line break or a sentence end
#: (not an abbreviation's dot, as in "St. Pölten").
_BLOCK_START = re.compile(
    r"(?:\A|\n\s*|(?<=[.!?:\"“”»«)])(?<![^\w][A-ZÄÖÜ][a-zäöü]\.)\s+)(?=[^\W\d_])"
)
#: The names of a dateline, "/"-joined ("Wien/Linz").
_NAMES = re.compile(rf"{_NAME}(?:\s?/\s?{_NAME})*")
#: How far back :func:`is_dateline` looks for the sentence end before the names.
_REACH = 80


def is_dateline(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` stands in a dateline: after a sentence end, a line
    break or the text's start, alone or with other names joined by "/", before a spaced
    dash."""
    if _AFTER.match(text, end) is None:
        return False
    if start <= _REACH and _OPENING.fullmatch(text, 0, start):
        return True
    return _BEFORE.search(text, max(0, start - _REACH), start) is not None


def dateline_firsts(text: str, end: int) -> list[str]:
    """The first name of each possible dateline before ``end``, in order of the dashes and,
    for one dash, from the nearest sentence start back ("Linz" in "in Wels. Linz – Die
    SPÖ", then "in Wels. Linz"; "Pölten", then "St. Pölten"): the caller keeps the first
    that is a place."""
    firsts: list[str] = []
    for dash in _DASH.finditer(text, 0, end):
        starts = [
            m.end()
            for m in _BLOCK_START.finditer(text, max(0, dash.start() - _REACH), dash.start())
        ]
        for start in reversed(starts):
            if _NAMES.fullmatch(text, start, dash.start()):
                firsts.append(re.split(r"\s?/\s?", text[start : dash.start()])[0].strip())
    return firsts
