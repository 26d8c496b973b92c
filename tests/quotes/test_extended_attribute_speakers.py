"""A speaker after the verb behind an extended attribute: "sagte der [extra nach Wien
gereiste] Kläger", "sagt der [27 Jahre junge] FPÖ-Bezirksrat", and with no article
"sagten [mit dem Vorgang vertraute] Personen"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from lagebild.model import Quote
from tests.quotes.quote_helpers import speaker_text


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Das sei gut, erzählte der extra nach Wien gereiste Kläger.",
            "der extra nach Wien gereiste Kläger",
        ),
        (
            "Wir werden gewinnen, sagt der 27 Jahre junge FPÖ-Bezirksrat.",
            "der 27 Jahre junge FPÖ-Bezirksrat",
        ),
        (
            "Das sei nicht haltbar, erklärt der ebenfalls an der Studie beteiligte Politologe "
            "Georg Spitaler.",
            "der ebenfalls an der Studie beteiligte Politologe Georg Spitaler",
        ),
        (
            "Die Firma habe andere Interessenten ausgestochen, sagten mit dem Vorgang vertraute "
            "Personen am Montag.",
            "mit dem Vorgang vertraute Personen",
        ),
    ],
)
def test_speaker_behind_an_extended_attribute(
    tagged_quotes: Callable[[str], list[Quote]], text: str, speaker: str
) -> None:
    (quote,) = tagged_quotes(text)
    assert speaker_text(text, quote) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # an adverb and a preposition right before the adjective open no attribute
        "Wenn bei Schülern Verletzungen vorliegen, würde sich das etwa durch aggressives "
        "Verhalten äußern, sagt die Psychotherapeutin.",
        # a preposition after the verb with a noun that does not speak: an adverbial
        "Die Wahl sei offen, sagte mit Blick auf die gestern gewählte Regierung der Minister.",
    ],
)
def test_no_attribute_speaker(tagged_quotes: Callable[[str], list[Quote]], text: str) -> None:
    for quote in tagged_quotes(text):
        assert speaker_text(text, quote) not in {
            "Verhalten",
            "das etwa durch aggressives Verhalten",
        }
        assert not (speaker_text(text, quote) or "").startswith("mit Blick")
