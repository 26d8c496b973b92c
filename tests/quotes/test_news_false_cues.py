"""False quotes found on news text: attributive participles, reflexive "sich annehmen",
thought verbs without content, and "demnach" without a source named before it."""

from __future__ import annotations

import pytest

from lagebild.model import Quote


def _cues(quotes: list[Quote]) -> set[str]:
    return {q.cue.lemma for q in quotes if q.cue is not None}


@pytest.mark.parametrize(
    "text",
    [
        "Ein Großteil des erwarteten Wachstums soll dort stattfinden.",
        "Die angekündigten Maßnahmen sollen im Herbst greifen.",
        "Die Zahl der gemeldeten Fälle ist gestiegen.",
        "Die erklärten Ziele der Regierung wurden verfehlt.",
    ],
)
def test_attributive_participle_is_no_cue(tagged_quotes, text):
    assert tagged_quotes(text) == []


def test_finite_verb_of_the_same_form_stays_a_cue(tagged_quotes):
    text = "Die Minister erwarteten, dass die Preise steigen. Die Ärzte erklärten, sie seien müde."
    quotes = tagged_quotes(text)
    assert {"erwarten", "erklären"} <= _cues(quotes)
    assert any(q.text == "dass die Preise steigen" for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        "Der Minister nahm sich des Problems an, das seit Jahren besteht.",
        "Die Ministerin nimmt sich der Sache an, sie sei wichtig.",
        "Geralt nimmt einen Auftrag an, bei welchem er sich eines Monsters annimmt, "
        "das einem Sarg entsprungen ist.",
    ],
)
def test_reflexive_annehmen_is_no_cue(tagged_quotes, text):
    assert "annehmen" not in _cues(tagged_quotes(text))


def test_annehmen_with_a_clause_is_a_cue(tagged_quotes):
    text = (
        "Die Polizei nimmt an, dass der Täter sich versteckt. Die Ermittler nehmen an, er sei weg."
    )
    quotes = [q for q in tagged_quotes(text) if q.cue is not None and q.cue.lemma == "annehmen"]
    assert [q.text for q in quotes] == ["dass der Täter sich versteckt", "er sei weg"]


def test_relative_clause_after_a_preposition_is_no_content(tagged_quotes):
    found = tagged_quotes("Er nimmt einen Auftrag an, in dem er ein Monster tötet.")
    assert found == []
    (quote,) = tagged_quotes("Er erklärte, in dem Haus lebe niemand.")
    assert quote.text == "in dem Haus lebe niemand"


def test_thought_verb_without_content_opens_no_chain(tagged_quotes):
    text = (
        "Geralt nimmt einen Auftrag an, bei welchem er ein Monster tötet. "
        "Der Film soll im Herbst in die Kinos kommen."
    )
    assert tagged_quotes(text) == []


def test_speech_verb_without_content_still_opens_a_chain(tagged_quotes):
    text = "Der Minister äußerte sich am Montag. Die Steuer soll im Herbst steigen."
    quotes = tagged_quotes(text)
    assert any(q.speaker is not None and q.speaker.name == "Der Minister" for q in quotes)


def test_demnach_without_a_source_has_no_speaker(tagged_quotes):
    text = (
        "Die Weltbevölkerung soll bis 2050 wachsen. "
        "Durch das erwartete Bevölkerungswachstum ändert sich die Rangliste. "
        "Nigeria wird demnach in 35 Jahren fast 400 Millionen Einwohner haben."
    )
    quote = next(q for q in tagged_quotes(text) if q.cue is not None and q.cue.lemma == "demnach")
    assert quote.speaker is None


def test_demnach_takes_the_source_of_a_so_sentence(tagged_quotes):
    # "So eine Vorhersage eines Instituts." names a source (test_news_source_sentences.py)
    text = (
        "Die Weltbevölkerung soll bis 2050 wachsen. So eine Vorhersage eines Instituts. "
        "Durch das erwartete Bevölkerungswachstum ändert sich die Rangliste. "
        "Nigeria wird demnach in 35 Jahren fast 400 Millionen Einwohner haben."
    )
    quote = next(q for q in tagged_quotes(text) if q.cue is not None and q.cue.lemma == "demnach")
    assert quote.speaker is not None and "Instituts" in quote.speaker.name


def test_demnach_takes_a_source_named_just_before(tagged_quotes):
    text = "Die Polizei veröffentlichte einen Bericht. Demnach soll der Täter geflohen sein."
    quote = next(q for q in tagged_quotes(text) if q.cue is not None and q.cue.lemma == "demnach")
    assert quote.speaker is not None and quote.speaker.name == "Die Polizei"


def test_demnach_does_not_reach_back_over_paragraphs(tagged_quotes):
    text = (
        "Die Polizei veröffentlichte einen Bericht.\n\nDas Wetter war schön.\n\n"
        "Die Preise sind gestiegen.\n\nDemnach soll der Markt schrumpfen."
    )
    quote = next(q for q in tagged_quotes(text) if q.cue is not None and q.cue.lemma == "demnach")
    assert quote.speaker is None


def test_participle_before_a_colon_stays_a_cue(tagged_quotes):
    text = "Dort lebte Jakob Wassermann, der notierte: Altaussee ist kein Dorf, sondern ein Gefühl."
    assert "notieren" in _cues(tagged_quotes(text))


def test_quoted_word_after_a_wish_stays_a_quote(tagged_quotes):
    text = 'Die Botschafterin hofft auf eine "pragmatische" Entscheidung.'
    assert any(q.kind == "direct" and q.text == "pragmatische" for q in tagged_quotes(text))
