"""The cheap substring cues that let a text skip a date pattern must never skip a match."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lagebild.dates import find_date_expressions
from lagebild.dates.patterns import cue_starts, find_matches, gates_pass, patterns

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


def _spans(matches: Iterator[re.Match[str]]) -> list[tuple[tuple[int, int], dict]]:
    return [(match.span(), match.groupdict()) for match in matches]


def test_matching_near_the_cues_finds_what_the_whole_text_scan_finds() -> None:
    # every expression again, run together, with long gaps and numbers between the words
    texts = [
        TEXT,
        TEXT.replace(" ", "  \n "),
        TEXT.replace(" ", ""),
        "in der  Nacht   zum\n\nvergangenen Montag; 123456 Jahren vor 1000000 Tagen, Innerhalb von",
        "Seit dem Jahr 1999, seit dem Jahr1999, 2020-2021, 15.1.2020 20 19 Heute heute20",
    ]
    for pattern in patterns():
        for text in texts:
            assert _spans(find_matches(pattern, text)) == _spans(pattern.regex.finditer(text))


def test_every_match_has_its_cue_within_reach() -> None:
    """What :func:`find_matches` relies on: at most ``reach`` characters (whitespace and
    digits aside) before the first cue in a match."""
    for pattern in patterns():
        for match in pattern.regex.finditer(TEXT):
            if not pattern.cues:
                assert pattern.gate is None or pattern.gate.search(match.group())
                continue
            text = match.group()
            first = min(text.find(cue) for cue in pattern.cues if cue in text)
            before = [c for c in text[:first] if not (c.isspace() or c.isdigit())]
            assert len(before) <= pattern.reach, (pattern.kind, text)


def test_no_year_inside_a_model_number_or_a_domain() -> None:
    text = "Das Modell PM1633a kam 2016 heraus, siehe hundstorfer2016.at und die 2015er Jahre."
    found = find_date_expressions(text, "2022-01-12")
    assert [d.text for d in found] == ["2016"]


def test_one_search_finds_every_occurrence_of_every_cue() -> None:
    # overlapping cues ("2020": "20" twice), cues inside cues ("vorgestern", "Jahrhundert")
    texts = [TEXT, "2020 1520 2015er 1990er", "Vorgestern Montagabend Jahrhunderts Monats 0er"]
    for text in texts:
        starts = cue_starts(text)
        for pattern in patterns():
            expected = sorted(
                {m.start() for cue in pattern.cues for m in re.finditer(f"(?={cue})", text)}
            )
            assert starts.get(pattern.kind, []) == expected, pattern.kind


def test_one_search_for_all_gates() -> None:
    for text in ["am 3.2.21", "vom 2022-01-09", "keine Zahl", "1.2 und 3-45-6 und 1.2.3"]:
        gates = [pattern.gate for pattern in patterns() if pattern.gate is not None]
        assert gates_pass(text) == any(gate.search(text) for gate in gates), text
