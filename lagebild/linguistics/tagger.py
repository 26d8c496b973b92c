"""Part of speech and lemmas for German."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component(
    "lagebild_tagger",
    requires=['token.is_sent_start'],
    assigns=['token.tag', 'token.pos', 'token.lemma'],
)
def tag_tokens(doc: Doc) -> Doc:
    # Placeholder until the component is implemented.
    for token in doc:
        token.lemma_ = token.text
    return doc
