"""Places with coordinates."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component(
    "lagebild_places",
    requires=['doc._.entities'],
    assigns=['doc._.places', 'doc._.focus_country'],
)
def find_places(doc: Doc) -> Doc:
    # Placeholder until the component is implemented.
    doc._.places = []
    return doc
