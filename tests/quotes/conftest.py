"""A minimal pipeline for the quote rules: sentences, no tagger, no entities.

The tests exercise the fallbacks (Konjunktiv list, name chunker); the seed test runs the
full pipeline.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy

from lagebild.model import Quote
from lagebild.pipeline import register_extensions
from lagebild.quotes.component import QuoteFinder


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
