""" "heute" meaning "nowadays" is a vague present; "heute" of a dated act is the day."""

from __future__ import annotations

import pytest

from lagebild.pipeline import Analyzer
from lagebild.readers.document import Document

PUBLISHED = "2015-06-05"


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def _heute(analyzer: Analyzer, text: str) -> tuple[str | None, str | None]:
    analysis = analyzer.analyze(Document(id="t", text=text, published=PUBLISHED))
    found = [date for date in analysis.dates if date.text.lower().endswith("heute")]
    assert len(found) == 1
    return found[0].value, found[0].granularity


@pytest.mark.parametrize(
    "text",
    [
        "Heute gelten sieben bis acht Stunden Schlaf als normal.",
        "Der heute 19-jährige Rapper war schon im Gefängnis.",
        "Sie nannte die heute wieder regierende Partei.",
        "Bis heute ist kein Antrag eingegangen.",
        "Sprengkörper fliegen heute schon.",
        "Was 1995 galt, ist heute noch wahr.",
        "Heute würde ich mich für das Taxi entscheiden.",
        "Früher war alles gut, sagte er, heute aber gehe es um die Würde.",
        "Sein Mitarbeiter (heute im Vorstand) wusste davon.",
        "Er will lieber heute als morgen gehen.",
    ],
)
def test_nowadays_is_a_vague_present(analyzer: Analyzer, text: str) -> None:
    assert _heute(analyzer, text) == (None, "relative")


@pytest.mark.parametrize(
    "text",
    [
        "Die Armee hatte heute mit dem Beschuss begonnen.",
        "Heute wurden mindestens 40 Ziele angegriffen.",
        "Zum Abschluss sollen heute einige Erklärungen unterschrieben werden.",
        "Das teilte heute, Freitag, die Behörde mit.",
        "Heute Abend spielt Rapid in Wien.",
        "Er wird heute in Berlin sprechen.",
        "Ich bin heute gut gefahren.",
        "Er hat einen Traumlauf erwischt heute.",
        "Die Kommission überbringe heute gute Nachrichten.",
        "Die für heute geplante Veröffentlichung wurde verschoben.",
    ],
)
def test_heute_of_a_dated_act_is_the_day(analyzer: Analyzer, text: str) -> None:
    assert _heute(analyzer, text) == (PUBLISHED, "day")
