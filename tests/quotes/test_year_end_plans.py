"""A "soll" sentence dated "zu/zum/gegen Jahresende" is the paper's own schedule (a plan),
not hearsay nor the last speaker's words going on."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from lagebild.model import Quote


@pytest.mark.parametrize(
    "text",
    [
        "Das neue Gebäude kostet fast fünf Milliarden Dollar und soll zu Jahresende fertig sein.",
        "Ein neues Video zeigt, wie schnell die Arbeiten am neuen Hauptquartier voranschreiten. "
        "Der Bau soll zu Jahresende fertig sein und wird dann viel gekostet haben.",
        "Der Minister kündigte einen Neubau an. Die Halle soll zum Jahresende fertig sein.",
        "Der Minister kündigte einen Neubau an. Die Halle soll gegen Jahresende fertig sein.",
    ],
)
def test_sollen_dated_to_the_year_end_is_no_quote(
    tagged_quotes: Callable[[str], list[Quote]], text: str
) -> None:
    quotes = tagged_quotes(text)
    assert not [q for q in quotes if "Jahresende" in q.text]
