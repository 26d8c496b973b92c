"""``sentence_words`` reads tokens from arrays and per-Doc caches instead of Token objects;
these tests hold it to what the Token objects say."""

from __future__ import annotations

from spacy.tokens import Doc

from lagebild.events.trigger_entries import lexicon_entries
from lagebild.events.words import DocTokens, Word, sentence_words
from lagebild.linguistics.morphology import PARTICLES_KEY, register_token_extensions


def _token_reading(doc: Doc) -> list[tuple]:
    return [
        (t.text, t.lemma_ or t.text, t.tag_, t.idx, t.idx + len(t.text))
        for t in doc
        if not t.is_space
    ]


def test_words_match_the_tokens_also_with_whitespace_tokens(kit) -> None:
    base = kit.tagged("Die/ART Lage/NN bleibt/VVFIN/bleiben ./$.")  # registers extensions
    words = ["Frankreich", "kritisiert", "\n", "Russland", ".", "Die", "Lage", "bleibt", "."]
    doc = Doc(
        base.vocab,
        words=words,
        spaces=[True, True, False, False, True, True, True, False, False],
        tags=["NE", "VVFIN", "_SP", "NE", "$.", "ART", "NN", "VVFIN", "$."],
        lemmas=["Frankreich", "kritisieren", "\n", "Russland", ".", "der", "", "bleiben", "."],
        sent_starts=[True, False, False, False, False, True, False, False, False],
    )
    found = [w for sentence in doc.sents for w in sentence_words(sentence)]
    assert [(w.text, w.lemma, w.tag, w.start, w.end) for w in found] == _token_reading(doc)
    assert [w.i for w in sentence_words(next(doc.sents))] == [0, 1, 2, 3]
    assert found[-3].lemma == "Lage"  # no lemma: the text stands in


def test_shared_doc_tokens_give_the_same_words(kit) -> None:
    doc = kit.tagged(
        "Frankreich/NE wies/VVFIN/weisen die/ART Kritik/NN zurück/PTKVZ ./$.",
        "Russland/NE protestierte/VVFIN/protestieren ./$.",
    )
    tokens = DocTokens.of(doc)
    for sentence in doc.sents:
        assert sentence_words(sentence, tokens) == sentence_words(sentence)


def test_particle_recorded_by_the_morphology_is_read(kit) -> None:
    register_token_extensions()
    # "an" is no PTKVZ here, so only the recorded particle can join it to the verb
    doc = kit.tagged("Russland/NE griff/VVFIN/greifen die/ART Ukraine/NE an/APPR ./$.")
    doc.user_data[PARTICLES_KEY] = {1: 4}
    assert doc[1]._.separable_particle == 4 and doc[4]._.particle_of == 1
    words = sentence_words(doc[:])
    assert words[1].particle == 4
    assert words[1].lemma == "angreifen"
    doc.user_data[PARTICLES_KEY] = {}
    assert sentence_words(doc[:])[1].particle is None


def test_particle_outside_the_sentence_is_ignored(kit) -> None:
    register_token_extensions()
    doc = kit.tagged("Russland/NE griff/VVFIN/greifen ./$.", "Dann/ADV an/PTKVZ ./$.")
    doc.user_data[PARTICLES_KEY] = {1: 4}
    first = sentence_words(next(doc.sents))
    assert first[1].particle is None and first[1].lemma == "greifen"


def test_lower_follows_the_text_also_in_copies() -> None:
    from dataclasses import replace

    word = Word(i=0, text="Russland", lemma="Russland", tag="NE", start=0, end=8)
    assert word.lower == "russland"
    assert replace(word, text="USA").lower == "usa"
    assert word == replace(word)


def test_words_of_other_parts_of_speech_trigger_nothing() -> None:
    noun = Word(i=0, text="Angriff", lemma="Angriff", tag="NN", start=0, end=7)
    assert lexicon_entries(noun)
    for tag in ("ART", "ADV", "APPR", "PPER", "$."):
        assert (
            lexicon_entries(Word(i=0, text="Angriff", lemma="Angriff", tag=tag, start=0, end=7))
            == ()
        )


def test_entries_depend_on_the_tag() -> None:
    noun = Word(i=0, text="Angriff", lemma="Angriff", tag="NN", start=0, end=7)
    name = Word(i=0, text="Angriff", lemma="Angriff", tag="NE", start=0, end=7)
    assert lexicon_entries(noun) and lexicon_entries(name) == ()
