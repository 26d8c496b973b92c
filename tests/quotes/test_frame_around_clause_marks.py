"""A source frame inside a main clause ("nach Angaben X", "laut X", "X zufolge") frames the
whole sentence, also where a clause mark stands before it that ends no clause: the dash
after a dateline ("Damaskus – …") and the comma after a fronted subordinate clause ("Wo …,
ist nach Angaben …"). The content is the sentence on both sides of the frame."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from lagebild.model import Quote

Find = Callable[[str], list[Quote]]


def _pieces(text: str, quote: Quote) -> list[str]:
    return [text[p.start : p.end] for p in quote.parts] or [quote.text]


@pytest.mark.parametrize(
    "text, before, after",
    [
        (
            "Paris – Bei Angriffen in Syrien sind nach Angaben der Vereinten Nationen fast 50 "
            "Zivilisten getötet worden.",
            "Bei Angriffen in Syrien sind",
            "fast 50 Zivilisten getötet worden",
        ),
        (
            "Wo das Falschgeld gedruckt wurde, ist nach Angaben der Polizei noch völlig offen.",
            "Wo das Falschgeld gedruckt wurde, ist",
            "noch völlig offen",
        ),
    ],
)
def test_both_sides_of_the_frame(tagged_quotes: Find, text: str, before: str, after: str) -> None:
    (quote,) = tagged_quotes(text)
    assert _pieces(text, quote) == [before, after]
