"""A singular demonym noun as the speaker ("sagte der Serbe") names one person of that
nation, not the state the entity layer links the demonym to; a plural ("die Franzosen")
or a body with a demonym attribute ("die serbische Regierung") keeps the state."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from lagebild.model import Quote


def _speaker_names(quotes: list[Quote]) -> list[str | None]:
    return [q.speaker.name if q.speaker is not None else None for q in quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Novak Djokovic gewann im Achtelfinale. Das war eines der schwierigsten Matches "
            "meiner Karriere, sagte der Serbe nach dem Spiel.",
            "der Serbe",
        ),
        (
            "Der Trainer blieb gelassen. Wir bleiben unserer Linie treu, erklärte der 69-jährige "
            "Niederländer.",
            "der 69-jährige Niederländer",
        ),
    ],
)
def test_a_singular_demonym_names_a_person_not_the_state(
    tagged_quotes: Callable[[str], list[Quote]], text: str, speaker: str
) -> None:
    assert _speaker_names(tagged_quotes(text)) == [speaker]


def test_the_last_speaker_of_that_nation_is_the_demonym(
    tagged_quotes: Callable[[str], list[Quote]],
) -> None:
    text = (
        "Rafael Nadal aus Spanien siegte. Ich bin froh, sagte Nadal. Die Bedingungen waren "
        "extrem, meinte der Spanier."
    )
    assert _speaker_names(tagged_quotes(text)) == ["Rafael Nadal", "Rafael Nadal"]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Man habe nichts gewusst, sagte die serbische Regierung.", "Serbien"),
        ("Wir sind enttäuscht, sagten die Franzosen.", "Frankreich"),
    ],
)
def test_a_plural_or_a_body_keeps_the_state(
    tagged_quotes: Callable[[str], list[Quote]], text: str, state: str
) -> None:
    assert _speaker_names(tagged_quotes(text)) == [state]
