"""A narrator's lead-in before a colon is not the speaker's content of a closing "so" frame:
"Die Grünen üben Kritik an …: …, so Walser" (see :mod:`lagebild.quotes.narrated_lead`)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from lagebild.model import Quote
from tests.quotes.quote_helpers import speaker_text


def _walser(quotes: list[Quote]) -> Quote:
    return next(q for q in quotes if q.speaker is not None and "Walser" in q.speaker.name)


def test_a_narrated_lead_in_is_left_out(tagged_quotes: Callable[[str], list[Quote]]) -> None:
    text = (
        "Die Grünen üben Kritik an der heurigen Mathematik-Reifeprüfung: Ein schwankender "
        "Schwierigkeitsgrad führt die Zentralmatura ad absurdum, so Bildungssprecher Harald "
        "Walser."
    )
    quote = _walser(tagged_quotes(text))
    assert quote.text == "Ein schwankender Schwierigkeitsgrad führt die Zentralmatura ad absurdum"
    assert speaker_text(text, quote) == "Bildungssprecher Harald Walser"


@pytest.mark.parametrize(
    "lead",
    [
        "Es könne nicht die Lösung sein, dass drei Staaten die Flüchtlinge aufnehmen",
        "Wenn man im Viertelfinale steht, dann fährt man mit einem Ziel nach Wien",
    ],
)
def test_a_lead_in_in_the_speakers_voice_stays(
    tagged_quotes: Callable[[str], list[Quote]], lead: str
) -> None:
    text = f"{lead}: Das geht so nicht weiter, so Harald Walser."
    assert _walser(tagged_quotes(text)).text == f"{lead}: Das geht so nicht weiter"


def test_a_closing_so_frame_after_a_lead_in_ends_the_chain(
    tagged_quotes: Callable[[str], list[Quote]],
) -> None:
    # a reported sentence before would take the whole sentence on as its continuation
    text = (
        "Der ORF habe ein Monopol, sagte Harald Walser. Das sei auch bei Sky der Fall. "
        "Der Sender setzt auf ein hybrides System: Wir möchten lineares Fernsehen und "
        "Streaming verbinden, so Walser."
    )
    quote = next(q for q in tagged_quotes(text) if "hybrides" in q.text or "Wir" in q.text)
    assert quote.text == "Wir möchten lineares Fernsehen und Streaming verbinden"
    assert quote.kind == "indirect"
