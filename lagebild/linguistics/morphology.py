"""Verb mood (Konjunktiv I/II) and separable verbs reunited."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component(
    "lagebild_morphology",
    requires=['token.tag'],
    assigns=['token.morph', 'token.lemma'],
)
def mark_morphology(doc: Doc) -> Doc:
    # Placeholder until the component is implemented.
    pass
    return doc
