"""The longest listed ending of a word, by dictionary lookups of its suffixes.

Compound heads ("Innenministeriums" ends in "ministeriums", "Vizeaußenministerin" in
"ministerin") are found by trying the word's suffixes from the longest down, one lookup
each, instead of testing every listed form with ``endswith``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

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


#: How many last letters of each listed form :func:`last_letters` keeps at most.
TAIL_LENGTH = 3


@dataclass(frozen=True)
class Tails:
    """The last letters of every listed form, as many of each as the shortest form has."""

    length: int
    letters: frozenset[str]


def last_letters(forms: Iterable[str], longest: int = TAIL_LENGTH) -> Tails | None:
    """The last letters (``longest`` at most) of every form, or None where a form is empty.

    Most words end in no listed form, and a word's last letters are looked up in one step
    where its suffixes take one look-up each (see :func:`may_end_in`).
    """
    listed = list(forms)
    length = min([longest, *(len(form) for form in listed)])
    if length < 1:
        return None  # an empty form ends every word
    return Tails(length, frozenset(form[-length:] for form in listed))


def may_end_in(lowered: str, tails: Tails | None) -> bool:
    """False where ``lowered`` can be none of the forms ``tails`` was made from and end in
    none of them (every such form ends in the same letters as the word); True otherwise."""
    return tails is None or lowered[-tails.length :] in tails.letters


class Endings(Generic[Value]):
    """Listed forms with their values, looked up as the longest ending of a word; a word whose
    last letters end no form is answered by one set look-up (:func:`may_end_in`)."""

    def __init__(self, forms: Mapping[str, Value]) -> None:
        self.forms = forms
        self.tails = last_letters(forms)

    def may_end(self, lowered: str) -> bool:
        """False where ``lowered`` surely is and ends in none of the forms."""
        return may_end_in(lowered, self.tails)

    def longest(self, lowered: str, min_rest: int) -> tuple[int, Value] | None:
        """:func:`longest_ending` of ``lowered``, after the test of its last letters."""
        if not may_end_in(lowered, self.tails):
            return None
        return longest_ending(lowered, self.forms, min_rest)
