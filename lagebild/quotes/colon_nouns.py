"""A speech noun and its owner before a colon frame what follows: "Der Vorwurf Sardanas: Die
Gesellschaft habe ihn ruinieren wollen", "Hubers These: In Italien fehlt …", "Die Forderung
der Opposition: …".

The noun is one of saying or thinking (frame_nouns.txt, speech_nouns.tsv), not a label that
speaks for no one ("Das Ergebnis: …", label_nouns.txt); its owner is a genitive after it
("Sardanas", "der Opposition") or a name before it ("Frühstücks Schlussfolgerung").
Without an owner the colon names no one and frames nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc

from lagebild.model import Participant
from lagebild.quotes.cues import CueMatch
from lagebild.quotes.lexicon import speech_noun_medium, speech_nouns, word_list
from lagebild.quotes.speakers import participant
from lagebild.quotes.token_table import token_table
from lagebild.quotes.units import Unit

#: the most words before the colon: article, noun and a genitive of a few words
MAX_FRAME = 7
ARTICLES = frozenset({"der", "die", "das"})
GENITIVE_ARTICLES = frozenset({"des", "der"})


@dataclass(frozen=True)
class ColonFrame:
    noun: int  # the speech noun
    colon: int
    speaker: tuple[int, int]  # token range of the owner


@cache
def _claim_nouns() -> frozenset[str]:
    nouns = word_list("frame_nouns.txt") | frozenset(speech_nouns())
    return nouns - word_list("label_nouns.txt")


def colon_frame(doc: Doc, unit: Unit, masked: frozenset[int]) -> ColonFrame | None:
    """The speech noun frame a unit opens with, None for most units."""
    tokens = token_table(doc)
    after_first, last = unit.start + 1, min(unit.end - 2, unit.start + MAX_FRAME)
    # the window's first colon, by a scan in C: most units have none
    window = tokens.words[after_first:last] if last > after_first else []
    if ":" not in window:
        return None
    colon = after_first + window.index(":")
    if colon in masked:
        return None
    first = unit.start
    nouns = _claim_nouns()
    if colon - first == 2 and tokens.words[first + 1] in nouns and _owner_before(doc, first):
        return ColonFrame(first + 1, colon, (first, first + 1))  # "Hubers These:"
    if tokens.lower[first] in ARTICLES and colon - first >= 3 and tokens.words[first + 1] in nouns:
        owner = (first + 2, colon)
        if _genitive(doc, owner[0], owner[1]):
            return ColonFrame(first + 1, colon, owner)  # "Der Vorwurf Sardanas:"
    return None


def colon_cue(doc: Doc, unit: Unit, masked: frozenset[int]) -> CueMatch | None:
    frame = colon_frame(doc, unit, masked)
    if frame is None:
        return None
    medium = speech_noun_medium(token_table(doc).words[frame.noun]) or "speech"
    return CueMatch("colon_noun", frame.noun, medium=medium)


def _owner_before(doc: Doc, i: int) -> bool:
    """A name in the genitive before the noun ("Frühstücks Schlussfolgerung"); not "Seine
    These": whose, a possessive leaves to a reading of pronouns the stage has not."""
    return _genitive_name(doc, i)


def _genitive(doc: Doc, start: int, end: int) -> bool:
    """ "Sardanas", "des Ministers", "der Opposition": a genitive owner after the noun."""
    tokens = token_table(doc)
    if end - start == 1:
        return _genitive_name(doc, start)
    return tokens.lower[start] in GENITIVE_ARTICLES and all(
        tokens.words[k][:1].isupper() or tokens.tags[k] in {"ADJA", "ART"}
        for k in range(start + 1, end)
    )


def _genitive_name(doc: Doc, i: int) -> bool:
    tokens = token_table(doc)
    return tokens.tags[i] == "NE" and tokens.words[i].endswith("s")


def genitive_owner(doc: Doc, frame: ColonFrame) -> Participant | None:
    """The one a genitive name is ("Sardanas": Rakesh Sardana), read at the name's first
    plain mention ("Rakesh Sardana"); None elsewhere (the phrase is read as usual)."""
    tokens = token_table(doc)
    start, end = frame.speaker
    if end - start != 1 or not _genitive_name(doc, start):
        return None
    stem = tokens.words[start][:-1]
    # the first mention gives the whole name ("Rakesh Sardana"), later ones the surname
    plain = next((k for k in range(start) if tokens.words[k] == stem), None)
    if plain is None:
        return None
    first = plain
    while first > 0 and tokens.tags[first - 1] == "NE":
        first -= 1
    name = " ".join(tokens.words[first : plain + 1])
    found = participant(doc, first, plain + 1)
    return Participant(
        name=name,
        entity_id=found.entity_id if found is not None and found.name == name else None,
        start=tokens.offsets[start],
        end=tokens.end_char(start),
    )
