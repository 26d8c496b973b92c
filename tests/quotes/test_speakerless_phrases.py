"""Phrases that speak for no one: a noun that labels what follows a colon ("Das Resultat:"),
and the subject an inserted ", heißt es," interrupts; a source before either stays the speaker."""

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


def test_inserted_heisst_es_names_no_speaker(tagged_quotes):
    quotes = tagged_quotes("Wien – Der Tod, heißt es, sei nicht das Ende.")
    assert len(quotes) == 1
    assert quotes[0].speaker is None


def test_source_before_heisst_es_stays(tagged_quotes):
    quotes = tagged_quotes(
        "Seitens des steirischen Landesenergieversorgers hieß es am Dienstag, "
        "die neue Situation sei erst zu bewerten."
    )
    assert len(quotes) == 1
    assert quotes[0].speaker is not None
