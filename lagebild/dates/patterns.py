"""Regular expressions for German time expressions, built from the word lists.

Each pattern has a kind that says how :mod:`lagebild.dates.resolve` turns its named groups
into a value. Prepositions that belong to an expression ("am", "seit", "vom") are part of
the match, so a span reads as in the gold annotations ("am 10. Januar 2022").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
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
    #: One search for the cues of all patterns (:func:`cue_starts`) is far cheaper than the
    #: regex, which tries its optional preposition prefix at every position of the text.
    cues: tuple[str, ...] = ()
    #: At most this many characters other than whitespace and digits stand between the
    #: start of a match and the start of the cue it contains (the preposition, a weekday,
    #: a direction word), so the regex need only be tried that far before each cue.
    reach: int = 0
    #: A pattern without cues can only match a text where this regex matches (None: any).
    gate: re.Pattern[str] | None = None


def _alternation(words: list[str]) -> str:
    """Longest first, so "Januar" wins over "Jan"."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def _case_insensitive_first(word: str) -> str:
    """Both "am" and "Am": the first letter in either case (sentence starts)."""
    return f"[{word[0].upper()}{word[0].lower()}]{re.escape(word[1:])}"


def _prefix(*words: str) -> str:
    """An optional preposition phrase before an expression, in either case."""
    alternatives = "|".join(
        r"\s+".join(
            _case_insensitive_first(part) if i == 0 else re.escape(part)
            for i, part in enumerate(word.split())
        )
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
        "am",
        "vom",
        "bis zum",
        "ab dem",
        "seit dem",
        "zum",
        "des",
        "dem",
        "für den",
        "auf den",
        "bis",
        "seit",
        "ab",
        "von",
        "vor dem",
        "nach dem",
    )
    weekday_before = rf"(?:(?P<weekday_name>{weekdays}),?\s+(?:(?:den|dem)\s+)?)?"
    specs: list[tuple[str, str]] = [
        ("iso_date", r"(?<![\d-])(?P<iso>\d{4}-\d{2}-\d{2})(?![\d-])"),
        (
            "numeric_date",
            day_prefix
            + weekday_before
            + r"(?<![\d.])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4}|\d{2})(?![\d])",
        ),
        (
            "named_date",
            day_prefix
            + weekday_before
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
            _prefix(
                "am",
                "für",
                "auf",
                "bis",
                "seit",
                "ab",
                "vom",
                "zum",
                "in der Nacht zum",
                "in der Nacht auf",
                "in der Nacht zu",
                "erst am",
                "schon am",
                "noch am",
            )
            + rf"(?:(?P<direction>{_DIRECTION})\s+)?(?P<weekday>{weekdays})"
            + rf"(?:abend|morgen|nachmittag|vormittag|mittag|nacht)?{_END}",
        ),
        (
            "relative_day",
            _prefix("seit", "bis", "für", "ab", "von", "noch")
            + rf"{_START}(?P<relative_day>heute|Heute|gestern|Gestern|vorgestern|Vorgestern"
            # "Heute-Show", "heute-Moderator": the first part of a title, not a day
            + rf"|morgen|übermorgen){_END}(?!-[\wäöüßÄÖÜ])",
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
            + r"Quartals?(?:\s+(?P<year>\d{4})(?!\d))?"
            + _END,
        ),
        (
            "year",
            _prefix(
                "im Jahr",
                "im Jahre",
                "des Jahres",
                "seit dem Jahr",
                "seit",
                "bis",
                "ab",
                "von",
                "im Sommer",
                "im Herbst",
                "im Winter",
                "im Frühjahr",
                "Anfang",
                "Mitte",
                "Ende",
                "Sommer",
                "Herbst",
                "Winter",
                "Frühjahr",
            )
            # not inside a word or model number ("PM1633a", "2015er")
            + r"(?<![\w.,/-])(?P<year>1[5-9]\d\d|20\d\d)(?!\w|[.,]\d)",
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
        # the first two digits of the year
        "year": ("15", "16", "17", "18", "19", "20"),
    }
    # the digits and dots of a date: "3.2.21", "2022-01-09"
    gates = {
        "iso_date": re.compile(r"\d-\d\d-\d"),
        "numeric_date": re.compile(r"\d\.\d{1,2}\.\d\d"),
    }
    # the longest preposition phrase of each prefix, a weekday or number word, a direction
    # word ("vergangenen"), a day's "10. und 11." (digits aside): see Pattern.reach
    weekday = max(map(len, lexicon.weekdays()))
    number = max(map(len, lexicon.number_words()))
    direction = len("vergangenen")
    reaches = {
        "named_date": len("nachdem") + weekday + len(",dem") + len(".und."),
        "month": len("seitdem") + len("Anfang"),
        "weekday": len("inderNachtzum") + direction,
        "relative_day": len("noch") + len("über"),
        "week": len("ZuBeginnder") + direction,
        "ago": len("Innerhalbvon") + number,
        "recent": len("inden") + direction + number,
        "relative_unit": len("Anfangdes") + direction,
        "decade": len("Anfangder"),
        "century": len("Seitdem") + len("."),
        "quarter": len("im") + len("dritten"),
        "year": len("seitdemJahr"),
    }
    return tuple(
        Pattern(kind, re.compile(regex), cues.get(kind, ()), reaches.get(kind, 0), gates.get(kind))
        for kind, regex in specs
    )


@functools.cache
def _cue_search() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """One regex for the cues of all patterns, longest first, and for each cue the kinds of
    the patterns with a cue that begins where it does (the cue itself or a prefix of it)."""
    cued = [pattern for pattern in patterns() if pattern.cues]
    cues = {cue for pattern in cued for cue in pattern.cues}
    regex = re.compile(_alternation(list(cues)))
    kinds = {
        cue: tuple(p.kind for p in cued if any(cue.startswith(c) for c in p.cues)) for cue in cues
    }
    return regex, kinds


@functools.cache
def _any_gate() -> re.Pattern[str]:
    """The gates of all patterns in one regex: one search of a text where none matches
    (most texts), rather than one per gate."""
    return re.compile("|".join(f"(?:{p.gate.pattern})" for p in patterns() if p.gate))


def gates_pass(text: str) -> bool:
    """Whether any pattern's gate matches ``text`` (else none need be tried)."""
    return _any_gate().search(text) is not None


def cue_starts(text: str) -> dict[str, list[int]]:
    """For each pattern kind with cues in ``text``: where they begin, in order. One search
    for all cues of all patterns, resumed one character after each hit so that overlapping
    cues ("2020": "20" twice) are all found; a cue's prefixes begin where it does."""
    regex, kinds = _cue_search()
    search = regex.search
    starts: dict[str, list[int]] = {}
    match = search(text)
    while match is not None:
        at = match.start()
        for kind in kinds[match.group()]:
            starts.setdefault(kind, []).append(at)
        match = search(text, at + 1)
    return starts


def find_matches(
    pattern: Pattern, text: str, cue_starts_of_text: dict[str, list[int]] | None = None
) -> Iterator[re.Match[str]]:
    """``pattern.regex.finditer(text)``, trying the regex only near the cues: at the
    positions from ``pattern.reach`` characters (whitespace and digits aside) before each
    cue up to the cue. Every match contains a cue that near its start, so no match is
    missed, and the first position that matches is where ``finditer`` would find it.
    ``cue_starts_of_text``: :func:`cue_starts` of ``text``, when the caller has it."""
    if not pattern.cues:
        yield from pattern.regex.finditer(text)
        return
    if cue_starts_of_text is None:
        cue_starts_of_text = cue_starts(text)
    match_at = pattern.regex.match
    floor = 0  # no match starts before this position that is not found already
    for cue in cue_starts_of_text.get(pattern.kind, ()):
        if cue < floor:
            continue
        start, counted = cue, 0
        while start > floor:
            char = text[start - 1]
            if not (char.isspace() or char.isdigit()):
                if counted == pattern.reach:
                    break
                counted += 1
            start -= 1
        for position in range(start, cue + 1):
            match = match_at(text, position)
            if match is not None:
                yield match
                floor = match.end()
                break
        else:
            floor = cue + 1
