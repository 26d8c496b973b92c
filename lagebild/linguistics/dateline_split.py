"""Where a report's first sentence starts after its dateline ("Rabat – In Marokko …").

The sentence splitter keeps a dateline in the sentence it opens. HanTa reads a capitalised
word inside a sentence as a name or a foreign word, so the report's first word after the dash
("In", "Im", "Es", "Die") would be tagged FM, XY or NE. The tagger searches the words after
the dash as a sentence of their own, where the first word's capital letter says nothing.
"""

from __future__ import annotations

DATELINE_DASHES = frozenset({"–", "—", "-"})
#: A dateline names at most a few places ("Wien / Schwechat / Frankfurt –", "St. Pölten –").
MAX_DATELINE_WORDS = 7
_NAME_JOINERS = frozenset({"/"})


def report_start(forms: list[str]) -> int:
    """Index of the report's first word after a dateline opening the sentence ``forms``
    (capitalised names, "/"-joined, then a dash and a capitalised word); 0 without one."""
    for k, form in enumerate(forms[: MAX_DATELINE_WORDS + 1]):
        if form in DATELINE_DASHES:
            if k == 0 or k + 1 >= len(forms) or not forms[k + 1][:1].isupper():
                return 0
            return k + 1
        if form not in _NAME_JOINERS and not form[:1].isupper():
            return 0
    return 0
