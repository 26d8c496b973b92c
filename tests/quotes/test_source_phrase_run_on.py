"""A 'nach'/'laut' source phrase ends before a bare common noun after its genitive: that
noun opens the content ('nach Angaben unabhängiger Experten | Senfgas eingesetzt')."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "source", "content_piece"),
    [
        (
            "Im Irak ist nach Angaben unabhängiger Experten Senfgas eingesetzt worden.",
            "Angaben unabhängiger Experten",
            "Senfgas eingesetzt worden",
        ),
        (
            "Er habe nach Angaben der Justiz seines Landes Attentatspläne geschmiedet.",
            "Angaben der Justiz seines Landes",
            "Attentatspläne geschmiedet",
        ),
    ],
)
def test_bare_noun_after_the_genitive_opens_the_content(
    tagged_quotes, text: str, source: str, content_piece: str
) -> None:
    (quote,) = tagged_quotes(text)
    assert quote.speaker is not None
    assert text[quote.speaker.start : quote.speaker.end] == source
    assert content_piece in [text[p.start : p.end] for p in quote.parts]


def test_a_name_after_the_source_noun_stays_in_the_source(tagged_quotes) -> None:
    text = "Die Lage sei nach einer Meldung der Nachrichtenagentur Tanjug ruhig."
    (quote,) = tagged_quotes(text)
    assert quote.speaker is not None
    assert "Tanjug" in text[quote.speaker.start : quote.speaker.end]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ein Vertrauter soll sich laut Süddeutscher Zeitung auf der Liste befinden.", "Zeitung"),
        ("Die Eltern haben laut der Initiative Religion ist Privatsache geklagt.", "Religion"),
    ],
)
def test_a_demonym_or_a_name_taking_noun_keeps_the_next_noun(
    tagged_quotes, text: str, name: str
) -> None:
    quotes = tagged_quotes(text)
    assert quotes and quotes[0].speaker is not None
    assert name in text[quotes[0].speaker.start : quotes[0].speaker.end]
