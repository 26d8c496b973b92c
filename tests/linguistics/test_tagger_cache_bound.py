"""The tagger's word caches take their bound from the factory config (``max_cached_words``)."""

from __future__ import annotations

from lagebild.linguistics.tagger import DEFAULT_CACHED_WORDS, GermanTagger
from lagebild.pipeline import build_pipeline
from lagebild.readers.document import Document

TEXT = (
    "Die Stadtverwaltung kündigte gestern neue Radwege, breitere Gehwege und zusätzliche "
    "Ladestationen an. Der Bürgermeister lobte die Pläne, die Opposition kritisierte Kosten."
)


def test_small_bound_caps_every_word_cache() -> None:
    nlp = build_pipeline(upto="lagebild_tagger", tagger_cached_words=3)
    tagger = nlp.get_pipe("lagebild_tagger")
    assert isinstance(tagger, GermanTagger)
    doc = nlp.make_doc(TEXT)
    doc._.document = Document(id="cache-bound", text=TEXT)
    for _, component in nlp.pipeline:
        doc = component(doc)
    assert all(token.tag_ for token in doc)  # tagging still works past the bound
    assert 0 < len(tagger.hanta.word_candidates) <= 3
    # Successor lists are per state of the fixed model, not per word.
    assert len(tagger.hanta.word_successor_info) <= len(tagger.hanta.LP_trans_word)
    assert tagger.hanta.unknown_words is not None
    assert len(tagger.hanta.unknown_words.heads) <= 3
    assert tagger.word_analysis.cache_info().maxsize == 12
    assert tagger.make_lemma.cache_info().maxsize == 6


def test_default_bound_is_unchanged() -> None:
    nlp = build_pipeline(upto="lagebild_tagger")
    tagger = nlp.get_pipe("lagebild_tagger")
    assert tagger.hanta.max_cached_words == DEFAULT_CACHED_WORDS == 50_000
    assert tagger.word_analysis.cache_info().maxsize == 200_000
