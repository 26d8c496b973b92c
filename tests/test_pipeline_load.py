"""Loading the pipeline pauses the cyclic garbage collector and leaves it as it found it; the
loaded models are frozen out of its reach, and thawed when a pipeline is built again; the
tokenizer remembers more chunks."""

from __future__ import annotations

import gc
import weakref

import pytest

from lagebild.pipeline import (
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
    # (the tagger holds caches of its own bound methods: a reference cycle)
    first = build_pipeline(upto="lagebild_tagger")
    first_tagger = weakref.ref(first.get_pipe("lagebild_tagger"))
    del first
    build_pipeline(upto="lagebild_tagger")
    assert first_tagger() is None


def test_the_tokenizer_remembers_many_chunks():
    # spaCy's default (10,000 chunks) is full after a few dozen news articles
    nlp = build_pipeline(upto="lagebild_structure")
    assert nlp.tokenizer.max_cache_size == TOKENIZER_CACHED_CHUNKS > 10_000
