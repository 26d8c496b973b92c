"""A speech verb whose separated particle makes another verb names no speech."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Sein türkischer Amtskollege sagt seine Reise wegen des Terrors ab.",
        "Das Arbeitsmarktservice wertete die Interviews aus.",
        "Ein Sondergericht sprach den Politiker von allen Vorwürfen frei.",
        "Die Arbeitgeber riefen ein Gericht an, um den Streik zu verhindern.",
    ],
)
def test_particle_verb_is_no_cue(tagged_quotes, text: str) -> None:
    assert tagged_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Der Minister sagte seine Teilnahme zu.", "zusagen"),
        ("Der Minister sagte, er sage seine Reise nicht ab.", "sagen"),
    ],
)
def test_speech_particle_verbs_stay_cues(tagged_quotes, text: str, lemma: str) -> None:
    quotes = tagged_quotes(text)
    assert quotes and quotes[0].cue is not None and quotes[0].cue.lemma == lemma
