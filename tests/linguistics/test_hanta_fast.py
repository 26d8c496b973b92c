from __future__ import annotations

import pytest
from HanTa.HanoverTagger import HanoverTagger

from lagebild.linguistics.hanta_fast import FastHanoverTagger
from lagebild.linguistics.tagger import HANTA_MODEL

SENTENCES = [
    "Die USA haben Russland in Genf zur Deeskalation in der Ukraine-Krise aufgerufen .",
    "Der Sprecher sagte , die Regierung habe keine Pläne und werde die Sanktionen prüfen .",
    "Rjabkow räumte ein , dass die Gespräche schwierig gewesen seien .",
    "Die Bundesverteidigungsministerin wies die Vorwürfe des Oppositionsführers zurück .",
    "Xqzvbrt flimmerte über die Quarkelbrücke bei Gnarzhausen-Süd .",
    "Am 10. Januar 2022 zählten die Behörden 1.234 Tote .",
]
# Known words, compounds, names, unknown letter strings, short and hyphenated words.
WORDS = ["haben", "Ukraine-Krise", "Bundesverteidigungsministerin", "xqzvbrt", "zu", "3:1", "gnarz"]


@pytest.fixture(scope="module")
def taggers() -> tuple[HanoverTagger, FastHanoverTagger]:
    return HanoverTagger(HANTA_MODEL), FastHanoverTagger(HANTA_MODEL)


def test_sentences_tag_and_segment_as_hanta(
    taggers: tuple[HanoverTagger, FastHanoverTagger],
) -> None:
    hanta, fast = taggers
    for sentence in SENTENCES:
        words = sentence.split()
        assert fast.tag_sent(words, taglevel=3) == hanta.tag_sent(words, taglevel=3)


def test_word_analyses_equal_hanta(taggers: tuple[HanoverTagger, FastHanoverTagger]) -> None:
    hanta, fast = taggers
    for word in WORDS:
        expected = hanta.analyze_forward(word.lower())
        assert fast.analyze_forward(word.lower()) == expected
        for tag, _ in expected[:3]:
            assert fast.analyze_viterbi(word.lower(), -tag) == hanta.analyze_viterbi(
                word.lower(), -tag
            )


def test_unknown_word_gets_guessed_open_class_tags(
    taggers: tuple[HanoverTagger, FastHanoverTagger],
) -> None:
    _, fast = taggers
    tags = {fast.int2tag[tag] for tag, _ in fast.analyze_forward("quarkelbrücke")}
    assert "NN" in tags


def test_lemmas_equal_hanta(taggers: tuple[HanoverTagger, FastHanoverTagger]) -> None:
    """Every tag's lemma suffixes, on stems shorter and longer than the suffixes."""
    hanta, fast = taggers
    stems = ["hab", "geh", "ministerin", "gestanden", "ukraine-kris", "x", "ging", "schön"]
    for tag in [*hanta.tag2int, "VV(FIN)", "NN", "ADJA"]:
        for stem in stems:
            assert fast.makelemma([stem], tag) == hanta.makelemma([stem], tag), (stem, tag)


def test_stem_analyses_equal_hanta(taggers: tuple[HanoverTagger, FastHanoverTagger]) -> None:
    """Every word of the sentences, as each tag it may have (punctuation's atomic tags too)."""
    _, fast = taggers
    words = {word for sentence in SENTENCES for word in sentence.split()} | set(WORDS)
    for word in sorted(words):
        for tag, _ in fast._tag_word(word, cutoff=5):
            stem, morphemes, name = fast._analyze(word, tag, taglevel=3)
            assert fast.analyze_stem(word, tag) == (stem, tuple(morphemes), name), (word, tag)
