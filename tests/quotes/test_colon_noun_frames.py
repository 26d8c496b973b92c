"""A speech noun with its owner before a colon frames what follows: "Der Vorwurf Sardanas:
…", "Die Forderung der Opposition: …". A label noun ("Das Ergebnis: …") or a noun without
an owner names no one."""

from __future__ import annotations

from collections.abc import Callable

from quote_helpers import speaker_text

from lagebild.model import Quote

Find = Callable[[str], list[Quote]]


def test_a_genitive_name_owns_the_claim(tagged_quotes: Find) -> None:
    text = (
        "Der ehemalige Shopbetreiber Rakesh Sardana hat geklagt. "
        "Der Vorwurf Sardanas: Die Gesellschaft habe ihn ruinieren wollen."
    )
    (quote,) = [q for q in tagged_quotes(text) if q.text.startswith("Die Gesellschaft")]
    assert quote.kind == "indirect"
    assert speaker_text(text, quote) == "Sardanas"
    assert quote.speaker is not None and quote.speaker.name == "Rakesh Sardana"


def test_a_genitive_phrase_owns_the_claim(tagged_quotes: Find) -> None:
    text = "Die Forderung der Opposition: Die Regierung müsse sofort zurücktreten."
    (quote,) = tagged_quotes(text)
    assert quote.text == "Die Regierung müsse sofort zurücktreten"
    assert speaker_text(text, quote) == "der Opposition"


def test_a_label_noun_frames_nothing(tagged_quotes: Find) -> None:
    text = "Das Ergebnis der Studie: Die meisten Schüler lesen kaum noch Bücher."
    assert not any(q.cue is not None for q in tagged_quotes(text))
