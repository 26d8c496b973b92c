"""A closing "…, was Moskau bestreitet" is the narrator's report of a reply, not part of the
content (see :mod:`lagebild.quotes.narrator_reply`)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from lagebild.model import Quote


def _content(quotes: list[Quote], start: str) -> str:
    return next(q.text for q in quotes if q.text.startswith(start))


def test_a_reply_clause_is_left_out(tagged_quotes: Callable[[str], list[Quote]]) -> None:
    text = (
        "Westliche Regierungen werfen Russland vor, die Aufständischen in der Ukraine mit "
        "Waffen zu versorgen, was Moskau bestreitet."
    )
    content = _content(tagged_quotes(text), "die Aufständischen")
    assert content == "die Aufständischen in der Ukraine mit Waffen zu versorgen"


@pytest.mark.parametrize(
    "text, content",
    [
        (  # the Konjunktiv keeps the clause the speaker's
            "Die Schüler müssten sich die Werbung anhören, was den Tatbestand der Nötigung "
            "erfülle, sagte der Anwalt.",
            "Die Schüler müssten sich die Werbung anhören, was den Tatbestand der Nötigung erfülle",
        ),
        (  # no verb of reply: "was" is an object of the content
            "Meine Mannschaft hat gut gearbeitet und weiß, was sie erwartet, sagte Fink.",
            "Meine Mannschaft hat gut gearbeitet und weiß, was sie erwartet",
        ),
    ],
)
def test_a_was_clause_of_the_speaker_stays(
    tagged_quotes: Callable[[str], list[Quote]], text: str, content: str
) -> None:
    assert _content(tagged_quotes(text), content[:12]) == content
