"""Named entities, within-article resolution and actor codes."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component(
    "lagebild_entities",
    requires=['token.tag'],
    assigns=['doc._.entities'],
)
def find_entities(doc: Doc) -> Doc:
    # Placeholder until the component is implemented.
    doc._.entities = []
    return doc
