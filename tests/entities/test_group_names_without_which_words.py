"""Words that say which members or how sure ("mögliche Gegner", "potenzielle Terroristen",
"der dritte Attentäter", "späteren Selbstmordattentätern") are no part of a group's name,
like "weitere" and "mutmaßliche": the name is the group noun or a describing adjective."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Am Freitag wird gelost. Mögliche Gegner sind Valencia und Benfica.", "Gegner"),
        ("Die Ministerin will potenzielle Terroristen überwachen.", "Terroristen"),
        ("Die Polizei sucht den dritten Attentäter vom Flughafen.", "Attentäter"),
        ("Er war mit den späteren Selbstmordattentätern zu sehen.", "Selbstmordattentäter"),
    ],
)
def test_which_words_are_no_part_of_a_group_name(entities_of, text: str, name: str) -> None:
    assert [e.name for e in entities_of(text) if e.type == "MISC"] == [name]


def test_a_describing_adjective_stays_in_the_name(entities_of) -> None:
    entities = entities_of("Die Polizei nahm bewaffnete Kämpfer fest.")
    assert [e.name for e in entities if e.type == "MISC"] == ["Bewaffnete Kämpfer"]
