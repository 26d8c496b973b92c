"""Speakers that a phrase only describes: a date is nobody, a role phrase takes the name
in the apposition after it. These rules read part-of-speech tags: the full pipeline."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from lagebild.model import Quote
from lagebild.pipeline import Analyzer, build_pipeline
from lagebild.readers.document import Document


@pytest.fixture(scope="module")
def find_quotes() -> Callable[[str], list[Quote]]:
    analyzer = Analyzer(build_pipeline(upto="lagebild_quotes"))
    return lambda text: analyzer.analyze(Document(id="t", text=text)).quotes


def test_bare_weekday_is_no_speaker(find_quotes):
    quotes = find_quotes(
        "Die türkische Regierung hat Donnerstag erklärt, dass sie die Visafreiheit vorbereite."
    )
    assert quotes
    assert all(q.speaker is None or q.speaker.name != "Donnerstag" for q in quotes)


@pytest.mark.parametrize("after", [", am Montag vor der Presse.", " heute vor der Presse."])
def test_role_phrase_takes_the_name_of_its_apposition(find_quotes, after):
    quotes = find_quotes(
        "„Wir bleiben im Land“, sagte der Oberkommandierende General der US-Streitkräfte im "
        "Irak, General George Casey" + after
    )
    assert quotes and quotes[0].speaker is not None
    assert quotes[0].speaker.name == "George Casey"


def test_role_phrase_without_apposition_keeps_its_own_reading(find_quotes):
    quotes = find_quotes("„Wir bleiben im Land“, sagte ein Sprecher der Regierung am Montag.")
    assert quotes and quotes[0].speaker is not None
    assert quotes[0].speaker.name == "Sprecher"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Der Bär sei weitergezogen, sagte der Sprecher des Bayerischen "
            "Umweltministeriums, Roland Eichhorn.",
            "Roland Eichhorn",
        ),
    ],
)
def test_person_named_in_the_phrase_speaks_not_the_body_in_its_attribute(
    find_quotes, text: str, speaker: str
):
    quotes = find_quotes(text)
    assert quotes and quotes[0].speaker is not None
    assert quotes[0].speaker.name == speaker
