"""Speaker cases from the 10kGNAD articles: a label naming a version of events before a
colon ("Die rote Fassung:") speaks for no one; an unlinked "er" after a speaker named by a
surname that is also a German word ("sagte Fall"), by a title of the entity layer ("der
Diplomat") or by age ("der 38-Jährige") is that speaker; a number counting people belongs
to the speaker phrase ("einer der 13 beteiligten Feuerwehrmänner"); a name of letters and
digits speaks ("G29"); the quote layer's role list knows the entity layer's "Gouverneur"."""

from __future__ import annotations

import pytest
from quote_helpers import speaker_text

from lagebild.quotes.agreement import _agrees_by_words
from lagebild.quotes.lexicon import is_role


def test_a_version_label_before_a_colon_speaks_for_no_one(tagged_quotes):
    text = (
        "Die rote Fassung: Bis zum Beginn des Gipfels habe es eine gemeinsame "
        "Regierungsposition gegeben. Diese Variante sei vereinbart gewesen."
    )
    quotes = tagged_quotes(text)
    assert quotes  # the account is reported speech, whose the label leaves open
    assert [q.speaker for q in quotes] == [None] * len(quotes)


@pytest.mark.parametrize(
    ("name", "pronoun"),
    [
        ("Fall", "er"),  # a surname that is also a noun, standing without an article
        ("der Diplomat", "er"),  # a title of the entity layer's list
        ("der 38-Jährige", "er"),  # an age noun
    ],
)
def test_an_unlinked_pronoun_may_stand_for_such_a_speaker(name, pronoun):
    assert _agrees_by_words(frozenset({"m"}), name)


@pytest.mark.parametrize(
    "name",
    [
        "Menschen",  # a bare plural is no name
        "Angaben der Polizei",  # a thing, with its article or attribute
        "der Bericht",
    ],
)
def test_things_and_plurals_stay_no_person(name):
    assert not _agrees_by_words(frozenset({"m", "f"}), name)


def test_er_after_a_surname_that_is_a_noun_takes_that_speaker(find_quotes):
    text = (
        "Das sei unvorstellbar, sagte Fall. Er betonte zugleich, die Entscheidung liege "
        "bei den Staaten."
    )
    quotes = find_quotes(text)
    assert [q.speaker.name for q in quotes if q.speaker is not None][-1] == "Fall"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Der Einsatz sei gefährlich gewesen, sagte einer der 13 beteiligten Feuerwehrmänner.",
            "einer der 13 beteiligten Feuerwehrmänner",
        ),
        (
            "15 weitere Abgeordnete erklärten, sie seien gegen den Sparkatalog.",
            "15 weitere Abgeordnete",
        ),
        (
            "15 weitere  Syriza-Abgeordnete erklärten, sie seien gegen den Sparkatalog.",
            "15 weitere  Syriza-Abgeordnete",
        ),
        ("G29 fordert, dass alle Prozesse einfach zu verstehen seien.", "G29"),
        ("Das Gerät komme im Herbst, berichtete 9to5Mac.", "9to5Mac"),
    ],
)
def test_speaker_phrases_with_numbers(tagged_quotes, text, speaker):
    quotes = tagged_quotes(text)
    assert [speaker_text(text, q) for q in quotes] == [speaker]


def test_a_number_of_things_opens_no_speaker_phrase(tagged_quotes):
    text = "465 Fälle wurden gemeldet, hieß es."
    assert all(
        speaker_text(text, q) is None or not speaker_text(text, q).startswith("465")  # type: ignore[union-attr]
        for q in tagged_quotes(text)
    )


@pytest.mark.parametrize("word", ["Gouverneur", "OeNB-Gouverneur", "Klubobmann", "Obfrau"])
def test_roles_the_entity_layer_knows(word):
    assert is_role(word)
