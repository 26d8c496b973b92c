"""The source of "X zufolge" is its dative phrase alone, not the words of the clause that
run into it: two plain nouns in a row, an article after a noun that is no speech noun, a
comma with a relative pronoun start the source."""

from __future__ import annotations


def speakers(quotes):
    return [(q.speaker.name if q.speaker else None, q.text) for q in quotes]


def test_article_after_a_plain_noun_starts_the_source(tagged_quotes):
    text = (
        "Deutsche Verbraucher stehen selbstfahrenden Pkw einer Umfrage zufolge positiv gegenüber."
    )
    assert speakers(tagged_quotes(text))[0][0] == "einer Umfrage"


def test_relative_clause_before_zufolge_is_no_source(tagged_quotes):
    text = "B 5305 wäre so eine Regel, die Fachleuten zufolge die Baukosten in die Höhe treibt."
    assert speakers(tagged_quotes(text)) == [("Fachleuten", "die Baukosten in die Höhe treibt")]


def test_speech_noun_after_the_subject_is_the_source(tagged_quotes):
    text = "In der Türkei ermittelt die Staatanwaltschaft Medienberichten zufolge gegen den Chef."
    assert speakers(tagged_quotes(text))[0][0] == "Medien"


def test_genitive_after_a_speech_noun_stays(tagged_quotes):
    text = "Einem Bericht der Presse zufolge ist der Minister zurückgetreten."
    assert speakers(tagged_quotes(text))[0][0] == "Einem Bericht der Presse"
