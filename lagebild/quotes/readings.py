"""Token attributes that the quote rules scan sentence after sentence, read once per Doc.

The Konjunktiv rules asked every token of a sentence for its mood (a Token object and a
morphology parse each), though few verbs are Konjunktiv. One array read per Doc gives the
positions of the tokens that may be Konjunktiv at all; the rules ask
:func:`~lagebild.quotes.mood.is_subjunctive` about those only. The cue finder reads the
lower-cased words.

The readings hold while the quote stage runs (it changes no tags or morphology);
:class:`~lagebild.quotes.component.QuoteFinder` drops them when it is done.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import TypeVar

from spacy.attrs import MORPH
from spacy.tokens import Doc, Token

from lagebild.pipeline import doc_words
from lagebild.quotes.chunks import CLAUSE_PUNCT, QUOTE_MARKS
from lagebild.quotes.lexicon import lower_set, word_list
from lagebild.quotes.mood import is_present_subjunctive, is_subjunctive
from lagebild.quotes.token_table import drop_token_table, token_table

_Item = TypeVar("_Item", int, str)

#: Where :func:`readings` keeps a Doc's readings (in ``Doc.user_data``).
READINGS_KEY = "lagebild.quotes.readings"


@dataclass(unsafe_hash=True, slots=True)  # not frozen: its own __init__ sets the fields
class Readings:
    lower: list[str]  # the token texts, lower-cased
    maybe_subjunctive: list[int]  # ascending token indices; all others are no Konjunktiv
    #: the indices whose form may be Konjunktiv, fixed phrases ("es sei denn") included:
    #: :func:`is_subjunctive` is False for all others
    subjunctive_forms: frozenset[int] = frozenset()
    #: the answers of :func:`subjunctive_at` and :func:`present_subjunctive_at` so far
    subjunctive: dict[int, bool] = field(default_factory=dict)
    present_subjunctive: dict[int, bool] = field(default_factory=dict)
    #: the (start, end) characters of the date stage's dates, in their order
    dates: list[tuple[int, int]] = field(default_factory=list)

    # Written out: mypyc compiles it, where the dataclass's own would run as Python.
    def __init__(
        self,
        lower: list[str],
        maybe_subjunctive: list[int],
        subjunctive_forms: frozenset[int] = frozenset(),
        subjunctive: dict[int, bool] | None = None,
        present_subjunctive: dict[int, bool] | None = None,
        dates: list[tuple[int, int]] | None = None,
    ) -> None:
        self.lower = lower
        self.maybe_subjunctive = maybe_subjunctive
        self.subjunctive_forms = subjunctive_forms
        self.subjunctive = {} if subjunctive is None else subjunctive
        self.present_subjunctive = {} if present_subjunctive is None else present_subjunctive
        self.dates = [] if dates is None else dates

    def subjunctive_candidates(self, start: int, end: int) -> list[int]:
        """The indices in ``[start, end)`` that may be Konjunktiv, in order."""
        candidates = self.maybe_subjunctive
        return candidates[bisect_left(candidates, start) : bisect_left(candidates, end)]

    def may_be_subjunctive(self, index: int) -> bool:
        """Whether the token at ``index`` may be Konjunktiv (all others are not)."""
        at = bisect_left(self.maybe_subjunctive, index)
        return at < len(self.maybe_subjunctive) and self.maybe_subjunctive[at] == index


def readings(doc: Doc) -> Readings:
    """The Doc's readings, made on the first call of the stage."""
    found = doc.user_data.get(READINGS_KEY)
    if found is None or len(found.lower) != len(doc):
        found = doc.user_data[READINGS_KEY] = _read(doc)
    return found


def drop_readings(doc: Doc) -> None:
    """Forget the readings: a later stage may change tags or morphology."""
    doc.user_data.pop(READINGS_KEY, None)
    drop_token_table(doc)


def _read(doc: Doc) -> Readings:
    words = doc_words(doc)
    if not words:
        return Readings([], [])
    dates = [(date.start, date.end) for date in doc._.dates or []]
    # is_subjunctive: a token with a mood is Konjunktiv only with "Sub" among its moods, one
    # without only when it is a listed Konjunktiv form. The morphology is tested once per
    # distinct analysis, not per token.
    codes = doc.to_array(MORPH).tolist()
    strings = doc.vocab.strings
    subjunctive = {code for code in set(codes) if "Sub" in strings[code]}
    maybe = {i for code in subjunctive for i in _positions(codes, code)}
    konjunktiv = lower_set("konjunktiv.txt")
    for form in konjunktiv.intersection(words):
        maybe.update(_positions(words, form))
    lower = token_table(doc).lower
    forms = frozenset(maybe)
    if maybe:
        maybe.difference_update(fixed_phrase_tokens(lower))
    return Readings(lower, sorted(maybe), forms, dates=dates)


def _positions(items: list[_Item], item: _Item) -> list[int]:
    """The indices of ``item`` in ``items``, found by list scans in C (few tokens are
    Konjunktiv: a Python loop over all would test each)."""
    found: list[int] = []
    try:
        at = items.index(item)
        while True:
            found.append(at)
            at = items.index(item, at + 1)
    except ValueError:
        return found


def subjunctive_at(doc: Doc, i: int) -> bool:
    """``is_subjunctive(doc[i])``, asked once per token: the rules ask it of the same
    tokens again and again, and of most tokens, which no form makes Konjunktiv."""
    found = readings(doc)
    return _asked_once(doc, i, found, found.subjunctive, is_subjunctive)


def present_subjunctive_at(doc: Doc, i: int) -> bool:
    """``is_present_subjunctive(doc[i])``, asked once per token (see :func:`subjunctive_at`)."""
    found = readings(doc)
    return _asked_once(doc, i, found, found.present_subjunctive, is_present_subjunctive)


def _asked_once(
    doc: Doc, i: int, found: Readings, answers: dict[int, bool], test: Callable[[Token], bool]
) -> bool:
    if i not in found.subjunctive_forms:
        return False
    answer = answers.get(i)
    if answer is None:
        answer = answers[i] = test(doc[i])
    return answer


#: what may stand before a phrase marked "^" (only at a clause start)
_CLAUSE_OPENERS = CLAUSE_PUNCT | QUOTE_MARKS | frozenset({"(", "-"})


@cache
def _fixed_phrases() -> dict[str, tuple[tuple[bool, tuple[str, ...]], ...]]:
    """First word -> (clause start only, words) of each fixed phrase, commas dropped."""
    table: dict[str, list[tuple[bool, tuple[str, ...]]]] = {}
    for line in word_list("fixed_subjunctive_phrases.txt"):
        initial = line.startswith("^")
        phrase = tuple(line.lstrip("^").replace(",", " ").lower().split())
        if phrase:
            table.setdefault(phrase[0], []).append((initial, phrase))
    return {first: tuple(entries) for first, entries in table.items()}


def fixed_phrase_tokens(lower: list[str]) -> set[int]:
    """The token indices inside a fixed phrase with a Konjunktiv form that reports no one's
    words: "es sei denn", "wie dem auch sei", "koste es, was es wolle" (commas skipped)."""
    phrases = _fixed_phrases()
    found: set[int] = set()
    present = set(lower)
    # the first words that occur at all, by one set intersection; then their places, by
    # list scans in C: nearly every word opens no phrase
    for first in phrases.keys() & present:
        # only phrases all of whose words occur: "und", "es", "so" are frequent, the
        # "sei" or "denn" of their phrases rare
        entries = [
            (initial, phrase) for initial, phrase in phrases[first] if present.issuperset(phrase)
        ]
        if not entries:
            continue
        i = lower.index(first)
        while True:
            for initial, phrase in entries:
                if initial and i > 0 and lower[i - 1] not in _CLAUSE_OPENERS:
                    continue
                covered = _match(lower, i, phrase)
                if covered:
                    found.update(covered)
            try:
                i = lower.index(first, i + 1)
            except ValueError:
                break
    return found


def _match(lower: list[str], i: int, phrase: tuple[str, ...]) -> list[int]:
    """The indices of ``phrase`` matched from ``i`` on, commas between skipped; [] if none."""
    covered: list[int] = []
    j = i
    for word in phrase:
        while covered and j < len(lower) and lower[j] == ",":
            j += 1
        if j >= len(lower) or lower[j] != word:
            return []
        covered.append(j)
        j += 1
    return covered
