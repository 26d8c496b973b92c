"""Span corrections of ``lagebild.ner.rules`` on hand-built docs with a hand-built lexicon."""

from __future__ import annotations

import numpy
import spacy
from spacy.tokens import Doc, Span
from spacy.vectors import Vectors

from lagebild.ner.gazetteer import FEATURES
from lagebild.ner.rules import Lexicon, correct_entities

WORDS: dict[str, tuple[str, ...]] = {
    "Rasmus": ("first_name",),
    "Daniel": ("first_name",),
    "Peter": ("first_name",),
    "Max": ("first_name",),
    "Salman": ("first_name",),
    "Am": ("first_name",),
    "Berlin": ("place",),
    "Ortsbrandmeister": ("common_noun",),
    "Institut": ("common_noun",),
    "Hilfe": ("common_noun",),
    "Jordan": ("first_name", "country"),
}


def _nlp() -> spacy.language.Language:
    nlp = spacy.blank("de")
    rows = numpy.zeros((len(WORDS), len(FEATURES)), dtype="float32")
    vectors = Vectors(data=rows, keys=[], name="test_gazetteer")
    for row, (word, features) in enumerate(WORDS.items()):
        for feature in features:
            rows[row, FEATURES.index(feature)] = 1.0
        vectors.add(nlp.vocab.strings.add(word), row=row)
    nlp.vocab.vectors = vectors
    return nlp


def _corrected(text: str, entities: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    doc = _nlp()(text)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in entities]
    correct_entities(doc)
    return [(ent.text, ent.label_) for ent in doc.ents]


def test_lexicon_reads_the_vector_table() -> None:
    lexicon = Lexicon(_nlp().vocab)
    assert lexicon.is_first_name("Rasmus")
    assert not lexicon.is_first_name("Jordan")  # also a country
    assert lexicon.is_plain_common_noun("Institut")
    assert not lexicon.is_plain_common_noun("Rasmus")
    assert lexicon.features("Unbekannt") == frozenset()


def test_span_is_cut_at_line_break() -> None:
    text = "Von Daniel Eckert\nDaniel Eckert schreibt"
    doc = _nlp()(text)
    assert [token.text for token in doc][:6] == [
        "Von",
        "Daniel",
        "Eckert",
        "\n",
        "Daniel",
        "Eckert",
    ]
    assert _corrected(text, [(1, 6, "PER")]) == [("Daniel Eckert", "PER"), ("Daniel Eckert", "PER")]


def test_leading_date_and_trailing_preposition_are_trimmed() -> None:
    assert _corrected("Am 12.2.2016 Lermoos", [(1, 3, "ORG")]) == [("Lermoos", "ORG")]
    assert _corrected("Die Credit Suisse für alle", [(1, 4, "ORG")]) == [("Credit Suisse", "ORG")]
    assert _corrected("Nur 2016 .", [(1, 2, "LOC")]) == []


def test_first_name_and_unknown_surname_become_one_person() -> None:
    assert _corrected("Autor Rasmus Buchsteiner schreibt", [(1, 2, "LOC"), (2, 3, "LOC")]) == [
        ("Rasmus Buchsteiner", "PER")
    ]


def test_leading_role_noun_gives_way_to_the_person() -> None:
    text = "Dann kam Ortsbrandmeister Rasmus Wichmann an"
    assert _corrected(text, [(2, 5, "ORG")]) == [("Rasmus Wichmann", "PER")]


def test_longer_span_to_the_right_is_kept() -> None:
    text = "Das Max Planck Institut forscht"
    assert _corrected(text, [(1, 4, "ORG")]) == [("Max Planck Institut", "ORG")]


def test_name_particles_and_common_nouns() -> None:
    assert _corrected("Mit Salman bin Ibrahim al Chalifa sprach er", []) == [
        ("Salman bin Ibrahim al Chalifa", "PER")
    ]
    assert _corrected("Daniel Hilfe kam", []) == []  # a common noun is no surname
    assert _corrected("Jordan Hilfe kam", []) == []  # a country is no first name here


def test_stop_words_places_and_acronyms_end_no_person() -> None:
    assert _corrected("Am Montag kam er", []) == []  # "Am" is a first name too
    assert _corrected("Rasmus Schulz CDU sagt", []) == [("Rasmus Schulz", "PER")]
    assert _corrected("Rasmus Schulz Berlin sagt", []) == [("Rasmus Schulz", "PER")]
    assert _corrected("Peter von Siemens sagt", []) == []  # German "von" is left out


def test_doc_without_entities_or_vectors_is_left_alone() -> None:
    doc = Doc(spacy.blank("de").vocab, words=["Rasmus", "Buchsteiner"])
    assert list(correct_entities(doc).ents) == []
