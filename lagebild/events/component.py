"""Political events coded in PLOVER."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component(
    "lagebild_events",
    requires=['doc._.entities', 'doc._.quotes'],
    assigns=['doc._.events'],
)
def code_events(doc: Doc) -> Doc:
    # Placeholder until the component is implemented.
    doc._.events = []
    return doc
