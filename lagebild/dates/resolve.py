"""Turning a matched time expression into an ISO value against the publication date.

Values: day ``2022-01-10``, week ``2022-W02``, month ``2022-01``, quarter ``2022-Q1``,
year ``2014``, decade ``199X`` and century ``18XX`` (both in EDTF, ISO 8601-2). Relative
expressions without a publication date, and vague ones ("vor einigen Jahren"), keep
their granularity with the value None.
"""

from __future__ import annotations

import datetime as dt
import re

from lagebild.dates import lexicon
from lagebild.model import Granularity

Resolved = tuple[str | None, Granularity]

_BACKWARD = ("vergangen", "letzt", "vorig")
_FORWARD = ("kommend", "nächst")
_FORWARD_PREPOSITIONS = frozenset({"für", "auf", "ab", "bis", "zum"})
_QUARTERS = {"ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4}
_UNIT_GRANULARITY: dict[str, Granularity] = {
    "Tag": "day",
    "Woche": "week",
    "Monat": "month",
    "Jahr": "year",
    "Jahrzehnt": "decade",
    "Quartal": "quarter",
}


def day_value(date: dt.date) -> Resolved:
    return date.isoformat(), "day"


def week_value(date: dt.date) -> Resolved:
    year, week, _ = date.isocalendar()
    return f"{year}-W{week:02d}", "week"


def month_value(year: int, month: int) -> Resolved:
    return f"{year:04d}-{month:02d}", "month"


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _full_year(digits: str) -> int:
    year = int(digits)
    return year + (2000 if year < 50 else 1900) if len(digits) == 2 else year


def _preposition(groups: dict[str, str | None]) -> str:
    return (groups.get("prep") or "").split()[0].lower() if groups.get("prep") else ""


def _direction(groups: dict[str, str | None]) -> int:
    """-1 for "vergangene/letzte/vorige", +1 for "kommende/nächste", 0 for "diese" or none."""
    word = (groups.get("direction") or "").lower()
    if word.startswith(_BACKWARD):
        return -1
    if word.startswith(_FORWARD):
        return 1
    return 0


def _unit(word: str) -> str:
    """The unit's base noun: "Jahren" -> "Jahr", "Monats" -> "Monat", "Wochen" -> "Woche"."""
    for base in _UNIT_GRANULARITY:
        if word.startswith(base):
            return base
    return word


def resolve_date(
    kind: str, groups: dict[str, str | None], published: dt.date | None, future: bool
) -> Resolved | None:
    """The value of one match, or None when the match is not a time expression after all."""
    resolver = _RESOLVERS[kind]
    return resolver(groups, published, future)


def _iso_date(groups: dict, published: dt.date | None, future: bool) -> Resolved | None:
    year, month, day = (int(part) for part in groups["iso"].split("-"))
    date = _safe_date(year, month, day)
    return day_value(date) if date else None


def _numeric_date(groups: dict, published: dt.date | None, future: bool) -> Resolved | None:
    date = _safe_date(_full_year(groups["year"]), int(groups["month"]), int(groups["day"]))
    return day_value(date) if date else None


def _named_date(groups: dict, published: dt.date | None, future: bool) -> Resolved | None:
    month = lexicon.months()[groups["month_name"]]
    day = int(groups["day"])
    if not 1 <= day <= 31:
        return None
    if groups.get("year"):
        date = _safe_date(int(groups["year"]), month, day)
        return day_value(date) if date else None
    if published is None:
        return (None, "day") if _safe_date(2000, month, day) else None
    # No year: the date nearest to publication ("am 17. Dezember" in an October article).
    options = [
        date
        for year in (published.year - 1, published.year, published.year + 1)
        if (date := _safe_date(year, month, day))
    ]
    weekday = groups.get("weekday_name")
    if weekday:
        # "Freitag, den 4. September": the year in which that day is a Friday, if near.
        matching = [date for date in options if date.isoweekday() == lexicon.weekdays()[weekday]]
        options = matching or options
    if not options:
        return None
    return day_value(min(options, key=lambda date: abs((date - published).days)))


def _month(groups: dict, published: dt.date | None, future: bool) -> Resolved | None:
    if not (groups.get("prep") or groups.get("part") or groups.get("year")):
        return None  # a bare "Mai" or "August" may be a name
    month = lexicon.months()[groups["month_name"]]
    if groups.get("year"):
        return month_value(int(groups["year"]), month)
    if published is None:
        return None, "month"
    here = published.year * 12 + published.month
    year = min(
        (published.year - 1, published.year, published.year + 1),
        key=lambda year: abs(year * 12 + month - here),
    )
    return month_value(year, month)


def _weekday(groups: dict, published: dt.date | None, future: bool) -> Resolved | None:
    direction = _direction(groups)
    if not (groups.get("prep") or direction):
        return None
    if published is None:
        return None, "day"
    target = lexicon.weekdays()[groups["weekday"]]
    back = (published.isoweekday() - target) % 7
    ahead = (target - published.isoweekday()) % 7
    if direction < 0:
        offset = -(back or 7)
    elif direction > 0:
        offset = ahead or 7
    elif future or _preposition(groups) in _FORWARD_PREPOSITIONS:
        offset = ahead
    else:
        offset = -back
    return day_value(published + dt.timedelta(days=offset))


def _relative_day(groups: dict, published: dt.date | None, future: bool) -> Resolved | None:
    offset = lexicon.relative_days()[groups["relative_day"].lower()]
    if published is None:
        return None, "day"
    return day_value(published + dt.timedelta(days=offset))


def _week(groups: dict, published: dt.date | None, future: bool) -> Resolved | None:
    direction = _direction(groups)
    preposition = (groups.get("prep") or "").lower()
    weekend = groups["unit"] == "Wochenende"
    has_direction = bool(groups.get("direction")) and not groups["direction"].lower().startswith(
        ("früh", "spät")
    )
    part_of_week = re.match(r"(zu|anfang|mitte|ende|im)\b", preposition)
    if not (has_direction or part_of_week or (weekend and preposition)):
        return None
    if published is None:
        return None, "week"
    anchor = published + dt.timedelta(weeks=direction)
    if weekend and direction == 0 and not future:
        # "am Wochenende" in a weekday article: the weekend just past.
        saturday = published - dt.timedelta(days=(published.isoweekday() - 6) % 7)
        anchor = saturday
    return week_value(anchor)


def _count(groups: dict) -> int | None:
    number = groups.get("number")
    if number is None:
        return None
    return int(number) if number.isdigit() else lexicon.number_words().get(number)


def _shifted(published: dt.date, unit: str, amount: int) -> Resolved:
    if unit == "Tag":
        return day_value(published + dt.timedelta(days=amount))
    if unit == "Woche":
        return week_value(published + dt.timedelta(weeks=amount))
    if unit == "Monat":
        index = published.year * 12 + published.month - 1 + amount
        return month_value(index // 12, index % 12 + 1)
    if unit == "Quartal":
        index = published.year * 4 + (published.month - 1) // 3 + amount
        return f"{index // 4}-Q{index % 4 + 1}", "quarter"
    if unit == "Jahrzehnt":
        return f"{(published.year + 10 * amount) // 10}X", "decade"
    return str(published.year + amount), "year"


def _ago(groups: dict, published: dt.date | None, future: bool) -> Resolved | None:
    unit = _unit(groups["unit"])
    granularity = _UNIT_GRANULARITY[unit]
    count = _count(groups)
    preposition = _preposition(groups)
    if published is None or count is None or preposition not in ("vor", "seit", "in"):
        return None, "relative" if count is None or preposition not in (
            "vor",
            "seit",
            "in",
        ) else granularity
    return _shifted(published, unit, count if preposition == "in" else -count)


def _recent(groups: dict, published: dt.date | None, future: bool) -> Resolved | None:
    return None, "relative"


def _relative_unit(groups: dict, published: dt.date | None, future: bool) -> Resolved | None:
    if groups["direction"].lower().startswith(("früh", "spät")):
        return None
    unit = _unit(groups["unit"])
    if published is None:
        return None, _UNIT_GRANULARITY[unit]
    return _shifted(published, unit, _direction(groups))


def _decade(groups: dict, published: dt.date | None, future: bool) -> Resolved | None:
    digits = groups["decade"]
    if len(digits) == 4:
        return f"{digits[:3]}X", "decade"
    if len(digits) != 2:
        return None
    # "90er Jahre": the latest such decade that has begun by publication (or by today).
    reference = published.year if published else dt.date.today().year
    start = (reference // 100) * 100 + int(digits)
    if start > reference:
        start -= 100
    return f"{start // 10}X", "decade"


def _century(groups: dict, published: dt.date | None, future: bool) -> Resolved | None:
    century = int(groups["century"])
    if not 1 <= century <= 21:
        return None
    return f"{century - 1:02d}XX", "century"


def _quarter(groups: dict, published: dt.date | None, future: bool) -> Resolved | None:
    quarter = _QUARTERS[groups["ordinal"]]
    if groups.get("year"):
        return f"{groups['year']}-Q{quarter}", "quarter"
    if published is None:
        return None, "quarter"
    return f"{published.year}-Q{quarter}", "quarter"


def _year(groups: dict, published: dt.date | None, future: bool) -> Resolved | None:
    return groups["year"], "year"


_RESOLVERS = {
    "iso_date": _iso_date,
    "numeric_date": _numeric_date,
    "named_date": _named_date,
    "month": _month,
    "weekday": _weekday,
    "relative_day": _relative_day,
    "week": _week,
    "ago": _ago,
    "recent": _recent,
    "relative_unit": _relative_unit,
    "decade": _decade,
    "century": _century,
    "quarter": _quarter,
    "year": _year,
}
