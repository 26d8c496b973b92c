"""Publication dates: validation of the user's date and normalisation of record dates."""

from __future__ import annotations

import re
from datetime import date, datetime

from lagebild.errors import ErrorCode, LagebildError

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_GERMAN_DAY = re.compile(r"^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})$")


def validate_published(value: str) -> str:
    """The user's ``--published`` date: exactly YYYY-MM-DD and a real day, else E010."""
    if _ISO_DAY.match(value):
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            pass
    raise LagebildError(ErrorCode.E010, "--published", f"{value!r}, expected YYYY-MM-DD")


def normalise_published(value: object) -> str | None:
    """A record's date as YYYY-MM-DD: ISO dates and timestamps, "10.01.2022"; None if not one."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    german = _GERMAN_DAY.match(text)
    try:
        if german:
            day, month, year = (int(part) for part in german.groups())
            return date(year, month, day).isoformat()
        if text.endswith("Z"):
            text = text[:-1] + "+00:00"
        return datetime.fromisoformat(text).date().isoformat()
    except ValueError:
        return None
