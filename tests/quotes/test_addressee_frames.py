"""Addressees outside the verb's own object: a conversation partner ("im Gespräch mit dem
STANDARD"), also before the verb; a "gegenüber" opening the clause; a fronted medium ("Der
Zeitung sagte Karma: …"); and the person a summarised speech act is aimed at ("warf der SPD
Versagen vor", "fordert von der Regierung einen Plan")."""

from __future__ import annotations

import pytest


def addressee_text(text: str, quote) -> str | None:
    found = quote.addressee
    return None if found is None or found.start is None else text[found.start : found.end]


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        (
            "Die Lage sei ernst, sagte der Minister im Gespräch mit dem Bürgermeister.",
            "dem Bürgermeister",
        ),
        (
            "Im Gespräch mit dem Staatspräsidenten betonte der Minister, die Lage sei ernst.",
            "dem Staatspräsidenten",
        ),
        (
            "Gegenüber der Zeitung erklärte sie: „Wir stehen hinter diesem Angebot.“",
            "der Zeitung",
        ),
        (
            "Der englischsprachigen Zeitung sagte Filep Karma: „Ich werde im Gefängnis gehalten.“",
            "Der englischsprachigen Zeitung",
        ),
    ],
)
def test_frame_addressees(tagged_quotes, text: str, addressee: str) -> None:
    quotes = tagged_quotes(text)
    assert addressee in [addressee_text(text, quote) for quote in quotes]


def test_comparing_gegenueber_inside_the_prefield_is_no_addressee(tagged_quotes) -> None:
    text = "Bei der Bevorzugung von Privat- gegenüber Kassenpatienten verweist sie auf Gespräche."
    for quote in tagged_quotes(text):
        assert addressee_text(text, quote) is None


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        ("Der Vorsitzende Edmund Stoiber warf der SPD eine Fehlentwicklung vor.", "der SPD"),
        ("Der Minister wirft dem Justizminister Einmischung vor.", "dem Justizminister"),
        ("Die Organisation fordert von der Staatsregierung einen Plan.", "der Staatsregierung"),
    ],
)
def test_addressee_of_a_summarised_speech_act(tagged_quotes, text: str, addressee: str) -> None:
    (quote,) = tagged_quotes(text)
    assert quote.kind == "reported"
    assert addressee_text(text, quote) == addressee


@pytest.mark.parametrize(
    "text",
    [
        "Die Opposition forderte am Mittwoch den Rücktritt von Pierer.",
        "Sie fordert Regeln zur Kennzeichnung von Lebensmitteln.",
    ],
)
def test_what_is_demanded_is_no_addressee(tagged_quotes, text: str) -> None:
    for quote in tagged_quotes(text):
        assert addressee_text(text, quote) is None
