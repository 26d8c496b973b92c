"""Which search the tagger runs: the compiled extension, where it is built, or the Python one.

The extension :mod:`lagebild.linguistics._hanta_search` (Cython, built by ``setup.py``) is
optional: an install without a C compiler runs the same searches in Python
(:mod:`lagebild.linguistics.hanta_fast`), with the same results, slower.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from HanTa.HanoverTagger import EMPTY, END, START

from lagebild.compiled_modules import extensions_switched_off

if TYPE_CHECKING:
    from lagebild.linguistics.hanta_fast import FastHanoverTagger


def compiled_searches() -> Any | None:
    """The compiled extension module, or None where it is not built (an install without a
    C compiler) or is switched off by ``LAGEBILD_NO_EXTENSIONS=1``."""
    if extensions_switched_off():
        return None
    try:
        # Imported by name: where mypyc compiles this module, ``from lagebild.linguistics
        # import _hanta_search`` reads the package's attribute and misses the submodule.
        return importlib.import_module("lagebild.linguistics._hanta_search")
    except ImportError:
        return None


def compiled_sentence_search(
    word_transitions: dict[tuple[int, int], dict[int, float]],
) -> Any | None:
    """The compiled sentence search over HanTa's word transitions, or None (see
    :func:`compiled_searches`)."""
    module = compiled_searches()
    return module.SentenceSearch(word_transitions, EMPTY, START, END) if module else None


def compiled_morpheme_search(tagger: FastHanoverTagger) -> Any | None:
    """The compiled morpheme search over the tagger's model, or None (see
    :func:`compiled_searches`)."""
    module = compiled_searches()
    if module is None:
        return None
    return module.MorphemeSearch(
        tagger.LP_trans_nonfinal,
        tagger.LP_trans_final,
        tagger.morpheme_index,
        tagger.guessable,
        tagger.ending_scores,
        tagger.reachability,
        tagger.max_cached_endings,
        EMPTY,
        START,
    )
