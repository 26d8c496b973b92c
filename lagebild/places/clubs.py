"""Place names that stand for a sports club or team in the sentence at hand: "Verfolger
Monaco", "das 2:0 gegen Malmö", "Auswärtssieg gegen Ried". A club's prefix ("FC Basel") is
read by the matcher's title check; this reads the words around a bare town's name."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

#: The word right before a name, one space away.
_WORD_BEFORE = re.compile(r"([^\W\d_][\w-]*) $")
#: A match score: "2:0", "1:2", "3:2-(0:1)".
_SCORE = re.compile(r"(?<!\d)\d{1,2}:\d{1,2}(?!\d)")
#: What ends a sentence, for the sentence around a name.
_SENTENCE_END = re.compile(r"[.!?\n]\s")
_WORD = re.compile(r"[^\W\d_][\w-]*")
#: How far the sentence around a name is read at most, each way.
_REACH = 300


@dataclass(frozen=True, slots=True)
class ClubCues:
    rank: frozenset[str]
    versus: frozenset[str]
    sport: frozenset[str]


@functools.cache
def club_cues() -> ClubCues:
    """The cue words of ``club_cues.tsv``, by kind."""
    text = resources.files("lagebild.places").joinpath("data", "club_cues.tsv").read_text("utf-8")
    kinds: dict[str, set[str]] = {"rank": set(), "versus": set(), "sport": set()}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            kind, word = line.split("\t")
            kinds[kind.strip()].add(word.strip())
    return ClubCues(*(frozenset(kinds[kind]) for kind in ("rank", "versus", "sport")))


def names_club(text: str, start: int, end: int, country: bool) -> bool:
    """Whether the name at ``start:end`` stands for a club or team here: a rank word right
    before it ("Tabellenführer"), or, for a town, "gegen" right before it in a sentence with
    a sports word or a score. ``country`` says the name may be a country's: its national
    team after "gegen" is left to the place reading ("Sanktionen gegen Russland")."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group(1)
    cues = club_cues()
    if word in cues.rank:
        return True
    if word not in cues.versus or country:
        return False
    return _sporting_sentence(text, start, end, cues.sport)


def _sporting_sentence(text: str, start: int, end: int, sport: frozenset[str]) -> bool:
    """Whether the sentence around ``start:end`` holds a score or a sports word."""
    low = max(0, start - _REACH)
    opening = max((m.end() for m in _SENTENCE_END.finditer(text, low, start)), default=low)
    closing_match = _SENTENCE_END.search(text, end, end + _REACH)
    closing = closing_match.start() if closing_match else min(len(text), end + _REACH)
    if _SCORE.search(text, opening, closing):
        return True
    # the last part of a hyphened compound counts too: "Last-Minute-Sieg"
    return any(
        word.group().rsplit("-", 1)[-1] in sport for word in _WORD.finditer(text, opening, closing)
    )
