"""A name found in a text, with the places it may denote (what the matcher hands on)."""

from __future__ import annotations

from dataclasses import dataclass

from lagebild.places.gazetteer import Candidate


@dataclass(slots=True, init=False, unsafe_hash=True)
class Found:
    """One name in the text and the places it may denote (made once and never changed).

    Its ``__init__`` is written out: compiled by mypyc, it sets the fields directly, where
    the one dataclasses generates (a frozen dataclass's above all) runs as Python code."""

    start: int
    end: int
    base: str  # the name without inflection ("Brüssel" for "Brüssels")
    candidates: tuple[Candidate, ...]
    cue: str | None  # "preposition", "noun", "weak" or "dateline" when the context marks a place
    cue_word: str | None = None  # the word right before, when it is a cue ("in", "Stadt")
    country_hint: str | None = None  # from an adjective before: "im russischen Sotschi" -> RU
    neighbour: bool = False  # a capitalised word adjoins: part of a longer name?
    common_noun: bool = False  # the tagger read the word as a common noun or other word
    adjective: bool = False
    genitive: bool = False  # found by stripping a genitive ending ("Moskaus")
    article_before: bool = False  # an article or "im", "beim" stands right before
    longer_name: bool = False  # a name word follows ("Van Bylen", "Neuhaus am Inn")
    noun_word: bool = False  # the noun lexicon knows the word only as a common noun ("Busse")
    in_title: bool = False  # part of a medium's, team's or club's name ("New York Times")
    english_in: bool = False  # after an English "in" ("Urban Change in Time")
    club: bool = False  # a sports club or team here ("Verfolger Monaco", "2:0 gegen Malmö")

    def __init__(
        self,
        start: int,
        end: int,
        base: str,
        candidates: tuple[Candidate, ...],
        cue: str | None,
        cue_word: str | None = None,
        country_hint: str | None = None,
        neighbour: bool = False,
        common_noun: bool = False,
        adjective: bool = False,
        genitive: bool = False,
        article_before: bool = False,
        longer_name: bool = False,
        noun_word: bool = False,
        in_title: bool = False,
        english_in: bool = False,
        club: bool = False,
    ) -> None:
        self.start = start
        self.end = end
        self.base = base
        self.candidates = candidates
        self.cue = cue
        self.cue_word = cue_word
        self.country_hint = country_hint
        self.neighbour = neighbour
        self.common_noun = common_noun
        self.adjective = adjective
        self.genitive = genitive
        self.article_before = article_before
        self.longer_name = longer_name
        self.noun_word = noun_word
        self.in_title = in_title
        self.english_in = english_in
        self.club = club
