"""A speaker phrase that opens with a full name and goes on with a role apposition: the
person named first speaks, not the body named in the role."""

from __future__ import annotations


def speakers(quotes):
    return [q.speaker.name if q.speaker else None for q in quotes]


def test_name_before_role_of_a_body_speaks(tagged_quotes):
    text = (
        "Drohungen würden sich häufen, sagte Oskar Deutsch, Präsident der Israelitischen "
        "Kultusgemeinde Wien, am Mittwoch."
    )
    assert speakers(tagged_quotes(text)) == ["Oskar Deutsch"]


def test_name_before_membership_apposition_speaks(tagged_quotes):
    text = "Das Interesse sei groß, erklärte Hermann Rodler, Mitglied des Bitkom-Präsidiums."
    assert speakers(tagged_quotes(text)) == ["Hermann Rodler"]


def test_role_before_a_named_apposition_keeps_the_name(tagged_quotes):
    text = (
        "Die Ukraine müsse Reformen umsetzen, sagte Odessas Gouverneur, der georgische "
        "Expräsident Michail Saakaschwili."
    )
    assert speakers(tagged_quotes(text)) == ["Michail Saakaschwili"]
