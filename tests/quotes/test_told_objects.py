"""Verbs whose object is told (bitten, auffordern, warnen, sagen …): the subject of their
passive is the addressee, not the speaker ("Die Anwohner wurden aufgefordert, …"); in the active,
a phrase before the verb is the speaker and the one after it the addressee ("Die Polizei bat
die Anwohner, …"), unless the phrase before is a dative ("Dem STANDARD sagte die Sprecherin"),
a medium ("Der englischsprachigen Zeitung sagte Karma") or points back ("Das berichtete Wired");
an oblique phrase before the verb is told ("Den Währungsfonds forderte er auf")."""

from __future__ import annotations

import pytest
from quote_helpers import speaker_text


def addressee_text(text: str, quote) -> str | None:
    found = quote.addressee
    return None if found is None or found.start is None else text[found.start : found.end]


@pytest.mark.parametrize(
    "text",
    [
        "Die Anwohner wurden aufgefordert, ihr Haus nicht zu verlassen.",
        "Über Kurznachrichten wurden die Anwohner gebeten, ihr Haus nicht zu verlassen.",
    ],
)
def test_subject_of_a_passive_is_told(tagged_quotes, text: str) -> None:
    (quote,) = tagged_quotes(text)
    assert speaker_text(text, quote) is None
    assert addressee_text(text, quote) in ("Die Anwohner", "die Anwohner")


def test_object_after_the_verb_is_told(tagged_quotes) -> None:
    text = "Die Polizei bat die Anwohner, ihr Haus nicht zu verlassen."
    (quote,) = tagged_quotes(text)
    assert speaker_text(text, quote) == "Die Polizei"
    assert addressee_text(text, quote) == "die Anwohner"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Dem STANDARD sagte die Sprecherin, 50 Menschen hätten die Grenze überquert.",
            "die Sprecherin",
        ),
        ("Der englischsprachigen Zeitung sagte Filep Karma, er bleibe in Haft.", "Filep Karma"),
    ],
)
def test_dative_before_the_verb_is_no_speaker(tagged_quotes, text: str, speaker: str) -> None:
    (quote,) = tagged_quotes(text)
    assert speaker_text(text, quote) == speaker


def test_fronted_object_is_told(tagged_quotes) -> None:
    text = "Den Internationalen Währungsfonds forderte er auf, die Auszahlung auszusetzen."
    (quote,) = tagged_quotes(text)
    assert speaker_text(text, quote) == "er"
    assert addressee_text(text, quote) == "Den Internationalen Währungsfonds"
