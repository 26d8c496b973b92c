"""A focus particle after the subject in the prefield ("Varoufakis selbst schrieb …") leaves
the subject the speaker, like a trailing adverb ("Rjabkow seinerseits erklärte")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from lagebild.model import Quote
from tests.quotes.quote_helpers import speaker_text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Minister selbst sagte, er sei beeindruckt.", "Der Minister"),
        (
            "Der frühere Finanzminister Yanis Varoufakis wies das zurück. Varoufakis selbst "
            "schrieb auf Twitter: Ich bin beeindruckt von der Fantasie meiner Verleumder.",
            "Varoufakis",
        ),
    ],
)
def test_the_subject_before_selbst_speaks(
    tagged_quotes: Callable[[str], list[Quote]], text: str, speaker: str
) -> None:
    quotes = [q for q in tagged_quotes(text) if q.cue is not None and q.cue.lemma != "zurückweisen"]
    assert [speaker_text(text, q) for q in quotes] == [speaker]
