from __future__ import annotations

import pytest
from spacy.tokens import Doc

from lagebild.linguistics.hanta_fast import FastHanoverTagger
from lagebild.linguistics.tagger import HANTA_MODEL, GermanTagger
from lagebild.linguistics.unknown_words import number_shape
from lagebild.linguistics.word_table import TABLE_PATH, WordTable

needs_table = pytest.mark.skipif(not TABLE_PATH.is_file(), reason="word table not built")


@pytest.fixture(scope="module")
def tagger() -> FastHanoverTagger:
    return FastHanoverTagger(HANTA_MODEL, word_table=WordTable(), unknown_words=True)


def tag(text: str, unknown_words: bool = True) -> list[tuple[str, str, str]]:
    from lagebild.pipeline import build_pipeline

    doc: Doc = build_pipeline(upto="lagebild_sentences")(text)
    GermanTagger(unknown_words=unknown_words)(doc)
    return [(t.text, t.tag_, t.lemma_) for t in doc if not t.is_space]


def test_numbers_take_the_shape_of_their_digits() -> None:
    assert number_shape("19.1.2016") == "00.0.0000"
    assert number_shape("2:1") == "0:0"
    assert number_shape("G7") is None
    assert number_shape("Bundesliga") is None
    assert number_shape("--") is None


@needs_table
def test_a_compound_takes_the_scores_of_its_known_nominal_head(
    tagger: FastHanoverTagger,
) -> None:
    unknown = tagger.unknown_words
    assert unknown is not None
    assert "kunststoffabfälle" not in tagger.cache
    head = unknown.head("kunststoffabfälle")
    assert head is not None and head[:2] == (10, "abfälle")
    assert unknown.scores("kunststoffabfälle", "Kunststoffabfälle", True) == head[2]
    # The head's letter case counts where the sentence search heeds it: "Sorgen" is a noun.
    assert unknown.scores("abwehrsorgen", "Abwehrsorgen", True) is not None
    assert unknown.scores("iphone-verkaufszahlen", "iPhone-Verkaufszahlen", True) is not None
    # A name without a known ending keeps HanTa's own search.
    assert unknown.head("lindelöf") is None


@needs_table
def test_verb_endings_do_not_stand_for_a_word(tagger: FastHanoverTagger) -> None:
    unknown = tagger.unknown_words
    assert unknown is not None
    # Particles and "zu" matter to the morphology; sentence-initial capitals are no noun sign.
    assert unknown.scores("abzuschieben", "abzuschieben", True) is None
    assert unknown.scores("abzuschieben", "Abzuschieben", False) is None
    assert unknown.segmentation("abzuschieben", -tagger.tag2int["VV(IZU)"]) is None


@needs_table
def test_a_lower_case_word_takes_only_an_adjective_head(tagger: FastHanoverTagger) -> None:
    unknown = tagger.unknown_words
    assert unknown is not None
    assert unknown.scores("kunststoffabfälle", "kunststoffabfälle", True) is None
    assert unknown.scores("betriebsübliche", "betriebsübliche", True) is not None


@needs_table
def test_a_hyphenated_compound_is_segmented_before_its_head(
    tagger: FastHanoverTagger,
) -> None:
    unknown = tagger.unknown_words
    assert unknown is not None
    noun = tagger.tag2int["NN"]
    segmentation = unknown.segmentation("ukraine-krise", -noun)
    assert segmentation == [(noun, 7), (tagger.tag2int["HYPHEN"], 8), (noun, 13), (-noun, 14)]


@needs_table
def test_compounds_and_numbers_get_tags_and_lemmas() -> None:
    tokens = tag(
        "Die Kunststoffabfälle der Flüchtlingsunterkunft in der Ukraine-Krise "
        "wurden am 19.1.2016 gezählt, sagte die abschließende Sitzung der 34-jährigen Chefin."
    )
    analyses = {text: (stts, lemma) for text, stts, lemma in tokens}
    assert analyses["Kunststoffabfälle"] == ("NN", "Kunststoffabfall")
    assert analyses["Flüchtlingsunterkunft"] == ("NN", "Flüchtlingsunterkunft")
    assert analyses["Ukraine-Krise"] == ("NN", "Ukraine-Krise")
    assert analyses["19.1.2016"] == ("CARD", "19.1.2016")
    assert analyses["abschließende"] == ("ADJA", "abschließend")
    assert analyses["34-jährigen"] == ("ADJA", "34-jährig")


@needs_table
def test_words_the_table_knows_are_tagged_as_without_unknown_word_analyses() -> None:
    text = "Die Regierung beschloss am Dienstag neue Sanktionen gegen Russland."
    assert tag(text) == tag(text, unknown_words=False)


@needs_table
def test_a_lower_case_word_the_lexicon_knows_only_as_a_noun_is_read_otherwise() -> None:
    tokens = tag("Als Kämpfer die Stadt einnahmen, töteten sie viele Zivilisten.")
    analyses = {text: (stts, lemma) for text, stts, lemma in tokens}
    assert analyses["einnahmen"] == ("VVFIN", "einnehmen")
    # ... and the clause it ends is then seen to be verb-final.
    assert analyses["Als"][0] == "KOUS"
    assert dict((t, s) for t, s, _ in tag("Die Einnahmen stiegen."))["Einnahmen"] == "NN"
    # HanTa alone reads it as the noun "Einnahmen".
    text = "Als Kämpfer die Stadt einnahmen, töteten sie viele Zivilisten."
    assert tag(text, unknown_words=False)[4][1] == "NN"
