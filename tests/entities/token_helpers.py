"""Hand-built inputs for entity tests: tagged tokens and persons by name."""

from __future__ import annotations

from lagebild.entities.candidates import Tok
from lagebild.model import Entity


def tagged_tokens(tagged: str) -> list[Tok]:
    """Tokens from "word/TAG word/TAG …" (offsets as if joined by spaces), as the tagger
    would give them."""
    found, offset = [], 0
    for item in tagged.split():
        text, _, tag = item.rpartition("/")
        found.append(Tok(text=text, start=offset, end=offset + len(text), tag=tag))
        offset += len(text) + 1
    return found


def persons(entities: list[Entity]) -> dict[str, Entity]:
    """The person entities by name."""
    return {entity.name: entity for entity in entities if entity.type == "PER"}
