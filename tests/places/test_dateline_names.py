"""The first names of datelines, for the entity stage's dateline state."""

from __future__ import annotations

from lagebild.places.datelines import dateline_firsts


def _firsts(text: str) -> list[str]:
    return dateline_firsts(text, len(text))


def test_the_first_of_several_names() -> None:
    assert _firsts("Ende. Salzburg/Wien – Bei der Rückkehr")[0] == "Salzburg"


def test_the_nearest_sentence_start_comes_first() -> None:
    assert _firsts('Fest für alle" in Wels. Linz – Die SPÖ')[0] == "Linz"


def test_an_abbreviations_dot_starts_no_dateline() -> None:
    assert _firsts("Ende. St. Pölten – Je seltener")[0] == "St. Pölten"


def test_a_number_may_open_the_report() -> None:
    assert _firsts("Ende. Wien – 17.231 Beschwerden")[0] == "Wien"
