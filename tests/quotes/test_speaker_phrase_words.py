"""Speaker phrases with words that the chunker must read as part of the noun phrase: "ein
anderer Militärvertreter" (UD German calls "anderer" a determiner, STTS an adjective)."""

from __future__ import annotations

import pytest
from quote_helpers import speaker_text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ein anderer Militärvertreter sagte, die Soldaten hätten Waffen beschlagnahmt.",
            "Ein anderer Militärvertreter",
        ),
        (
            "Die Lage sei ernst, sagte ein anderer Sprecher der Regierung.",
            "ein anderer Sprecher der Regierung",
        ),
    ],
)
def test_other_one_speaks(tagged_quotes, text: str, speaker: str) -> None:
    (quote,) = tagged_quotes(text)
    assert speaker_text(text, quote) == speaker
