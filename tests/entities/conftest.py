from __future__ import annotations

import pytest
import spacy

from lagebild.entities.candidates import tokens_of
from lagebild.entities.component import resolve_entities
from lagebild.model import Entity


@pytest.fixture(scope="session")
def entities_of():
    """Entities of a hand-built text, tokenised by spaCy's blank German (no tags)."""
    nlp = spacy.blank("de")

    def run(text: str) -> list[Entity]:
        doc = nlp(text)
        return resolve_entities(doc.text, tokens_of(doc))

    return run
