"""The matcher skips capitalised words no name can begin with; what it must still try."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from lagebild.places.component import PlaceFinder, _common_word_starts
from lagebild.places.gazetteer import HANDMADE, Candidate, Gazetteer
from lagebild.places.matcher import find_names


def _gazetteer(*keys: str) -> Gazetteer:
    by_key = {key: (Candidate(key.strip(), "XX", 0.0, 0.0, "city", 0, HANDMADE),) for key in keys}
    return Gazetteer(by_key=by_key, max_words=3, iso3_to_iso2={})


def _found(text: str, gazetteer: Gazetteer) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.base) for f in find_names(text, gazetteer)]


def test_words_joined_by_a_dot_are_tried_though_no_name_begins_with_the_first() -> None:
    # "D" is no key and begins none; the key of "D.C" is "DC"
    assert _found("Er flog nach D.C und zurück.", _gazetteer("DC")) == [("D.C", "D.C")]


def test_a_stripped_ending_after_a_short_last_word_reaches_the_gap() -> None:
    # the "s" of "Foo. s" goes as a genitive ending, leaving "Foo. ", looked up as "Foo"
    assert _found("Aus Foo. s Haus", _gazetteer("Foo")) == [("Foo. s", "Foo. ")]
    # after a plain space the key keeps the space: "Bar s" -> "Bar "
    assert _found("Aus Bar s Haus", _gazetteer("Bar ")) == [("Bar s", "Bar ")]


def test_words_of_no_name_are_skipped_between_names() -> None:
    text = "Die Regierung in Genf und die Kiewer Regierung trafen Vertreter aus Den Haag."
    gazetteer = _gazetteer("Genf", "Kiew", "Den Haag")
    assert _found(text, gazetteer) == [
        ("Genf", "Genf"),
        ("Kiewer", "Kiew"),
        ("Den Haag", "Den Haag"),
    ]


def test_common_word_starts_skip_untagged_words_and_names(blank_nlp: Language) -> None:
    words = ["Berlin", "Bau", "Aileu", ".", "Foo"]
    doc = Doc(blank_nlp.vocab, words=words, tags=["NE", "NN", "NN", "$.", "ADV"])
    doc[4].tag_ = ""  # no tag: no reading of the tagger's to overrule the gazetteer
    starts = {token.text for token in doc if token.idx in _common_word_starts(doc)}
    assert starts == {"Bau"}


def test_common_word_starts_answer_only_at_a_word_start(blank_nlp: Language) -> None:
    # asked for single offsets: inside "Bau" or past the text, no word starts
    doc = Doc(blank_nlp.vocab, words=["der", "Bau", "wächst"], tags=["ART", "NN", "VVFIN"])
    starts = _common_word_starts(doc)
    bau = doc[1].idx
    assert bau in starts
    assert bau + 1 not in starts
    assert len(doc.text) + 5 not in starts
    assert doc[0].idx not in starts  # lower case: no name word


def test_the_gazetteer_knows_what_it_looks_up(place_finder: PlaceFinder) -> None:
    gazetteer = place_finder.gazetteer
    # hand-made, a country, a GeoNames city only, a city's alternate name, a key with marks
    for word in ("Genf", "Frankreich", "Traiskirchen", "Bombay", "Washington, D.C.", "Regierung"):
        assert gazetteer.knows(word) == bool(gazetteer.lookup(word)), word
    assert gazetteer.knows("Genf") and not gazetteer.knows("Regierung")
