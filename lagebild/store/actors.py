"""Cross-document actor keys: one row per actor, however often and however spelt.

An entity with an actor code (USA, RUS, NATO) is keyed by that code; any other entity
by its type and a transliteration-normalised name ("Selenskyj" = "Zelensky").
"""

from __future__ import annotations

import re
import unicodedata

from lagebild.model import Entity


def name_key(name: str) -> str:
    """The entities package's transliteration key, or a plain folded key if it is absent."""
    try:
        from lagebild.entities.names import name_key as entities_name_key
    except ImportError:  # the entities package is being rebuilt in parallel
        return _fallback_name_key(name)
    return entities_name_key(name) or _fallback_name_key(name)


def _fallback_name_key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.casefold())
    return re.sub(r"[^a-z0-9]+", "", text.encode("ascii", "ignore").decode())


def actor_key(entity: Entity) -> str:
    if entity.code:
        return f"code:{entity.code}"
    return f"{entity.type}:{name_key(entity.name)}"
