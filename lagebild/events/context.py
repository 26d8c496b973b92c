"""Truth and circumstances of an event: negation, condition, attribution to a speaker,
its own date, place and quantity."""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Final

from spacy.tokens import Doc

from lagebild.events.clauses import Chunk, Clause
from lagebild.events.lexicon import conditional_conjunctions, negation_cues
from lagebild.events.negation_scope import narrow
from lagebild.events.words import Word
from lagebild.model import Quote

#: "nicht nur", "nicht zuletzt": the negation does not deny the event.
_NOT_DENYING: Final = frozenset({"nur", "zuletzt", "minder", "selten", "immer", "weniger", "mehr"})
_YEAR: Final = re.compile(r"^(1[89]|20)\d\d$")
_NUMBER: Final = re.compile(r"^\d{1,3}(\.\d{3})+$|^\d+$")
_NUMBER_WORDS: Final = MappingProxyType(
    {
        "tausend": 1000,
        "tausende": 1000,
        "hunderte": 100,
        "zehntausend": 10000,
        "zehntausende": 10000,
    }
)
_MULTIPLIERS: Final = MappingProxyType(
    {
        "millionen": 1_000_000,
        "million": 1_000_000,
        "mio.": 1_000_000,
        "tausend": 1000,
        "milliarden": 1_000_000_000,
    }
)


def is_negation(word: Word, following: Word | None) -> bool:
    lower = word.lower
    if lower == "nicht" and following is not None and following.lower in _NOT_DENYING:
        return False
    if lower.startswith("kein") and word.tag in ("PIAT", "PIDAT", "PIS", "ART"):
        return True
    return lower in negation_cues() or word.lemma.casefold() in negation_cues()


def negation_words(words: list[Word]) -> list[Word]:
    return [
        w
        for i, w in enumerate(words)
        if is_negation(w, words[i + 1] if i + 1 < len(words) else None)
    ]


def verbal_negated(clause: Clause) -> bool:
    """A negation in the clause outside prepositional phrases ("werde nicht abrücken")."""
    in_pp = {w.i for c in clause.chunks if c.prep is not None for w in c.words}
    return any(
        w.i not in in_pp and not narrow(clause.words, w) for w in negation_words(clause.words)
    )


def nominal_negated(clause: Clause, chunk: Chunk, word: Word) -> bool:
    """ "keinen Überfall", "ohne Angriff", or a negated clause the noun is an argument of."""
    if chunk.prep == "ohne":
        return True
    if any(w.lower.startswith("kein") for w in chunk.words if w.i < word.i):
        return True
    return chunk.prep is None and verbal_negated(clause)


def quote_at(quotes: list[Quote], start: int, end: int) -> Quote | None:
    """The innermost quote that contains the span. A span that is the quote's own cue
    ("Gegner protestierten mit einer Sitzblockade", a report of their protest) tells the act
    of speaking itself, as fact, not something only said."""
    inside = [q for q in quotes if q.start <= start and end <= q.end and not _in_cue(q, start, end)]
    return min(inside, key=lambda q: q.end - q.start) if inside else None


def _in_cue(quote: Quote, start: int, end: int) -> bool:
    cue = quote.cue
    if cue is None:
        return False
    pieces = cue.parts or [cue]
    return any(piece.start <= start and end <= piece.end for piece in pieces)


def condition(clause: Clause, clauses: list[Clause], text: str) -> str | None:
    """ "im Fall(e) einer militärischen Eskalation" or a falls/wenn clause beside it."""
    words = clause.words
    for position, word in enumerate(words):
        if (
            word.lower in ("fall", "falle")
            and position > 0
            and words[position - 1].lower in ("im", "für")
        ):
            chunk = clause.chunk_of(word)
            if chunk is not None and chunk.genitive is not None:
                content = [w for w in chunk.genitive_words if w.tag not in ("ART", "PIAT")]
                return text[content[0].start : content[-1].end] if content else None
            chunk = next((c for c in clause.chunks if c.first == word.i + 1), None)
            if chunk is None:
                chunk = next((c for c in clause.chunks if c.first > word.i), None)
            if chunk is not None:
                content = [w for w in chunk.words if w.tag not in ("ART", "PIAT")] or chunk.words
                return text[content[0].start : content[-1].end]
    index = clauses.index(clause)
    for neighbour in clauses[index + 1 : index + 2] + clauses[max(0, index - 1) : index]:
        if neighbour.words and neighbour.words[0].lower in conditional_conjunctions():
            return text[neighbour.words[0].start : neighbour.words[-1].end]
    return None


def date_in(doc: Doc, clause: Clause) -> str | None:
    """The value of a date expression in the clause (a background event keeps its date)."""
    start, end = clause.words[0].start, clause.words[-1].end
    for date in doc._.dates or []:
        if (
            start <= date.start
            and date.end <= end
            and date.value
            and not date.value.startswith("relative")
        ):
            return date.value
    for word in clause.words:
        if word.tag == "CARD" and _YEAR.match(word.text):
            following = clause.words[word.i - clause.first + 1 :][:1]
            if not following or following[0].tag not in ("NN", "ADJA"):
                return word.text
    return None


def place_in(doc: Doc, clause: Clause) -> str | None:
    """A place named in a locative phrase of the clause ("in Genf")."""
    start, end = clause.words[0].start, clause.words[-1].end
    locative = {(c.start, c.end) for c in clause.chunks if c.prep in ("in", "bei", "nahe", "an")}
    for place in doc._.places or []:
        for mention in place.mentions:
            if (
                start <= mention.start
                and mention.end <= end
                and any(s <= mention.start and mention.end <= e for s, e in locative)
            ):
                return place.name
    return None


def quantity(chunks: list[Chunk | None]) -> int | None:
    """A head count in the event's phrases ("fast 100.000 Soldaten" -> 100000)."""
    for chunk in chunks:
        if chunk is None:
            continue
        for position, word in enumerate(chunk.words):
            value = _number(word)
            if value is None:
                continue
            following = chunk.words[position + 1 :]
            if following and following[0].lower in _MULTIPLIERS:
                value *= _MULTIPLIERS[following[0].lower]
                following = following[1:]
            if _YEAR.match(word.text) and not (following and following[0].tag == "NN"):
                continue  # a year, not a count
            if any(w.tag == "NN" for w in following):
                return value
    return None


def _number(word: Word) -> int | None:
    if word.tag == "CARD" and _NUMBER.match(word.text):
        return int(word.text.replace(".", ""))
    return _NUMBER_WORDS.get(word.lower)
