"""A verb's content that runs into a closing "so" frame ends before it, and the frame names
the speaker: "Es sei ausgeschlossen, dass …, so Tsipras"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from lagebild.model import Quote
from tests.quotes.quote_helpers import speaker_text


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            "Er gehe davon aus, dass es noch weitere Arten gibt, so der Forscher.",
            "dass es noch weitere Arten gibt",
            "der Forscher",
        ),
        (
            "Sollte der Chef zu Recht sofort geklagt haben, werde sein Mandant die Kosten "
            "tragen müssen, so der Rechtsanwalt.",
            "werde sein Mandant die Kosten tragen müssen",
            "der Rechtsanwalt",
        ),
    ],
)
def test_content_ends_at_the_so_frame(
    tagged_quotes: Callable[[str], list[Quote]], text: str, content: str, speaker: str
) -> None:
    quote = next(q for q in tagged_quotes(text) if q.text.startswith(content))
    assert quote.text == content
    assert speaker_text(text, quote) == speaker


def test_so_inside_the_content_is_no_frame(tagged_quotes: Callable[[str], list[Quote]]) -> None:
    text = "Er sagte, es sei so schlimm, so viele Menschen leiden zu sehen."
    quote = next(q for q in tagged_quotes(text) if q.text.startswith("es sei"))
    assert speaker_text(text, quote) == "Er"
