"""Article structure: paragraphs, subheadings, captions and repaired breaks."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component(
    "lagebild_structure",
    requires=[],
    assigns=['doc._.structure'],
)
def mark_structure(doc: Doc) -> Doc:
    # Placeholder until the component is implemented.
    from lagebild.model import Paragraph, Structure

    doc._.structure = Structure(paragraphs=[Paragraph(start=0, end=len(doc.text))])
    return doc
