"""Regular expressions for German time expressions, built from the word lists.

Each pattern has a kind that says how :mod:`lagebild.dates.resolve` turns its named groups
into a value. Prepositions that belong to an expression ("am", "seit", "vom") are part of
the match, so a span reads as in the gold annotations ("am 10. Januar 2022").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from lagebild.dates import lexicon

#: After a word: no letter may follow ("Mai" is not "Mailand").
_END = r"(?![\wäöüßÄÖÜ])"
#: Before a word: no letter may precede.
_START = r"(?<![\wäöüßÄÖÜ])"
#: Direction words in all their endings: "vergangene", "letzten", "nächster", "dieses".
_DIRECTION = (
    r"(?:[Dd]ies|[Vv]ergangen|[Ll]etzt|[Vv]orig|[Kk]ommend|[Nn]ächst|[Ff]rüh|[Ss]pät)e[nmrs]?"
)


@dataclass(frozen=True, slots=True)
class Pattern:
    kind: str
    regex: re.Pattern[str]
    #: The regex can only match a text that contains one of these strings (empty: any text).
    #: A substring test is far cheaper than the regex, which tries its optional preposition
    #: prefix at every position of the text.
    cues: tuple[str, ...] = ()


def _alternation(words: list[str]) -> str:
    """Longest first, so "Januar" wins over "Jan"."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def _case_insensitive_first(word: str) -> str:
    """Both "am" and "Am": the first letter in either case (sentence starts)."""
    return f"[{word[0].upper()}{word[0].lower()}]{re.escape(word[1:])}"


def _prefix(*words: str) -> str:
    """An optional preposition phrase before an expression, in either case."""
    alternatives = "|".join(
        r"\s+".join(_case_insensitive_first(part) if i == 0 else re.escape(part)
                    for i, part in enumerate(word.split()))
        for word in sorted(words, key=len, reverse=True)
    )
    return rf"(?:{_START}(?P<prep>{alternatives})\s+)?"


@functools.cache
def patterns() -> tuple[Pattern, ...]:
    months_all = _alternation(list(lexicon.months()))
    months_full = _alternation(list(lexicon.full_month_names()))
    weekdays = _alternation(list(lexicon.weekdays()))
    numbers = _alternation(list(lexicon.number_words()))
    day_prefix = _prefix(
        "am", "vom", "bis zum", "ab dem", "seit dem", "zum", "des", "dem", "für den",
        "auf den", "bis", "seit", "ab", "von", "vor dem", "nach dem",
    )
    weekday_before = rf"(?:(?P<weekday_name>{weekdays}),?\s+(?:(?:den|dem)\s+)?)?"
    specs: list[tuple[str, str]] = [
        ("iso_date", r"(?<![\d-])(?P<iso>\d{4}-\d{2}-\d{2})(?![\d-])"),
        (
            "numeric_date",
            day_prefix + weekday_before
            + r"(?<![\d.])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4}|\d{2})(?![\d])",
        ),
        (
            "named_date",
            day_prefix + weekday_before
            + r"(?<![\d.])(?P<day>\d{1,2})\.\s*(?:(?:und|bis|-|–)\s*\d{1,2}\.\s*)?"
            + rf"(?P<month_name>{months_all})s?{_END}\.?(?:\s+(?P<year>\d{{4}})(?!\d))?",
        ),
        (
            "month",
            _prefix("im", "seit", "bis", "ab", "von", "erst im", "bis zum", "seit dem", "im Monat")
            + r"(?:(?P<part>Anfang|Mitte|Ende)\s+)?"
            + rf"(?P<month_name>{months_full}){_END}(?:\s+(?P<year>\d{{4}})(?!\d))?",
        ),
        (
            "weekday",
            _prefix("am", "für", "auf", "bis", "seit", "ab", "vom", "zum", "in der Nacht zum",
                    "in der Nacht auf", "in der Nacht zu", "erst am", "schon am", "noch am")
            + rf"(?:(?P<direction>{_DIRECTION})\s+)?(?P<weekday>{weekdays})"
            + rf"(?:abend|morgen|nachmittag|vormittag|mittag|nacht)?{_END}",
        ),
        (
            "relative_day",
            _prefix("seit", "bis", "für", "ab", "von", "noch")
            + rf"{_START}(?P<relative_day>heute|Heute|gestern|Gestern|vorgestern|Vorgestern"
            + rf"|morgen|übermorgen){_END}",
        ),
        (
            "week",
            rf"(?:{_START}(?P<prep>[Ii]n\s+der|[Ii]n|[Zz]u\s+Beginn\s+der|[Aa]nfang\s+der"
            + r"|[Aa]m|[Üü]ber\s+das|[Ss]eit\s+dem|[Ff]ür\s+das|[Bb]is\s+zum"
            + r"|[Mm]itte\s+der|[Ee]nde\s+der|[Ss]eit\s+der|[Ii]m\s+Laufe\s+der)\s+)?"
            + rf"(?:(?P<direction>{_DIRECTION})\s+)?(?P<unit>Woche|Wochenende){_END}",
        ),
        (
            "ago",
            rf"{_START}(?P<prep>[Vv]or|[Ss]eit|[Ii]n|[Bb]innen|[Ii]nnerhalb\s+von|[Nn]ach)\s+"
            + rf"(?P<number>\d+|{numbers})\s+"
            + rf"(?P<unit>Tagen|Tag|Wochen|Woche|Monaten|Monat|Jahren|Jahr|Jahrzehnten){_END}",
        ),
        (
            "recent",
            rf"(?:{_START}(?P<prep>[Ii]n\s+den)\s+)?(?P<direction>[Ll]etzten|[Vv]ergangenen"
            + rf"|[Kk]ommenden|[Nn]ächsten)\s+(?:(?P<number>\d+|{numbers})\s+)?"
            + rf"(?P<unit>Tagen|Wochen|Monaten|Jahren){_END}",
        ),
        (
            "relative_unit",
            rf"(?:{_START}(?P<prep>[Ii]m|[Ii]n|[Dd]es|[Ss]eit\s+dem|[Aa]nfang\s+des|[Ee]nde\s+des"
            + r"|[Mm]itte\s+des)\s+)?"
            + rf"(?P<direction>{_DIRECTION})\s+(?P<unit>Monats|Monat|Jahres|Jahr|Quartals|Quartal)"
            + _END,
        ),
        (
            "decade",
            rf"(?:{_START}(?P<prep>[Ii]n\s+den|[Dd]er|[Ss]eit\s+den|[Ee]nde\s+der|[Aa]nfang\s+der"
            + r"|[Mm]itte\s+der)\s+)?(?P<decade>(?:1[5-9]|20)?\d0)er(?:\s*-?\s*[Jj]ahren?|-(?=\s))"
            + _END,
        ),
        (
            "century",
            rf"{_START}(?P<prep>[Ii]m|[Dd]es|[Ss]eit\s+dem)\s+(?P<century>\d{{1,2}})\.\s+"
            + rf"Jahrhunderts?{_END}",
        ),
        (
            "quarter",
            rf"(?:{_START}(?P<prep>[Ii]m)\s+)?(?P<ordinal>ersten|zweiten|dritten|vierten)\s+"
            + r"Quartals?(?:\s+(?P<year>\d{4})(?!\d))?" + _END,
        ),
        (
            "year",
            _prefix("im Jahr", "im Jahre", "des Jahres", "seit dem Jahr", "seit", "bis", "ab",
                    "von", "im Sommer", "im Herbst", "im Winter", "im Frühjahr", "Anfang",
                    "Mitte", "Ende", "Sommer", "Herbst", "Winter", "Frühjahr")
            + r"(?<![\d.,/-])(?P<year>1[5-9]\d\d|20\d\d)(?![\d]|[.,]\d|er)",
        ),
    ]
    units = ("Tag", "Woche", "Monat", "Jahr")
    cues: dict[str, tuple[str, ...]] = {
        "named_date": tuple(lexicon.months()),
        "month": tuple(lexicon.full_month_names()),
        "weekday": tuple(lexicon.weekdays()),
        # "vorgestern" contains "gestern", "übermorgen" "morgen".
        "relative_day": ("heute", "Heute", "gestern", "Gestern", "morgen"),
        "week": ("Woche",),
        "ago": units,
        "recent": units,
        "relative_unit": ("Monat", "Jahr", "Quartal"),
        "decade": ("0er",),
        "century": ("Jahrhundert",),
        "quarter": ("Quartal",),
    }
    return tuple(Pattern(kind, re.compile(regex), cues.get(kind, ())) for kind, regex in specs)
