from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from lagebild.model import Paragraph, Structure
from lagebild.pipeline import build_pipeline, register_extensions


@pytest.fixture(scope="session")
def linguistics_nlp() -> Language:
    """structure -> sentences -> tagger -> morphology."""
    return build_pipeline(upto="lagebild_morphology")


@pytest.fixture(scope="session")
def blank_nlp() -> Language:
    register_extensions()
    return spacy.blank("de")


@pytest.fixture
def analyse(linguistics_nlp: Language) -> Callable[..., Doc]:
    """Run sentences, tagger and morphology on a text with a hand-built structure."""

    def run(text: str, structure: Structure | None = None) -> Doc:
        doc = linguistics_nlp.make_doc(text)
        doc._.structure = structure or Structure(paragraphs=[Paragraph(start=0, end=len(text))])
        for name, proc in linguistics_nlp.pipeline:
            if name != "lagebild_structure":
                doc = proc(doc)
        return doc

    return run
