"""Names inside the mention of an actor are no places; names beside or around one are."""

from __future__ import annotations

from lagebild.places.gazetteer import HANDMADE, Candidate
from lagebild.places.matcher import Found
from lagebild.places.resolve import _outside_blocked


def _found(start: int, end: int) -> Found:
    candidate = Candidate("X", "XX", 0.0, 0.0, "city", 0, HANDMADE)
    return Found(start, end, "X", (candidate,), None)


def test_only_names_that_a_span_covers_are_dropped() -> None:
    names = [_found(0, 4), _found(10, 14), _found(20, 30), _found(40, 44), _found(52, 56)]
    # (8, 16) covers the second name; (18, 25) only overlaps the third; (38, 60) starts
    # after (39, 42) but alone reaches the ends of the fourth and fifth names
    blocked = [(39, 42), (8, 16), (18, 25), (38, 60)]
    kept = _outside_blocked(names, blocked)
    assert [(found.start, found.end) for found in kept] == [(0, 4), (20, 30)]
    assert _outside_blocked(names, []) == names
