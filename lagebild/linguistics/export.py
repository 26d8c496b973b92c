"""Sentences and tokens of a Doc as public records."""

from __future__ import annotations

from spacy.tokens import Doc

from lagebild.model import Sentence, Token
from lagebild.pipeline import doc_text


def sentences_of(doc: Doc) -> list[Sentence]:
    sentences = []
    doc_string = doc_text(doc)  # ``sent.text`` would join the sentence's tokens anew
    for sent in doc.sents:
        text = doc_string[sent.start_char : sent.end_char]
        start = sent.start_char + (len(text) - len(text.lstrip()))
        end = sent.start_char + len(text.rstrip())
        if end > start:
            sentences.append(Sentence(start=start, end=end))
    return sentences


def tokens_of(doc: Doc) -> list[Token]:
    sentence_index = {}
    for i, sent in enumerate(doc.sents):
        for token in sent:
            sentence_index[token.i] = i
    return [
        Token(
            start=t.idx,
            end=t.idx + len(t.text),
            text=t.text,
            lemma=t.lemma_,
            pos=t.pos_,
            tag=t.tag_,
            morph=str(t.morph),
            sentence=sentence_index.get(t.i, 0),
        )
        for t in doc
        if not t.is_space
    ]
