"""An insertion between dashes between the subject and its verb: the subject stands before
the first dash, not after the verb (where the object stands)."""

from __future__ import annotations

import pytest
from quote_helpers import speaker_text


@pytest.mark.parametrize(
    "insertion",
    [
        "– dem die Immunität ebenfalls entzogen werden soll –",
        "- der Parteichef seit 2014 ist -",
    ],
)
def test_subject_before_a_dash_insertion(tagged_quotes, insertion):
    text = (
        f"HDP-Chef Selahattin Demirtas {insertion} hatte die AKP gewarnt: "
        "Wir werden nicht erlauben, dass Ihr über uns urteilt."
    )
    quotes = tagged_quotes(text)
    assert len(quotes) == 1
    assert speaker_text(text, quotes[0]) == "HDP-Chef Selahattin Demirtas"
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Selahattin Demirtas"


def test_unclosed_dash_is_no_insertion(tagged_quotes):
    # a dateline dash opens the sentence; nothing is inserted before the verb
    text = "Ankara – Die Regierung hat erklärt, dass sie die Visafreiheit vorbereite."
    quotes = tagged_quotes(text)
    assert len(quotes) == 1
    assert speaker_text(text, quotes[0]) == "Die Regierung"
