"""Places with coordinates; importing this package registers the ``lagebild_places`` component."""

from lagebild.places.component import find_places

__all__ = ["find_places"]
