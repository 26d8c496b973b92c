"""A body named at the end of the speaker phrase speaks, not the state in its attribute."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die türkische Nachrichtenagentur Anadolu meldete, die Lage sei ernst.", "Anadolu"),
        ("Die Grenze sei geschlossen, berichtete der serbische TV-Sender RTS.", "RTS"),
    ],
)
def test_closing_name_speaks(tagged_quotes, text: str, name: str) -> None:
    (quote,) = tagged_quotes(text)
    assert quote.speaker is not None and quote.speaker.name == name


def test_name_in_a_genitive_does_not_speak(tagged_quotes) -> None:
    text = "Die neue polnische Regierung der PiS-Partei gab bekannt, dass sie nichts akzeptiere."
    (quote,) = tagged_quotes(text)
    assert quote.speaker is not None and quote.speaker.name != "PiS"
