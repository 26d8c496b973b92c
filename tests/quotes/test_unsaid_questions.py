"""An indirect question under a denied speech verb is what nobody said: "Ob ein Zünder darin
war, konnte man nicht sagen", "Er äußerte sich nicht dazu, ob …". A "dass" clause under a
denied verb stays content ("schließe nicht aus, dass …"), and so does a question under a
verb that was not denied."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from lagebild.model import Quote


@pytest.mark.parametrize(
    "text, question",
    [
        ("Wie sie zu Sturz kam, kann er aber nicht sagen.", "Wie sie zu Sturz kam"),
        ("Ob in dem Koffer ein Zünder war, konnte man noch nicht sagen.", "Ob in dem Koffer"),
        ("Der Minister äußerte sich nicht dazu, ob die Männer getötet wurden.", "ob die Männer"),
        ("Wie viele Platten der Vertrag umfasst, wurde nicht mitgeteilt.", "Wie viele Platten"),
        # a preposition before the question word
        ("Um welchen Anbieter es sich handelt, wollte er nicht verraten.", "Um welchen"),
        ("Mit wem er sich traf, wollte der Minister nicht sagen.", "Mit wem"),
    ],
)
def test_question_under_a_denied_verb_is_no_quote(
    tagged_quotes: Callable[[str], list[Quote]], text: str, question: str
) -> None:
    assert not any(q.text.startswith(question) for q in tagged_quotes(text))


@pytest.mark.parametrize(
    "text, content",
    [
        ("Ob er kommt, sagte er am Montag nicht ohne Stolz.", "Ob er kommt"),
        ("Der Minister schließt nicht aus, dass es weitere Zäune geben muss.", "dass es weitere"),
        ("Wie sie zu Sturz kam, schilderte er dem Gericht genau.", "Wie sie zu Sturz kam"),
    ],
)
def test_content_that_stays(
    tagged_quotes: Callable[[str], list[Quote]], text: str, content: str
) -> None:
    assert any(q.text.startswith(content) for q in tagged_quotes(text))
