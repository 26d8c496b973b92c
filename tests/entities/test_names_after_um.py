"""After people led by someone ("das Team um", "Forschern um", "die Biologen um") "um"
introduces that person's name, not a place ("um Wien"), so a run of tagged names there is a
person even with a first name no list knows."""

from __future__ import annotations

import pytest

from lagebild.pipeline import Analyzer
from lagebild.readers.document import Document


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Laut einer Studie von Forschern um  Kathelijne Koops (Uni Cambridge) "
            "unterscheiden sich die Affen.",
            "Kathelijne Koops",
        ),
        ("Zu diesem Befund kam das Team um Erez Shmueli nach vielen Tests.", "Erez Shmueli"),
        ("Die Biologen um Rowan McGinley spielten den Spinnen Videos vor.", "Rowan McGinley"),
    ],
)
def test_the_leader_after_um_is_a_person(analyzer: Analyzer, text: str, name: str) -> None:
    analysis = analyzer.analyze(Document(id="um", text=text))
    assert name in [e.name for e in analysis.entities if e.type == "PER"]


def test_a_place_after_um_stays_no_person(analyzer: Analyzer) -> None:
    analysis = analyzer.analyze(Document(id="um", text="Die Lage um Bad Ischl ist ruhig."))
    assert [e.name for e in analysis.entities if e.type == "PER"] == []
