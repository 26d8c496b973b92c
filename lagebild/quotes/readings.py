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
from dataclasses import dataclass

import numpy
from spacy.attrs import MORPH
from spacy.tokens import Doc

from lagebild.pipeline import doc_words
from lagebild.quotes.lexicon import lower_set

#: Where :func:`readings` keeps a Doc's readings (in ``Doc.user_data``).
READINGS_KEY = "lagebild.quotes.readings"


@dataclass(frozen=True, slots=True)
class Readings:
    lower: list[str]  # the token texts, lower-cased
    maybe_subjunctive: list[int]  # ascending token indices; all others are no Konjunktiv

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


def _read(doc: Doc) -> Readings:
    words = doc_words(doc)
    if not words:
        return Readings([], [])
    # is_subjunctive: a token with a mood is Konjunktiv only with "Sub" among its moods, one
    # without only when it is a listed Konjunktiv form. The morphology is tested once per
    # distinct analysis, not per token.
    analyses, numbers = numpy.unique(doc.to_array(MORPH), return_inverse=True)
    strings = doc.vocab.strings
    sub = numpy.array(["Sub" in strings[code] for code in analyses.tolist()], dtype=bool)
    maybe = set(numpy.flatnonzero(sub[numbers]).tolist())
    konjunktiv = lower_set("konjunktiv.txt")
    maybe.update(i for i, word in enumerate(words) if word in konjunktiv)
    return Readings([word.lower() for word in words], sorted(maybe))
