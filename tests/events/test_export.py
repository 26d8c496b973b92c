"""The tab-separated event table."""

from __future__ import annotations

from lagebild.export import EVENT_COLUMNS, events_to_tsv
from lagebild.model import Analysis, Event, EventActor, Place, Provenance, Span, TextSpan

TEXT = "Sherman drohte Russland in Genf.\tZweiter Satz."


def analysis() -> Analysis:
    event = Event(
        id="V1",
        type="THREATEN",
        actor=EventActor(code="USA", name="Wendy Sherman"),
        recipient=EventActor(code="RUS", name="Russland"),
        trigger=TextSpan(start=8, end=14, text="drohte"),
        sentence=Span(start=0, end=32),
        negated=False,
        attributed_to=None,
        where="Genf",
        quad_class="verbal conflict",
        score=-3.5,
        cameo="13",
    )
    genf = Place(
        name="Genf",
        country="CH",
        lat=46.2,
        lon=6.15,
        mentions=[TextSpan(start=27, end=31, text="Genf")],
    )
    return Analysis(
        id="a1",
        published="2022-01-10",
        text=TEXT,
        events=[event],
        places=[genf],
        provenance=Provenance(lagebild_version="0", pipeline=[]),
    )


def test_header_and_one_row_per_event():
    lines = events_to_tsv([analysis(), analysis()]).splitlines()
    assert lines[0].split("\t") == list(EVENT_COLUMNS)
    assert len(lines) == 3
    row = dict(zip(EVENT_COLUMNS, lines[1].split("\t"), strict=True))
    assert row["date"] == "2022-01-10"  # no date of its own: the article's
    assert (row["actor_code"], row["actor_name"]) == ("USA", "Wendy Sherman")
    assert (row["recipient_code"], row["type"], row["quad_class"]) == (
        "RUS",
        "THREATEN",
        "verbal conflict",
    )
    assert (row["score"], row["negated"], row["attributed_to"]) == ("-3.5", "false", "")
    assert (row["place"], row["country"], row["lat"], row["lon"]) == ("Genf", "CH", "46.2", "6.15")
    assert (row["source"], row["sentence"]) == ("a1", "Sherman drohte Russland in Genf.")


def test_cells_never_break_the_table():
    data = analysis()
    data.events[0].attributed_to = "A\tB\nC"
    data.events[0].when = "2014"
    row = events_to_tsv([data]).splitlines()[1].split("\t")
    assert len(row) == len(EVENT_COLUMNS)
    assert row[0] == "2014" and "A B C" in row
