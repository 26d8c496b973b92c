"""Finding the entity behind a span of text, for quotes and events."""

from __future__ import annotations

from spacy.tokens import Doc

from lagebild.model import Entity, Mention


def mention_at(doc: Doc, start: int, end: int) -> tuple[Entity, Mention] | None:
    """The entity mention that overlaps ``[start, end)`` most, or None."""
    best: tuple[int, Entity, Mention] | None = None
    for entity in doc._.entities or []:
        for mention in entity.mentions:
            if mention.start >= end or mention.end <= start:
                continue  # no overlap: most mentions, decided before the arithmetic below
            overlap = min(end, mention.end) - max(start, mention.start)
            if overlap > 0 and (best is None or overlap > best[0]):
                best = (overlap, entity, mention)
    return (best[1], best[2]) if best else None


def entity_at(doc: Doc, start: int, end: int) -> Entity | None:
    found = mention_at(doc, start, end)
    return found[0] if found else None


def actor_code(entity: Entity) -> str | None:
    """The code an entity acts for: its own code, else its affiliation (a person's state)."""
    return entity.code or entity.affiliation
