"""``sentences_of`` slices the Doc's text instead of joining each sentence's tokens."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from lagebild.linguistics.export import sentences_of


def test_sentences_are_stripped_spans_of_the_text(blank_nlp: Language) -> None:
    words = ["Der", "Tag", "begann", ".", "\n\n", "Er", "endete", ".", " "]
    spaces = [True, True, False, True, False, True, False, False, False]
    starts = [True, False, False, False, True, False, False, False, False]
    doc = Doc(blank_nlp.vocab, words=words, spaces=spaces, sent_starts=starts)
    expected = []
    for sent in doc.sents:
        text = sent.text
        start = sent.start_char + len(text) - len(text.lstrip())
        end = sent.start_char + len(text.rstrip())
        if end > start:
            expected.append((start, end))
    found = [(s.start, s.end) for s in sentences_of(doc)]
    assert found == expected
    assert [doc.text[start:end] for start, end in found] == ["Der Tag begann.", "Er endete."]
