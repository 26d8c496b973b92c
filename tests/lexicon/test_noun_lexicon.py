"""The shipped noun lexicon: contents and load time."""

from __future__ import annotations

import time

from lagebild import lexicon


def test_common_nouns_and_names():
    assert lexicon.is_common_noun("Regierung")
    assert lexicon.is_common_noun("regierungen")
    assert lexicon.is_common_noun("Koch")  # a surname, but a common noun too
    assert lexicon.is_plain_common_noun("Regierung")
    assert not lexicon.is_plain_common_noun("Koch")
    assert not lexicon.is_common_noun("Stoltenberg")
    assert "regierung" in lexicon.common_nouns()


def test_genera_and_first_names():
    assert lexicon.noun_genera()["Rat"] == "m"
    assert lexicon.noun_genera()["Kommission"] == "f"
    assert "Aaron" in lexicon.wiktionary_first_names()


def test_loads_fast():
    lexicon._noun_forms.cache_clear()
    lexicon._lemma_groups.cache_clear()
    start = time.perf_counter()
    lexicon.preload()
    # the target is < 0.3 s; the bound leaves room for a busy test machine
    assert time.perf_counter() - start < 1.5
