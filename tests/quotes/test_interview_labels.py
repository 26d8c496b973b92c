"""The turn labels of an interview, found from the colons back: the same matches as
``LABEL.finditer`` gives, position by position, for any text."""

from __future__ import annotations

import re
from collections.abc import Iterable

from hypothesis import given, settings
from hypothesis import strategies as st

from lagebild.quotes.interview import LABEL, label_matches

#: the characters that make or break a label: capitals, word characters, the space between
#: two words, colons, sentence ends, quotation marks and other whitespace
CHARACTERS = "AaBÄÖÜzé1_-’' :.!?…\"“”»«\n\t\u00a0"


def _spans(matches: Iterable[re.Match[str]]) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(1)) for m in matches]


def test_labels_at_sentence_starts() -> None:
    text = (
        "STANDARD: Warum? Eva Glawischnig: Darum. Er sagte: Nein. „Frage: Und?“ Glawischnig:\n"
        "Ja. x. Ab Cd Ef: nein. So sagte Meier: ja"
    )
    assert [m.group(1) for m in label_matches(text)] == [
        "STANDARD",
        "Eva Glawischnig",
        "Glawischnig",
    ]
    assert _spans(label_matches(text)) == _spans(LABEL.finditer(text))


@settings(max_examples=3000, deadline=None)
@given(text=st.text(alphabet=CHARACTERS, max_size=40))
def test_label_matches_are_those_of_the_pattern(text: str) -> None:
    assert _spans(label_matches(text)) == _spans(LABEL.finditer(text))
