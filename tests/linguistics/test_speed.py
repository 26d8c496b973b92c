from __future__ import annotations

import time

import pytest
from spacy.language import Language

from lagebild.paths import shared_dir


def test_seed_article_is_fast(linguistics_nlp: Language) -> None:
    shared = shared_dir()
    if shared is None:
        pytest.skip("shared data not available")
    from lagebild.pipeline import Analyzer
    from lagebild.readers.document import Document

    text = (shared / "seed" / "000_520c29f28ee48caa.txt").read_text(encoding="utf-8")
    analyzer = Analyzer(linguistics_nlp)
    analyzer.annotate(Document(id="seed", text=text))
    start = time.perf_counter()
    analyzer.annotate(Document(id="seed", text=text))
    assert time.perf_counter() - start < 0.3
