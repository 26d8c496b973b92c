"""Tabular exports of analyses: one row per PLOVER event, tab-separated.

The table is for spreadsheets and event-data tools: the event's own date (else the
article's publication date), who did what to whom, PLOVER type, mode, quad class and
score, negation and attribution, the place with its coordinates (from the analysis's
places), the source article and the sentence that tells the event.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import TextIO

from lagebild.model import Analysis, Event, EventActor, Place

EVENT_COLUMNS: tuple[str, ...] = (
    "date",
    "actor_code",
    "actor_name",
    "recipient_code",
    "recipient_name",
    "type",
    "mode",
    "quad_class",
    "score",
    "negated",
    "attributed_to",
    "place",
    "country",
    "lat",
    "lon",
    "source",
    "event_id",
    "sentence",
)


def write_events_tsv(analyses: Iterable[Analysis], stream: TextIO, header: bool = True) -> int:
    """Write the header (unless ``header`` is False, for appending) and one row per event.

    Returns the number of rows written.
    """
    if header:
        stream.write("\t".join(EVENT_COLUMNS) + "\n")
    rows = 0
    for analysis in analyses:
        for event in analysis.events:
            stream.write("\t".join(_cell(value) for value in event_row(analysis, event)) + "\n")
            rows += 1
    return rows


def events_to_tsv(analyses: Iterable[Analysis]) -> str:
    buffer = io.StringIO()
    write_events_tsv(analyses, buffer)
    return buffer.getvalue()


def event_row(analysis: Analysis, event: Event) -> list[object]:
    place = _place(analysis.places, event.where)
    return [
        event.when or analysis.published,
        *_actor(event.actor),
        *_actor(event.recipient),
        event.type,
        event.mode,
        event.quad_class,
        event.score,
        event.negated,
        event.attributed_to,
        event.where,
        place.country if place else None,
        place.lat if place else None,
        place.lon if place else None,
        analysis.id,
        event.id,
        analysis.text[event.sentence.start : event.sentence.end],
    ]


def _actor(actor: EventActor | None) -> tuple[str | None, str | None]:
    return (actor.code, actor.name) if actor else (None, None)


def _place(places: list[Place], name: str | None) -> Place | None:
    if not name:
        return None
    for place in places:
        if place.name == name or any(m.text == name for m in place.mentions):
            return place
    return None


def _cell(value: object) -> str:
    """Empty for None, lower-case booleans, and no tabs or line breaks inside a cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return " ".join(str(value).split())
