"""Speech verbs in a reading without speech: impersonal "lässt sich sagen" names no
speaker, "hoffen auf" has its object and no content; a person who "ließ sich zitieren" speaks."""

from __future__ import annotations

import pytest


def _lemmas(quotes):
    return {q.cue.lemma for q in quotes if q.cue is not None}


@pytest.mark.parametrize(
    "text",
    [
        "Vor allem ließ sich kaum bestätigen, dass eine Gewöhnung an das Format etwas ausmachte.",
        "Die Lage ist schwierig. Immerhin lässt sich zumindest eines sagen: Es fehlt Geld.",
    ],
)
def test_impersonal_lassen_sich_is_no_cue(tagged_quotes, text):
    assert not {"bestätigen", "sagen"} & _lemmas(tagged_quotes(text))


def test_finite_cue_stays(tagged_quotes):
    quotes = tagged_quotes("Der Sprecher bestätigte, dass die Firma verkauft wird.")
    assert "bestätigen" in _lemmas(quotes)


def test_hoffen_with_its_object_is_no_cue(tagged_quotes):
    text = (
        "Die Datenübertragung brach nach einer Minute wieder ab, "
        "gehofft hatte das Team auf rund zwei Stunden."
    )
    assert "hoffen" not in _lemmas(tagged_quotes(text))


def test_hoffen_with_content_stays(tagged_quotes):
    quotes = tagged_quotes("Das Team hofft, dass die Sonde wieder sendet.")
    assert "hoffen" in _lemmas(quotes)


def test_hoffen_with_zu_infinitive_stays(tagged_quotes):
    quotes = tagged_quotes("Auf diese Weise hofft man geheime Kommunikation aufzufangen.")
    assert "hoffen" in _lemmas(quotes)
