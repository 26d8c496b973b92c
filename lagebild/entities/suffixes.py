"""The longest listed ending of a word, by dictionary lookups of its suffixes.

Compound heads ("Innenministeriums" ends in "ministeriums", "Vizeaußenministerin" in
"ministerin") are found by trying the word's suffixes from the longest down, one lookup
each, instead of testing every listed form with ``endswith``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

Value = TypeVar("Value")


def longest_ending(
    lowered: str, forms: Mapping[str, Value], min_rest: int
) -> tuple[int, Value] | None:
    """(length of the rest before it, value) of the longest form that is ``lowered`` itself
    or ends it leaving at least ``min_rest`` characters, or None."""
    found = forms.get(lowered)
    if found is not None:
        return 0, found
    for cut in range(min_rest, len(lowered)):
        found = forms.get(lowered[cut:])
        if found is not None:
            return cut, found
    return None
