"""A fronted "Was … betrifft" clause names the topic, not what was said ("Was den Preis
betrifft, rechnet X mit …"), and the phrase inside a fronted "Was" clause is no subject whose
speech an unframed Konjunktiv sentence after it goes on with."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from lagebild.model import Quote


@pytest.mark.parametrize(
    "text",
    [
        "Was den Preis von Metallen betrifft, rechnet der Analyst mit einem Anstieg.",
        "Was die Finanzierung des Wahlkampfs betrifft, gelobt der Kandidat Transparenz.",
    ],
)
def test_a_topic_clause_is_no_content(
    tagged_quotes: Callable[[str], list[Quote]], text: str
) -> None:
    assert not [q for q in tagged_quotes(text) if q.text.startswith("Was ")]


def test_the_content_after_the_topic_clause_stays(
    tagged_quotes: Callable[[str], list[Quote]],
) -> None:
    text = "Was den Andrang betrifft, sagt der Rektor: Wir hoffen, dass sich 50 interessieren."
    assert [q.text for q in tagged_quotes(text)][:1] == ["Wir hoffen, dass sich 50 interessieren"]


def test_a_phrase_in_a_fronted_was_clause_is_no_speaker(
    tagged_quotes: Callable[[str], list[Quote]],
) -> None:
    text = (
        "Bei Fachkräften gebe es eine gute Zusammenarbeit, so Liebig. Was Sprachkurse und "
        "Weiterbildungsangebote angeht, sind die Schweden gut. Schwieriger sei es hingegen, "
        "Geringqualifizierte in Beschäftigung zu bringen."
    )
    speakers = [q.speaker.name for q in tagged_quotes(text) if q.speaker is not None]
    assert "Weiterbildungsangebote" not in speakers
    assert speakers == ["Liebig", "Liebig"]
