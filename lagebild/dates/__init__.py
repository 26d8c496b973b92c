"""Time expressions resolved against the publication date; importing this package registers
the ``lagebild_dates`` component."""

from lagebild.dates.component import find_date_expressions, find_dates

__all__ = ["find_date_expressions", "find_dates"]
