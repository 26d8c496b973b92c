"""Frames after the content with an auxiliary, appositions, intentions, reportative "soll"."""

from __future__ import annotations

from lagebild.model import Quote


def _kinds(quotes: list[Quote]) -> list[tuple[str, str]]:
    return [(q.kind, q.text) for q in quotes]


def test_content_first_with_auxiliary(tagged_quotes):
    text = "„Wir wollen die Werke verzahnen“, hatte VW-Chef Winterkorn in einem Interview erklärt."
    quote = next(q for q in tagged_quotes(text) if q.kind == "direct")
    assert quote.speaker is not None and "Winterkorn" in quote.speaker.name


def test_subject_with_apposition_before_frame(tagged_quotes):
    text = (
        "John Kline, ein Repräsentant aus Minnesota und Oberst außer Dienst, sagte zu den "
        "Vorwürfen, dass der Vorfall kein Unfall gewesen sei."
    )
    quote = next(q for q in tagged_quotes(text) if q.kind == "indirect")
    assert quote.text.startswith("dass der Vorfall")
    assert quote.speaker is not None and quote.speaker.name == "John Kline"


def test_wie_frame_over_apposition(tagged_quotes):
    text = (
        "Wie der Direktor des Amtes, Smith Dharmmasaroj, mitteilte, waren die Menschen nicht "
        "über den Test informiert worden."
    )
    quote = next(q for q in tagged_quotes(text) if q.kind == "indirect")
    assert quote.text.startswith("waren die Menschen")


def test_article_after_frame_is_no_relative_clause(tagged_quotes):
    text = "Beim Treffen sagte Rice, die USA hielten sich an die Konvention."
    assert ("indirect", "die USA hielten sich an die Konvention") in _kinds(tagged_quotes(text))


def test_name_particle_is_part_of_the_speaker(tagged_quotes):
    text = "Von der Leyen betonte, die Frauen seien gut geeignet."
    quote = next(q for q in tagged_quotes(text) if q.kind == "indirect")
    assert quote.speaker is not None and quote.speaker.name.endswith("Leyen")


def test_stated_intention_is_reported(tagged_quotes):
    quotes = tagged_quotes("Die SPD will am Kurs der EU-Erweiterung festhalten.")
    assert [q.kind for q in quotes] == ["reported"]
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "SPD"


def test_past_or_impersonal_will_is_no_quote(tagged_quotes):
    assert tagged_quotes("Tausende Menschen wollten die Region verlassen.") == []
    assert tagged_quotes("Es will nicht regnen.") == []


def test_sollen_after_a_frame_continues_the_speaker(tagged_quotes):
    text = (
        "Der Chef hat angekündigt, die Sanierung werde Arbeitsplätze kosten. "
        "Die Kürzungen sollen vor allem die Verwaltung treffen."
    )
    quote = next(q for q in tagged_quotes(text) if q.kind == "free_indirect")
    assert quote.text.startswith("Die Kürzungen")
    assert quote.speaker is not None and quote.speaker.name == "Der Chef"


def test_sollen_without_frame_is_no_quote(tagged_quotes):
    assert tagged_quotes("Der Bär ist groß. Er soll morgen gefangen werden.") == []


def test_reportative_sollen_before_an_infinitive_clause(tagged_quotes):
    text = "Der Mann soll aus dem Wagen gestiegen sein, um ihr zu folgen."
    assert [q.kind for q in tagged_quotes(text)] == ["free_indirect"]


def test_quoted_source_in_the_frame_is_no_quote(tagged_quotes):
    text = (
        "Arni Finnsson, ein Vertreter der Organisation „Inca“, kommentierte die Entscheidung "
        "laut „news.bbc.co.uk“ mit folgenden Worten: „Es gibt in Island keinen Markt dafür.“"
    )
    quotes = tagged_quotes(text)
    # the quoted names are no quotes; "laut" adds the site's relay of the same words
    assert {q.text for q in quotes} == {"Es gibt in Island keinen Markt dafür."}
    (top,) = [q for q in quotes if q.nested_in is None]
    assert top.kind == "direct"
    assert top.speaker is not None and top.speaker.name == "Arni Finnsson"


def test_source_noun_after_nach_is_the_speaker(tagged_quotes):
    text = "Nach bisher unbestätigten Berichten wurde der Firma Einsicht in das Angebot gewährt."
    quote = tagged_quotes(text)[0]
    assert quote.text.startswith("wurde der Firma")
    assert quote.speaker is not None and quote.speaker.name.endswith("Berichten")


def test_demnach_attributes_the_sentence(tagged_quotes):
    text = "Die Zeitung berichtete darüber. Demnach hat der Sohn Selbstmord begangen."
    assert ("indirect", "hat der Sohn Selbstmord begangen") in _kinds(tagged_quotes(text))


def test_apostrophe_name_is_one_speaker(tagged_quotes):
    text = "Konzernchef Michael O’Leary sagte, dass die Gebühr ein Pfund betragen werde."
    quote = tagged_quotes(text)[0]
    assert quote.speaker is not None
    assert text[quote.speaker.start : quote.speaker.end].endswith("O’Leary")
