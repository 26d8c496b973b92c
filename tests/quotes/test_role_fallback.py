"""A bare role noun as speaker ("Der Minister sagte") stands for the speaker named before
only where that person may hold the role: the entity layer's titles decide."""

from __future__ import annotations

import pytest


def _speakers(quotes):
    return [(q.speaker.name, q.speaker.entity_id) if q.speaker else None for q in quotes]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "Außenminister Sergej Lawrow sagte, Russland werde nicht nachgeben. "
            "Der Minister betonte, dass die Gespräche weitergehen würden.",
            "Sergej Lawrow",
        ),
        (  # a title of the same office
            "Bürgermeister Johannes Ebner sagte, die Gemeinde sei nicht gefragt worden. "
            "Wenn Kriegsflüchtlinge zu uns kommen, müssen wir ihnen helfen, meinte der Ortschef.",
            "Johannes Ebner",
        ),
        (  # a regional governor is "der Landeschef"
            "Landeshauptmann Günther Platter sagte, der Stützpunkt sei unverzichtbar. "
            "Ob der Minister klug ist, weiß ich nicht, kritisierte der Landeschef.",
            "Günther Platter",
        ),
    ],
)
def test_role_noun_takes_the_holder_named_before(tagged_quotes, text: str, named: str):
    speakers = _speakers(tagged_quotes(text))
    assert len(speakers) == 2
    assert speakers[0] is not None and speakers[0][0] == named
    assert speakers[1] == speakers[0]


def test_role_noun_is_not_a_party_leader_named_before(tagged_quotes):
    quotes = tagged_quotes(
        "HDP-Chef Selahattin Demirtas hatte die AKP gewarnt: Wir werden das nicht erlauben.\n\n"
        "Der Minister, der am Montag in Berlin war, hatte die Opposition gewarnt: "
        "Wir werden das nicht zulassen."
    )
    speakers = _speakers(quotes)
    assert len(speakers) == 2
    assert speakers[0] is not None and speakers[0][0] == "Selahattin Demirtas"
    assert speakers[1] == ("Der Minister", None)
