from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from lagebild.model import Entity, Place
from lagebild.pipeline import register_extensions
from lagebild.places.component import PlaceFinder
from lagebild.readers.document import Document


@pytest.fixture(scope="session")
def place_finder() -> PlaceFinder:
    return PlaceFinder()


@pytest.fixture(scope="session")
def blank_nlp() -> Language:
    register_extensions()
    return spacy.blank("de")


@pytest.fixture
def places_in(
    blank_nlp: Language, place_finder: PlaceFinder
) -> Callable[..., tuple[list[Place], str | None]]:
    """Places and focus country of a text, without tagger, with optional entities."""

    def run(text: str, entities: list[Entity] | None = None) -> tuple[list[Place], str | None]:
        doc: Doc = blank_nlp.make_doc(text)
        doc._.document = Document(id="test", text=text, published="2022-01-12")
        doc._.entities = entities or []
        doc = place_finder(doc)
        return doc._.places, doc._.focus_country

    return run
