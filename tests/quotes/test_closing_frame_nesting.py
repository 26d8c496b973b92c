"""Indirect quotes inside a quote that a closing frame attributes ("…, sagte X.")."""

from __future__ import annotations

from tests.quotes.quote_helpers import speaker_text


def test_speakerless_inner_clause_is_dropped(tagged_quotes):
    text = "Und wir müssen damit rechnen, dass es weiterhin passiert, sagte Siebert."
    quotes = tagged_quotes(text)
    assert len(quotes) == 1, quotes
    assert speaker_text(text, quotes[0]) == "Siebert"
    assert quotes[0].nested_in is None


def test_named_inner_clause_is_nested(tagged_quotes):
    text = (
        "Pirlo hat immer gesagt, dass er bei Juve bleiben will, erklärte der Trainer "
        "Massimiliano Allegri."
    )
    quotes = tagged_quotes(text)
    outer = next(q for q in quotes if q.text.startswith("Pirlo"))
    inner = next(q for q in quotes if q.text.startswith("dass"))
    assert outer.nested_in is None
    assert inner.nested_in == outer.id
    assert speaker_text(text, inner) == "Pirlo"


def test_inner_frame_after_its_clause_is_not_nested(tagged_quotes):
    # the outer quote runs on past "meinte Schieder": no quote inside it
    text = (
        "Das könne er nur schwer mittragen, meinte Schieder, betonte aber gleichzeitig: "
        "Das ist kein schlechter Kompromiss."
    )
    quotes = tagged_quotes(text)
    assert all(q.nested_in is None for q in quotes if q.kind == "indirect"), quotes
