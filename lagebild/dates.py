"""Time expressions resolved against the publication date."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component(
    "lagebild_dates",
    requires=['token.tag'],
    assigns=['doc._.dates'],
)
def find_dates(doc: Doc) -> Doc:
    # Placeholder until the component is implemented.
    doc._.dates = []
    return doc
