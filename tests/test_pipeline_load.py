"""Loading the pipeline pauses the cyclic garbage collector and leaves it as it found it; the
loaded models are frozen out of its reach, and thawed when a pipeline is built again; the
tokenizer remembers more chunks; new words get only the lexical attributes lagebild reads."""

from __future__ import annotations

import gc
import weakref

import pytest

from lagebild.pipeline import (
    LEXEME_ATTRIBUTES_READ,
    TOKENIZER_CACHED_CHUNKS,
    build_pipeline,
    collector_paused,
)


def test_collector_is_paused_inside_and_restored_after():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_collector_stays_off_where_the_caller_turned_it_off():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_collector_is_restored_when_loading_fails():
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("a model failed to load")
    assert gc.isenabled()


def test_the_loaded_models_are_frozen():
    build_pipeline(upto="lagebild_structure")
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0


def test_a_dropped_pipeline_is_freed_by_the_next_build():
    # frozen objects are never collected: without the thaw, the first pipeline's reference
    # cycles would stay in memory for as long as the process runs
    # (the tagger holds caches of its own bound methods: a reference cycle). Watched through
    # the HanTa model it alone holds: compiled by mypyc, the tagger takes no weak reference.
    first = build_pipeline(upto="lagebild_tagger")
    first_model = weakref.ref(first.get_pipe("lagebild_tagger").hanta)
    del first
    build_pipeline(upto="lagebild_tagger")
    assert first_model() is None


def test_the_tokenizer_remembers_many_chunks():
    # spaCy's default (10,000 chunks) is full after a few dozen news articles
    nlp = build_pipeline(upto="lagebild_structure")
    assert nlp.tokenizer.max_cache_size == TOKENIZER_CACHED_CHUNKS > 10_000


def test_new_words_get_only_the_lexical_attributes_read():
    nlp = build_pipeline(upto="lagebild_structure")
    assert set(nlp.vocab.lex_attr_getters) == set(LEXEME_ATTRIBUTES_READ)
    doc = nlp.make_doc("Zwölfhundertzwanzig Wörterbuchmacherinnen , 17")
    assert [t.lower_ for t in doc] == ["zwölfhundertzwanzig", "wörterbuchmacherinnen", ",", "17"]
    assert [t.is_alpha for t in doc] == [True, True, False, False]
    assert [t.is_punct for t in doc] == [False, False, True, False]
    assert [t.like_num for t in doc] == [False, False, False, True]
    assert doc[1].shape_ == ""  # not computed: nothing reads it
