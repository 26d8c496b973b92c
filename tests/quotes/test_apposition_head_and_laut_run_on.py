"""A named head speaks, not the body named in its apposition; a "laut" source ends before
an adverb and before the agent of a passive participle."""

from __future__ import annotations

import pytest

from tests.quotes.quote_helpers import speaker_text


def test_the_named_head_speaks_not_the_party_in_its_apposition(tagged_quotes) -> None:
    text = (
        "Unterdessen gab die liberale PMDB, der größte Koalitionspartner der regierenden "
        "Arbeiterpartei PT, bekannt, mit der Opposition einen gemeinsamen Weg zu gehen."
    )
    (quote,) = tagged_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.name == "PMDB"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Sie mussten den Verdächtigen allerdings am Montag laut Staatsanwaltschaft "
            "wieder aus Mangel an Beweisen auf freien Fuß setzen.",
            "Staatsanwaltschaft",
        ),
        (
            "Rund vier Milliarden Menschen sind laut einer aktuellen Studie von "
            "Wassermangel bedroht.",
            "einer aktuellen Studie",
        ),
    ],
)
def test_a_laut_source_stops_at_an_adverb_and_a_passive_agent(
    tagged_quotes, text: str, source: str
) -> None:
    (quote,) = tagged_quotes(text)
    assert speaker_text(text, quote) == source
