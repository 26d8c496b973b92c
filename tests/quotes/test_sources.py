"""A source after "gemäß": a medium, a role or a named person reports ("gemäß der
Netzzeitung"); a rule does not ("gemäß der Richtlinie")."""

from __future__ import annotations

import pytest
from quote_helpers import speaker_text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Unfall kostete gemäß der Netzzeitung 40 Menschen das Leben.", "der Netzzeitung"),
        (
            "Die Baustelle würde gemäß einem Sprecher des Unternehmens bis Montag ruhen.",
            "einem Sprecher des Unternehmens",
        ),
    ],
)
def test_gemaess_a_source(tagged_quotes, text: str, speaker: str) -> None:
    (quote,) = tagged_quotes(text)
    assert speaker_text(text, quote) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Die Anlage wurde gemäß der Richtlinie gebaut.",
        "Sie werden gemäß dem Dekret unter dem Begriff zusammengefasst.",
    ],
)
def test_gemaess_a_rule_is_no_source(tagged_quotes, text: str) -> None:
    assert tagged_quotes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Weitere Schlussfolgerungen sollen nach der Auswertung des Flugschreibers gezogen werden.",
        "Wer am Sonntag nach der Auszählung der Wahlkarten vorne liegen wird, ist offen.",
        "Es lief für sein Team nicht nach Wunsch.",
    ],
)
def test_nach_an_event_or_a_manner_is_no_source(tagged_quotes, text: str) -> None:
    assert tagged_quotes(text) == []


def test_nach_an_indefinite_evaluation_names_a_source(tagged_quotes) -> None:
    text = "Nach einer Auswertung des Instituts sind die Preise gestiegen."
    (quote,) = tagged_quotes(text)
    assert speaker_text(text, quote) == "einer Auswertung des Instituts"
