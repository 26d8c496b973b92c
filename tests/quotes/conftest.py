"""Pipelines for the quote rules: a minimal one (sentences, no tagger, no entities), whose
tests exercise the fallbacks (Konjunktiv list, name chunker), and the real pipeline up to
quotes, for the rules that read tags, morphology and entities."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy

from lagebild.model import Quote
from lagebild.pipeline import Analyzer, build_pipeline, register_extensions
from lagebild.quotes.component import QuoteFinder
from lagebild.readers.document import Document


@pytest.fixture(scope="session")
def find_quotes() -> Callable[[str], list[Quote]]:
    register_extensions()
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    finder = QuoteFinder()

    def run(text: str) -> list[Quote]:
        doc = nlp(text)
        doc._.entities = []
        return finder.find(doc)

    return run


@pytest.fixture(scope="module")
def tagged_quotes() -> Callable[[str], list[Quote]]:
    """The real pipeline up to quotes (one per test module, so each starts with cold word
    caches): these rules read tags, morphology and entities."""
    analyzer = Analyzer(build_pipeline(upto="lagebild_quotes"))

    def run(text: str) -> list[Quote]:
        return analyzer.analyze(Document(id="t", text=text)).quotes

    return run
