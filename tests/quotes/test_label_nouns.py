"""A noun that labels what follows a colon ("Das Resultat:") speaks for no one: the hearsay
after it has no speaker, while a source before a colon ("Die Polizei:") stays the speaker."""

from __future__ import annotations

FOLLOW = "Zwei Feuerwehrleute sind verletzt. Einer der Angreifer soll Parolen gerufen haben."


def test_label_noun_is_no_speaker(tagged_quotes):
    quotes = tagged_quotes(f"Die Feuerwehr wurde angegriffen. Das Resultat: {FOLLOW}")
    assert len(quotes) == 1
    assert quotes[0].speaker is None


def test_source_before_colon_stays_the_speaker(tagged_quotes):
    quotes = tagged_quotes(f"Die Feuerwehr wurde angegriffen. Die Polizei: {FOLLOW}")
    assert len(quotes) == 1
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Die Polizei"
