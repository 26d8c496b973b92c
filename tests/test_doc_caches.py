"""The per-Doc reads the stages share (text, token texts, offsets, tags, lemmas) equal
spaCy's own."""

from __future__ import annotations

import numpy
import spacy
from spacy.attrs import LEMMA, TAG

from lagebild.entities.candidates import tokens_of
from lagebild.pipeline import doc_offsets, doc_strings, doc_text, doc_words

TEXTS = [
    "",
    "Wort",
    "Der Minister sagte am Montag:  „Wir bleiben.“\n\nNeuer Absatz – mit 3,5 % mehr 😀.",
    "  Leerzeichen am Anfang.\tTab und\r\nZeilenende ",
]


def test_doc_reads_equal_the_token_attributes() -> None:
    nlp = spacy.blank("de")
    for text in TEXTS:
        doc = nlp(text)
        assert doc_text(doc) == doc.text
        assert doc_words(doc) == [token.text for token in doc]
        assert doc_offsets(doc) == [token.idx for token in doc]
        # read twice: the kept copy is the same
        assert doc_words(doc) == [token.text for token in doc]


def test_entity_tokens_carry_text_offsets_tags_and_sentences() -> None:
    nlp = spacy.blank("de")
    doc = nlp("Merkel reist ab. Sie kommt  zurück.")
    doc[0].tag_ = "NE"
    for token in doc:
        token.is_sent_start = token.i in (0, 4)
    tokens = tokens_of(doc)
    assert [(t.text, t.start, t.end, t.tag, t.sent) for t in tokens] == [
        (token.text, token.idx, token.idx + len(token.text), token.tag_, sentence)
        for sentence, sent in enumerate(doc.sents)
        for token in sent
    ]
    assert tokens[0].tag == "NE" and tokens[1].tag == ""
    untagged = tokens_of(nlp("Ohne Sätze"))
    assert [t.sent for t in untagged] == [-1, -1]


def test_doc_strings_are_read_anew_where_the_hashes_changed() -> None:
    nlp = spacy.blank("de")
    doc = nlp("Merkel reist ab.")
    assert doc_strings(doc, TAG) == ["", "", "", ""]
    tags = doc_strings(doc, TAG)
    assert doc_strings(doc, TAG) is tags  # kept while no tag changed
    doc[0].tag_ = "NE"
    assert doc_strings(doc, TAG) == [token.tag_ for token in doc] == ["NE", "", "", ""]
    doc[1].lemma_ = "reisen"
    assert doc_strings(doc, LEMMA) == [token.lemma_ for token in doc] == ["", "reisen", "", ""]
    assert doc_strings(nlp(""), TAG) == []


def test_an_analyzer_doc_keeps_the_text_it_was_made_from() -> None:
    from lagebild.pipeline import TEXT_KEY, Analyzer
    from lagebild.readers.document import Document

    analyzer = Analyzer(spacy.blank("de"))
    for text in TEXTS:
        doc = analyzer.make_doc(Document(id="t", text=text))
        assert doc.user_data[TEXT_KEY] is text  # kept, not joined from the tokens
        assert doc_text(doc) == doc.text


def test_remembered_strings_are_what_doc_strings_reads() -> None:
    from lagebild.pipeline import remember_strings

    nlp = spacy.blank("de")
    doc = nlp("Merkel reist ab.")
    tags = ["NE", "VVFIN", "PTKVZ", "$."]
    doc.from_array([TAG], numpy.array([doc.vocab.strings.add(t) for t in tags], dtype="uint64"))
    remember_strings(doc, TAG, doc.to_array(TAG), tags)
    assert doc_strings(doc, TAG) is tags  # no look-up
    doc[0].tag_ = "NN"  # a later change is read anew
    assert doc_strings(doc, TAG) == ["NN", "VVFIN", "PTKVZ", "$."]
