"""Which capitalised words count as common nouns for the place matcher: the tagger's "NN"
only where the noun lexicon knows the word or a longer name goes on."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from lagebild.places.component import _common_word_starts


def _starts(nlp: Language, words: list[str], tags: list[str]) -> set[str]:
    doc = Doc(nlp.vocab, words=words, tags=tags)
    return {token.text for token in doc if token.idx in _common_word_starts(doc)}


def test_unknown_word_tagged_as_noun_stays_a_name(blank_nlp: Language) -> None:
    words = ["Lager", "im", "benachbarten", "Aileu", "."]
    tags = ["NN", "APPRART", "ADJA", "NN", "$."]
    assert _starts(blank_nlp, words, tags) == {"Lager"}


def test_known_noun_is_common(blank_nlp: Language) -> None:
    assert _starts(blank_nlp, ["im", "Bau", "."], ["APPRART", "NN", "$."]) == {"Bau"}


def test_unknown_word_before_a_capitalised_word_is_common(blank_nlp: Language) -> None:
    words = ["bei", "den", "Golden", "State", "Warriors"]
    tags = ["APPR", "ART", "NN", "NE", "NE"]
    assert _starts(blank_nlp, words, tags) == {"Golden"}


def test_other_tags_stay_common(blank_nlp: Language) -> None:
    assert _starts(blank_nlp, ["Deutsche", "Bank"], ["ADJA", "NN"]) == {"Deutsche", "Bank"}
