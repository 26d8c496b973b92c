"""Objects in a frame that are not its speaker: a dative pronoun before the subject of a
closing frame ("…, sagte ihm der Minister") is the addressee; an object pronoun in a "wie"
clause ("wie es die NASA bezeichnete") stands before the speaker. A "wie" clause of a verb
that states a rule or plan ("wie es der Vorschlag vorsieht") reports nothing, and "sich krank
melden" is no speech."""

from __future__ import annotations

import pytest
from quote_helpers import speaker_text


def addressee_text(text: str, quote) -> str | None:
    found = quote.addressee
    return None if found is None or found.start is None else text[found.start : found.end]


@pytest.mark.parametrize("pronoun", ["ihm", "ihr", "ihnen", "uns"])
def test_dative_pronoun_before_closing_frame_subject(tagged_quotes, pronoun: str) -> None:
    text = f"Die Regierung werde das Gesetz ändern, sagte {pronoun} der Minister."
    (quote,) = tagged_quotes(text)
    assert speaker_text(text, quote) == "der Minister"
    assert addressee_text(text, quote) == pronoun


def test_dative_pronoun_before_direct_quote_speaker(tagged_quotes) -> None:
    text = "„Wir werden das Gesetz ändern“, sagte ihr der Minister."
    (quote,) = tagged_quotes(text)
    assert speaker_text(text, quote) == "der Minister"
    assert addressee_text(text, quote) == "ihr"


def test_possessive_ihr_stays_in_the_speaker(tagged_quotes) -> None:
    text = "Die Regierung werde das Gesetz ändern, erklärte ihr Sprecher."
    (quote,) = tagged_quotes(text)
    assert speaker_text(text, quote) == "ihr Sprecher"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Mission sei ein Erfolg, wie es die NASA bezeichnete.", "die NASA"),
        ("Das Wort stamme aus dem Griechischen, wie uns die Philologen sagen.", "die Philologen"),
    ],
)
def test_object_pronoun_in_wie_clause(tagged_quotes, text: str, speaker: str) -> None:
    (quote,) = tagged_quotes(text)
    assert speaker_text(text, quote) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Die Firma sucht eine Zusammenarbeit, wie es der Vorschlag vorsieht.",
        "Wir bringen das Spiel heraus, wie wir es vorgesehen haben.",
    ],
)
def test_wie_clause_of_a_rule_is_no_quote(tagged_quotes, text: str) -> None:
    assert tagged_quotes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Am Freitag hatten sich viele Fluglotsen krank gemeldet und ihren Dienst nicht angetreten.",
        "Am Freitag meldeten sich viele Fluglotsen krank und traten ihren Dienst nicht an.",
    ],
)
def test_reporting_sick_is_no_speech(tagged_quotes, text: str) -> None:
    assert tagged_quotes(text) == []


def test_subject_es_in_a_wie_clause_before_another_frame(tagged_quotes) -> None:
    text = "Nun schauen alle, wie es die Herausforderungen bewältigt, sagte der Minister."
    for quote in tagged_quotes(text):
        assert speaker_text(text, quote) != "die Herausforderungen"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Den prozentualen Anstieg der Straftaten bezifferte die Behörde auf 27,5 Prozent.",
            "die Behörde",
        ),
        (
            "Im Bericht zu Salzburg und dem Burgenland ließ das Ministerium die Abgeordneten "
            "wissen, dass die Frage entfällt.",
            "das Ministerium",
        ),
    ],
)
def test_object_in_the_prefield_is_no_speaker(tagged_quotes, text: str, speaker: str) -> None:
    (quote,) = tagged_quotes(text)
    assert speaker_text(text, quote) == speaker


def test_dative_prefield_of_a_passive_stays_the_addressee(tagged_quotes) -> None:
    text = "Dem Niederländer wird vorgeworfen, seine Frau belästigt zu haben."
    (quote,) = tagged_quotes(text)
    assert speaker_text(text, quote) is None
    assert addressee_text(text, quote) == "Dem Niederländer"
