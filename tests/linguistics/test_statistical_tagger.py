from __future__ import annotations

import numpy
import pytest
from spacy.language import Language
from spacy.tokens import Doc

from lagebild.linguistics.hanta_fast import FastHanoverTagger
from lagebild.linguistics.statistical import MODEL_DIR, StatisticalTagger
from lagebild.linguistics.tagger import HANTA_MODEL
from lagebild.model import Paragraph, Structure
from lagebild.pipeline import build_pipeline


@pytest.fixture(scope="module")
def hanta() -> FastHanoverTagger:
    return FastHanoverTagger(HANTA_MODEL)


@pytest.fixture(scope="module")
def statistical_nlp() -> Language:
    return build_pipeline(upto="lagebild_morphology", tagger="statistical")


def analyse(nlp: Language, text: str) -> Doc:
    doc = nlp.make_doc(text)
    doc._.structure = Structure(paragraphs=[Paragraph(start=0, end=len(text))])
    for name, proc in nlp.pipeline:
        if name != "lagebild_structure":
            doc = proc(doc)
    return doc


def test_unknown_tagger_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown tagger"):
        build_pipeline(upto="lagebild_tagger", tagger="perceptron")


def test_model_scores_hanta_tags_of_every_token(
    blank_nlp: Language, hanta: FastHanoverTagger
) -> None:
    tagger = StatisticalTagger(hanta, MODEL_DIR)
    doc = blank_nlp.make_doc("Der Minister sagte, er werde \n\n zurücktreten.")
    scores = tagger.log_probabilities(doc)
    assert scores.shape == (len(doc), len(tagger.numbers))
    assert numpy.allclose(numpy.exp(scores).sum(axis=1), 1.0)
    names = {number: name for name, number in hanta.tag2int.items()}
    best = [names[tagger.numbers[k]] for k in scores.argmax(axis=1)]
    assert best[:3] == ["ART", "NN", "VV(FIN)"]
    candidates = tagger.emissions(scores[2], False, cutoff=5.0)
    assert hanta.tag2int["VV(FIN)"] in candidates
    assert len(tagger.emissions(scores[2], False, cutoff=0.0)) == 1


def test_statistical_tags_keep_hanta_lemmas_and_konjunktiv(statistical_nlp: Language) -> None:
    doc = analyse(
        statistical_nlp,
        "Die Regierung habe die Gespräche abgebrochen, sagte der Sprecher am Montag. "
        "Die Opposition wies die Vorwürfe zurück.",
    )
    tokens = {t.text: t for t in doc}
    assert (tokens["habe"].tag_, tokens["habe"].lemma_) == ("VAFIN", "haben")
    assert tokens["habe"].morph.get("Mood") == ["Sub"]
    assert (tokens["abgebrochen"].tag_, tokens["abgebrochen"].lemma_) == ("VVPP", "abbrechen")
    assert tokens["Gespräche"].lemma_ == "Gespräch"
    assert tokens["wies"].lemma_ == "zurückweisen"
    assert tokens["wies"]._.hanta_morphemes


def test_sentence_search_takes_given_scores_for_words_hanta_lacks(
    hanta: FastHanoverTagger,
) -> None:
    sentence = ["Der", "Blorfingsgrunz", "schläft", "."]
    assert "blorfingsgrunz" not in hanta.cache
    for tag in ("NN", "NE"):
        number = hanta.tag2int[tag]
        found = hanta.tag_sent_viterbi(sentence, True, [{}, {number: 0.0}, {}, {}])
        # The unknown word takes the one tag offered; known words keep HanTa's lexicon tags.
        assert found[1] == number
        assert [found[0], found[3]] == [hanta.tag2int["ART"], hanta.tag2int["$."]]
