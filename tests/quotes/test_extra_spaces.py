"""News copy often holds two spaces in a row, and spaCy makes a token of the extra one: the
speaker after the verb ("sagte  der Minister") and after its article ("der  Minister") is
found as with one space."""

from __future__ import annotations

import pytest
from quote_helpers import speaker_text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Länder seien ohnehin in der Nato, erklärte  der Minister.", "der Minister"),
        ("Die Länder seien ohnehin in der Nato, erklärte der  Minister.", "der  Minister"),
        ("Ein Versuch sei das, glauben  die Anwälte.", "die Anwälte"),
        ("Die Mandatare sollen zurücktreten, sagt  Filis.", "Filis"),
        ("Die Mandatare sollen zurücktreten, sagt   auch Filis.", "Filis"),
    ],
)
def test_extra_space_before_the_speaker(tagged_quotes, text: str, speaker: str) -> None:
    (quote,) = tagged_quotes(text)
    assert quote.kind == "indirect"
    assert speaker_text(text, quote) == speaker


def test_extra_space_passes_the_speaker_on(tagged_quotes) -> None:
    text = "Das Problem sei die Arbeit, kritisiert  Manahl. Es gäbe genug Jobs im Tourismus."
    quotes = tagged_quotes(text)
    assert [q.kind for q in quotes] == ["indirect", "reported_continuation"]
    assert all(q.speaker is not None and q.speaker.name == "Manahl" for q in quotes)


def test_extra_space_keeps_an_attributive_participle(tagged_quotes) -> None:
    """ "einen bekannten  Werbeslogan": "bekannten" is the adjective, no "bekennen" cue whose
    subject "Werbeslogan" would go on speaking in the next sentence."""
    text = (
        "Besorgte Bürger in Lustenau haben einen bekannten  Werbeslogan abgewandelt. "
        "Der Grund: Ikea möchte sich in ihrer Nachbarschaft ansiedeln."
    )
    assert tagged_quotes(text) == []
