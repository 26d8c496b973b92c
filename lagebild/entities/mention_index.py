"""Entity mentions by character range, indexed once per stage run.

:func:`lagebild.entities.lookup.mention_at` walks every mention of every entity on each
call, and the quote and event rules ask it of the same words again and again. A stage that
reads the entities without changing them opens an index for its run
(:func:`mentions_indexed`); :func:`mention_at` then answers from the index, the same answer
as the walk. Without an open index (a rule called on its own, as in tests) it walks.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from operator import itemgetter

from spacy.tokens import Doc

from lagebild.entities import lookup
from lagebild.model import Entity, Mention

#: Where an open index is kept (in ``Doc.user_data``).
INDEX_KEY = "lagebild.entities.mention_index"

Found = tuple[Entity, Mention]


class MentionIndex:
    """The mentions sorted by start; a query reads those that may overlap it only. Built on
    the first query: many texts ask none."""

    __slots__ = ("_answers", "_by_id", "_entities", "_entries", "_longest", "_starts", "memo")

    def __init__(self, entities: list[Entity]) -> None:
        self._entities = entities
        self._by_id: dict[str, Entity] | None = None
        self._entries: list[tuple[int, int, int, Entity, Mention]] | None = None
        self._starts: list[int] = []
        self._longest = 0
        self._answers: dict[tuple[int, int], Found | None] = {}
        #: other readings of the entities that hold while the index is open, by name
        self.memo: dict[str, object] = {}

    @property
    def has_entities(self) -> bool:
        return bool(self._entities)

    def by_id(self, entity_id: str) -> Entity | None:
        """The first entity with the id, as a walk finds it."""
        if self._by_id is None:
            self._by_id = {}
            for entity in self._entities:
                self._by_id.setdefault(entity.id, entity)
        return self._by_id.get(entity_id)

    def _build(self) -> list[tuple[int, int, int, Entity, Mention]]:
        # (start, order, end, entity, mention) in the order of the walk, which breaks ties
        # there; the sort keeps that order among equal starts
        entries = [
            (mention.start, order, mention.end, entity, mention)
            for order, (entity, mention) in enumerate(
                (entity, mention) for entity in self._entities for mention in entity.mentions
            )
        ]
        entries.sort(key=itemgetter(0))
        self._entries = entries
        self._starts = [entry[0] for entry in entries]
        self._longest = max((entry[2] - entry[0] for entry in entries), default=0)
        return entries

    def at(self, start: int, end: int) -> Found | None:
        """The mention that overlaps ``[start, end)`` most (the first of the walk on a tie)."""
        key = (start, end)
        if key in self._answers:
            return self._answers[key]
        entries = self._entries if self._entries is not None else self._build()
        # an overlapping mention starts before ``end`` and ends after ``start``, so it
        # starts after ``start - longest``
        low = bisect_right(self._starts, start - self._longest)
        high = bisect_left(self._starts, end)
        best: tuple[int, int, Entity, Mention] | None = None  # (overlap, order, …)
        for mention_start, order, mention_end, entity, mention in entries[low:high]:
            if mention_end <= start:
                continue
            overlap = min(end, mention_end) - max(start, mention_start)
            if overlap > 0 and (
                best is None or overlap > best[0] or (overlap == best[0] and order < best[1])
            ):
                best = (overlap, order, entity, mention)
        found = (best[2], best[3]) if best is not None else None
        self._answers[key] = found
        return found

    def within(self, start: int, end: int) -> list[Found]:
        """The mentions that lie inside ``[start, end)``, in the order of the walk."""
        entries = self._entries if self._entries is not None else self._build()
        low, high = bisect_left(self._starts, start), bisect_right(self._starts, end)
        inside = sorted(entry[1:] for entry in entries[low:high] if entry[2] <= end)
        return [(entity, mention) for _, _, entity, mention in inside]


@contextmanager
def mentions_indexed(doc: Doc) -> Iterator[None]:
    """Index the Doc's mentions while the block runs; it must not change the entities."""
    doc.user_data[INDEX_KEY] = MentionIndex(list(doc._.entities or []))
    try:
        yield
    finally:
        doc.user_data.pop(INDEX_KEY, None)


def mention_at(doc: Doc, start: int, end: int) -> Found | None:
    """As :func:`lagebild.entities.lookup.mention_at`, from the open index if there is one."""
    index = doc.user_data.get(INDEX_KEY)
    if index is None:
        return lookup.mention_at(doc, start, end)
    return index.at(start, end)


def mentions_within(doc: Doc, start: int, end: int) -> list[Found]:
    """The entity mentions inside ``[start, end)``, from the open index if there is one."""
    index = doc.user_data.get(INDEX_KEY)
    if index is None:
        return [
            (entity, mention)
            for entity in doc._.entities or []
            for mention in entity.mentions
            if start <= mention.start and mention.end <= end
        ]
    return index.within(start, end)


def entity_at(doc: Doc, start: int, end: int) -> Entity | None:
    found = mention_at(doc, start, end)
    return found[0] if found else None


def entity_by_id(doc: Doc, entity_id: str) -> Entity | None:
    """The first entity with the id, from the open index if there is one."""
    index = doc.user_data.get(INDEX_KEY)
    if index is None:
        return next((e for e in doc._.entities or [] if e.id == entity_id), None)
    return index.by_id(entity_id)


def entity_memo(doc: Doc) -> dict[str, object] | None:
    """Where a rule may keep its own reading of the entities while the index is open; None
    when none is open."""
    index = doc.user_data.get(INDEX_KEY)
    return index.memo if index is not None else None


def has_entities(doc: Doc) -> bool:
    """``bool(doc._.entities)``, from the open index if there is one."""
    index = doc.user_data.get(INDEX_KEY)
    if index is None:
        return bool(doc._.entities)
    return index.has_entities
