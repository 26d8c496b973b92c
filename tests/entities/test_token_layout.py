"""Quoted stretches of the entity layer's tokens: between paired marks, and after a mark
that nothing closes only to the end of its sentence."""

from __future__ import annotations

import spacy
from token_helpers import persons

from lagebild.entities.candidates import tokens_of
from lagebild.entities.token_layout import quoted_tokens


def _quoted_words(text: str, with_sentences: bool) -> list[str]:
    nlp = spacy.blank("de")
    if with_sentences:
        nlp.add_pipe("sentencizer")
    tokens = tokens_of(nlp(text))
    return [tokens[index].text for index in sorted(quoted_tokens(tokens))]


def test_paired_marks_enclose_their_words():
    assert _quoted_words("Er sagte „wir kommen“ und ging.", False) == ["wir", "kommen"]


def test_unclosed_mark_quotes_to_its_sentence_end():
    text = 'Ein "Philharmonisches wird übertragen. Beyer sagte das.'
    for with_sentences in (False, True):
        quoted = _quoted_words(text, with_sentences)
        assert "Philharmonisches" in quoted
        assert "Beyer" not in quoted


def test_stray_mark_leaves_later_pronouns_resolvable(entities_of):
    text = (
        'Bildregisseur Beyer arbeitet vor – "Auch ein "Philharmonisches" wird übertragen. '
        "Bildregisseur Michael Beyer arbeitet seit Monaten daran, wie er am Mittwoch erklärte."
    )
    beyer = persons(entities_of(text))["Michael Beyer"]
    assert "er" in [text[mention.start : mention.end] for mention in beyer.mentions]
