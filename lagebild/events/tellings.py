"""What one telling of an event says of when it was and who took part, to tell apart two
events of one type and sides ("Zaorálek traf am Montagabend den Botschafter Kiselev" and
"Putin hatte sich 2006 bei seinem Besuch in Prag …": two meetings of Czechs and Russians).

An event is told again with the same type and sides ("das Treffen", "bei dem Gespräch"), so
the sides alone merge its tellings; two tellings are kept apart only on clear evidence: the
dates named in their clauses cannot be one, or the people named on one side differ.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from spacy.tokens import Doc

from lagebild.events.clauses import Clause
from lagebild.model import EventActor

#: A date of the story's own days ("am Montagabend", "vergangene Woche") that the text gives
#: no year to resolve it with.
RECENT: Final = "recent"
#: Granularities of an unresolved date that place an event in the story's own days.
_RECENT_GRANULARITIES: Final = frozenset({"day", "week"})
#: First words of a date that bounds a span ("seit 2014", "bis Jänner 2016") rather than
#: dating the event told ("das erste Treffen seit 2014" is this one).
_BOUNDING_WORDS: Final = frozenset({"seit", "bis", "ab", "nach", "vor", "spätestens", "frühestens"})


@dataclass(frozen=True)
class Telling:
    """When a telling dates its event (a resolved value, :data:`RECENT`, or None), and the
    people it names on each side: (side key, entity id)."""

    time: str | None
    persons: frozenset[tuple[str, str]]
    #: where the trigger starts: one word with two actors ("Beck und Wieland forderten") is
    #: one telling of them both
    trigger: int = -1


def telling_of(
    doc: Doc,
    clause: Clause,
    trigger: int,
    sides: list[tuple[str | None, EventActor | None]],
    people: frozenset[str],
) -> Telling:
    """The telling in ``clause`` of an event with these (side key, actor) pairs; ``people``
    are the ids of the document's person entities."""
    persons = frozenset(
        (key, actor.entity_id)
        for key, actor in sides
        if key is not None and actor is not None and actor.entity_id in people
    )
    return Telling(time=_time_in(doc, clause), persons=persons, trigger=trigger)


def _time_in(doc: Doc, clause: Clause) -> str | None:
    """The date a clause names for what it tells: its first resolved date, else
    :data:`RECENT` for an unresolved date of the story's days, else None."""
    start, end = clause.words[0].start, clause.words[-1].end
    recent = False
    for date in doc._.dates or []:
        if not (start <= date.start and date.end <= end):
            continue
        if date.text.split()[0].casefold() in _BOUNDING_WORDS:
            continue
        if date.value and not date.value.startswith("relative"):
            return date.value
        recent = recent or (date.value is None and date.granularity in _RECENT_GRANULARITIES)
    return RECENT if recent else None


def told_apart(earlier: list[Telling], telling: Telling) -> bool:
    """Whether ``telling`` cannot tell the event told by ``earlier``."""
    if any(told.trigger == telling.trigger for told in earlier):
        return False
    return any(_other_time(told.time, telling.time) for told in earlier) or _other_people(
        earlier, telling
    )


def _other_time(first: str | None, second: str | None) -> bool:
    """Two dates that cannot be one event's: resolved values in two years, or a year or
    month against the story's own days (told with a year, an event is not this week's).
    Days or months of one year may be an act announced and done ("hat am 29. Juni seinen
    Rücktritt bekannt gegeben", "wolle am Freitag seinen Rücktritt einreichen")."""
    if first is None or second is None:
        return False
    if RECENT in (first, second):
        other = second if first == RECENT else first
        return other != RECENT and len(other) <= len("2015-08")
    return first[:4] != second[:4]


def _other_people(earlier: list[Telling], telling: Telling) -> bool:
    """A meeting told with a person on a side where the earlier tellings named only others
    ("Kiselev" then "Putin" for the Russian side)."""
    named: dict[str, set[str]] = {}
    for told in earlier:
        for side, person in told.persons:
            named.setdefault(side, set()).add(person)
    return any(side in named and person not in named[side] for side, person in telling.persons)
