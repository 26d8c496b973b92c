"""Statistical named-entity recogniser (PER, ORG, LOC, MISC) shipped in ``model/``.

Trained by ``scripts/train_ner.py`` on DFKI SmartData v1 and GermEval 2014 dev (both
CC BY 4.0). :func:`predict_spans` takes a text, or a spaCy ``Doc`` whose tokens it reuses
(the model runs on a copy built from the Doc's words and spaces, so offsets are the same
as in ``doc.text`` and the lagebild tokenisation is never redone). After tagging, spans are
corrected by general name-writing rules (``rules.py``) and names tagged once are propagated
to their other occurrences in the text (``consistency.py``).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from lagebild.ner.rules import postprocess

MODEL_DIR = Path(__file__).with_name("model")

#: A labelled entity as character offsets into the text: (start, end, label).
CharSpan = tuple[int, int, str]


@cache
def load_ner() -> Language:
    """The shipped NER pipeline (tok2vec + ner), loaded once from the package folder."""
    return spacy.load(MODEL_DIR)


def predict_spans(text_or_doc: str | Doc) -> list[CharSpan]:
    """Entity spans (start, end, label) in character offsets, label in PER/ORG/LOC/MISC."""
    nlp = load_ner()
    if isinstance(text_or_doc, Doc):
        source = text_or_doc
        words = [token.text for token in source]
        spaces = [bool(token.whitespace_) for token in source]
        doc = nlp(Doc(nlp.vocab, words=words, spaces=spaces))
    else:
        doc = nlp(text_or_doc)
    postprocess(doc)
    return [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]


def predict_entity_spans(doc: Doc) -> list[Span]:
    """The predictions as labelled spans of ``doc`` itself (its tokens are reused)."""
    spans = (doc.char_span(start, end, label=label) for start, end, label in predict_spans(doc))
    return [span for span in spans if span is not None]
