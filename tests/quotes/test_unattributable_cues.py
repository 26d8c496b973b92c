"""Cues that report nobody's utterance: a speech verb as zu-infinitive ("Schwer zu sagen,
wer …", "Bleibt zu hoffen, dass …", "nicht auszuschließen, dass …"), and "gemäß" before a
rule ("gemäß der Richtlinie": in accordance with, no source); "zu bedenken geben" and
"gemäß Angaben der Polizei" stay cues."""

from __future__ import annotations

import pytest
from quote_helpers import speaker_text


@pytest.mark.parametrize(
    "text",
    [
        "Schwer zu sagen, wer sich durchsetzen wird.",
        "Bleibt zu hoffen, dass Google diese Option nachliefert.",
        "Es ist jedoch nicht auszuschließen, dass ein Verstoß vorliegt.",
        "Die richtige Lösung ist, offen zu sagen, wie das Auto vorgehen wird.",
        "Gemäß ASVG wären sieben Prozent des Letztbezugs an die PVA zu überweisen.",
        "Gemäß einer Entscheidung des EuGH ist der Weiterverkauf erlaubt.",
    ],
)
def test_no_quote(tagged_quotes, text: str) -> None:
    assert tagged_quotes(text) == []


def test_zu_bedenken_geben_stays_a_cue(tagged_quotes) -> None:
    text = "Wolff gab zu bedenken, man müsse den Grundsatz wahren."
    (quote,) = tagged_quotes(text)
    assert speaker_text(text, quote) == "Wolff"


def test_gemaess_angaben_stays_a_source(tagged_quotes) -> None:
    text = "Gemäß Angaben der Polizei sei niemand verletzt worden."
    (quote,) = tagged_quotes(text)
    assert quote.text == "sei niemand verletzt worden"
