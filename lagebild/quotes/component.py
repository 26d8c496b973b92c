"""Quotes, reported speech and speaker attribution."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component(
    "lagebild_quotes",
    requires=['doc._.entities', 'token.morph'],
    assigns=['doc._.quotes'],
)
def find_quotes(doc: Doc) -> Doc:
    # Placeholder until the component is implemented.
    doc._.quotes = []
    return doc
