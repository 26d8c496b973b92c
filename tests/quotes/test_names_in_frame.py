"""A short quotation right after a noun or a determiner is a name in the frame ("die
Zeitung „Financial Times“"), a longer one or one with common words is speech."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from lagebild.pipeline import build_pipeline
from lagebild.quotes.speaker_position import names_in_frame


@pytest.fixture(scope="module")
def tag() -> Callable[[str], Doc]:
    nlp = build_pipeline(upto="lagebild_morphology")

    def run(text: str) -> Doc:
        doc = nlp.make_doc(text)
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        return doc

    return run


def _quotation(doc: Doc) -> tuple[int, int]:
    """The index of the opening mark and the index after the closing one."""
    words = [token.text for token in doc]
    return words.index("„"), words.index("“") + 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das berichtete die Zeitung „Financial Times“ am Montag.", True),
        ("Das meldete die Agentur „Xinhua“ am Montag.", True),
        ("Dann skandierten Demonstranten „Stoppt den Krieg“ vor dem Amt.", False),
    ],
)
def test_a_short_quoted_name_after_a_noun_is_part_of_the_frame(
    tag: Callable[[str], Doc], text: str, expected: bool
) -> None:
    doc = tag(text)
    first, last = _quotation(doc)
    assert names_in_frame(doc, first, last) is expected
