"""A closing frame after a clause that ends in a coordination ("…, X und Y, sagte Z")."""

from __future__ import annotations

import pytest

from tests.quotes.quote_helpers import speaker_text


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Der Fahrer erlitt lediglich Schürfwunden und einen Schock, teilte die Polizei mit.",
            "Der Fahrer erlitt lediglich Schürfwunden und einen Schock",
            "die Polizei",
        ),
        (
            "Unter den Geldgebern seien britische und kanadische Investoren, berichtete die "
            "Zeitung.",
            "Unter den Geldgebern seien britische und kanadische Investoren",
            "die Zeitung",
        ),
        (
            "Denkbar sei auch die Einrichtung eines Fonds, sagte eine Person mit Kenntnis der "
            "Verhandlungen.",
            "Denkbar sei auch die Einrichtung eines Fonds",
            "eine Person",
        ),
    ],
)
def test_phrase_after_und_is_no_subject_of_the_frame(
    tagged_quotes, text: str, content: str, speaker: str
) -> None:
    (quote,) = tagged_quotes(text)
    assert quote.kind == "indirect"
    assert quote.text == content
    assert speaker_text(text, quote) == speaker


def test_subject_with_apposition_after_auch_still_speaks(tagged_quotes) -> None:
    text = "Auch der Minister, ein Sozialdemokrat, sagte, die Lage sei ernst."
    (quote,) = tagged_quotes(text)
    assert speaker_text(text, quote) == "der Minister, ein Sozialdemokrat"


def test_inserted_frame_after_und_keeps_the_clause_after_it(tagged_quotes) -> None:
    # "X, kritisiert er, seien …": the frame is inserted, the clause goes on after it
    text = (
        "Kein Bescheid hätte erteilt werden dürfen – und die älteren Bestellungen, "
        "kritisiert er, seien fast alle geliefert worden."
    )
    (quote,) = tagged_quotes(text)
    assert quote.text == "seien fast alle geliefert worden"
    assert speaker_text(text, quote) == "er"
