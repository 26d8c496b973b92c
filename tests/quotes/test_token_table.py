"""The per-Doc token table of the quote rules: the same texts, tags, parts of speech, offsets
and spacing as the Token objects, kept for the stage and dropped after it; the chunker's
index tests answer as its Token tests."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from lagebild.pipeline import register_extensions
from lagebild.quotes.chunks import (
    adjective_like,
    adjective_like_at,
    capitalised_at,
    determiner_at,
    is_capitalised,
    is_determiner,
    is_name_apostrophe,
    is_nominal,
    is_pronoun,
    is_speech_form,
    name_apostrophe_at,
    nominal_at,
    pronoun_at,
    speech_form_at,
)
from lagebild.quotes.component import QuoteFinder
from lagebild.quotes.readings import drop_readings
from lagebild.quotes.token_table import TABLE_KEY, token_table

WORDS = ["Die", "taz", "und", "Peter", "O", "’", "Leary", "sagten", ",", "die", "neue",
         "n-tv", "39-Jährige", "sei", "da", "."]  # fmt: skip
SPACES = [True, True, True, True, False, False, True, False, True, True, True, True, True,
          True, False, False]  # fmt: skip
TAGS = ["ART", "NE", "KON", "NE", "NE", "$(", "NE", "VVFIN", "$,", "ART", "ADJA", "", "NN",
        "VAFIN", "ADV", "$."]  # fmt: skip
POS = ["DET", "PROPN", "CCONJ", "PROPN", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT", "DET",
       "ADJ", "", "NOUN", "AUX", "ADV", "PUNCT"]  # fmt: skip


def _doc() -> Doc:
    return Doc(Vocab(), words=WORDS, spaces=SPACES, tags=TAGS, pos=POS)


def test_table_holds_the_token_attributes() -> None:
    doc = _doc()
    table = token_table(doc)
    assert table.words == [t.text for t in doc]
    assert table.lower == [t.text.lower() for t in doc]
    assert table.tags == [t.tag_ for t in doc]
    assert [bool(pos) for pos in table.pos] == [bool(t.pos_) for t in doc]
    assert table.offsets == [t.idx for t in doc]
    assert [table.end_char(i) for i in range(len(doc))] == [t.idx + len(t) for t in doc]
    assert [table.spaced(i) for i in range(len(doc) - 1)] == [bool(t.whitespace_) for t in doc[:-1]]


def test_index_tests_answer_as_the_token_tests() -> None:
    doc = _doc()
    table = token_table(doc)
    for i, token in enumerate(doc):
        assert determiner_at(table, i) == is_determiner(token)
        assert pronoun_at(table, i) == is_pronoun(token)
        assert capitalised_at(table, i) == is_capitalised(token)
        assert speech_form_at(table, i) == is_speech_form(token)
        assert nominal_at(table, i) == is_nominal(token)
        assert nominal_at(table, i) == is_nominal(token)  # the kept answer
        assert name_apostrophe_at(table, i) == is_name_apostrophe(doc, i)
        assert adjective_like_at(table, i, len(doc)) == adjective_like(doc, i, len(doc))
    assert capitalised_at(table, 1)  # "taz": a lower-case name the tagger knows
    assert name_apostrophe_at(table, 5)  # "O’Leary"


def test_table_is_made_once_and_dropped_with_the_readings() -> None:
    doc = _doc()
    assert token_table(doc) is token_table(doc)
    drop_readings(doc)
    assert TABLE_KEY not in doc.user_data


def test_quote_stage_leaves_no_table_behind() -> None:
    register_extensions()
    doc = _doc()
    doc._.entities = []
    QuoteFinder().find(doc)
    assert TABLE_KEY not in doc.user_data
