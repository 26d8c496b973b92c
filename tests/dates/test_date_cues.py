"""The cheap substring cues that let a text skip a date pattern must never skip a match."""

from __future__ import annotations

from lagebild.dates import find_date_expressions
from lagebild.dates.patterns import patterns

# One or more expressions of every pattern kind, with prepositions and sentence-initial case.
TEXT = (
    "Am Montag, den 10. Januar 2022 kam er; seit dem 3.2.21 gilt das, Bericht vom 2022-01-09. "
    "Im März 2021 und Anfang Februar war es kalt. Vorgestern, heute und übermorgen nicht. "
    "In der vergangenen Woche, vor drei Tagen, in den letzten zwei Monaten, im kommenden Jahr. "
    "In den 1990er Jahren, im 19. Jahrhundert, im ersten Quartal 2020, seit 2015. "
    "Am Freitagabend und nächsten Dienstag."
)


def test_every_match_of_a_cued_pattern_contains_a_cue() -> None:
    kinds = set()
    for pattern in patterns():
        for match in pattern.regex.finditer(TEXT):
            kinds.add(pattern.kind)
            if pattern.cues:
                assert any(cue in match.group() for cue in pattern.cues), (pattern.kind, match)
    # The text exercises every pattern, so no cue goes untested.
    assert kinds == {pattern.kind for pattern in patterns()}


def test_text_without_cues_skips_patterns_but_keeps_years() -> None:
    found = find_date_expressions("Der Vertrag von 1997 gilt.", "2022-01-12")
    assert [(d.text, d.value) for d in found] == [("von 1997", "1997")]
