"""Loading the pipeline pauses the cyclic garbage collector and leaves it as it found it."""

from __future__ import annotations

import gc

import pytest

from lagebild.pipeline import build_pipeline, collector_paused


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


def test_a_built_pipeline_is_collectable():
    # frozen objects (gc.freeze) would keep a discarded pipeline's cycles alive forever
    build_pipeline(upto="lagebild_structure")
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
