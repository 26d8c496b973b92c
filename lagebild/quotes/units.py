"""Sentence units for the quote rules: sentences cut at paragraphs and joined over quotations.

The rules read one unit at a time. A unit is a sentence from ``doc.sents``, cut where a
real paragraph starts (a repaired break inside a sentence is no paragraph) and joined with
its neighbours where a quotation runs over a sentence end ("… sagen: Nein." "…").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy
from spacy.attrs import IS_SPACE, SENT_START
from spacy.tokens import Doc

from lagebild.model import Paragraph
from lagebild.pipeline import doc_offsets, doc_text
from lagebild.quotes.direct import Quotation

BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")


@dataclass(unsafe_hash=True)  # not frozen: its own __init__ sets the fields
class Unit:
    start: int  # first token index
    end: int  # token index after the last
    paragraph: int
    heading: bool  # a subheading or caption: quotes there need their own frame

    # Written out: mypyc compiles it, where the dataclass's own would run as Python.
    def __init__(
        self,
        start: int,
        end: int,
        paragraph: int,
        heading: bool,
    ) -> None:
        self.start = start
        self.end = end
        self.paragraph = paragraph
        self.heading = heading


def _fallback_paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs from blank lines when the structure component gave none.

    A break in mid-sentence (no final punctuation before, lower case after) is read as a
    space; a short block without final punctuation is taken as a subheading or caption.
    """
    paragraphs: list[Paragraph] = []
    start = 0
    for match in BLANK_LINE.finditer(text):
        before = text[start : match.start()].rstrip()
        after = text[match.end() : match.end() + 1]
        if before and before[-1] not in ".!?:\"“”«»'" and after.islower():
            continue
        paragraphs.append(Paragraph(start=start, end=match.start()))
        start = match.end()
    paragraphs.append(Paragraph(start=start, end=len(text)))
    for index, paragraph in enumerate(paragraphs):
        body = text[paragraph.start : paragraph.end].strip().rstrip("\"“”«»'‘’")
        if body and body[-1] not in ".!?:" and len(body.split()) <= 20:
            paragraphs[index] = Paragraph(
                start=paragraph.start, end=paragraph.end, kind="subheading"
            )
    return [p for p in paragraphs if p.end > p.start]


def paragraphs_of(doc: Doc) -> list[Paragraph]:
    structure = doc._.structure
    paragraphs = list(structure.paragraphs) if structure is not None else []
    if len(paragraphs) <= 1 and BLANK_LINE.search(doc_text(doc)):
        return _fallback_paragraphs(doc_text(doc))
    if structure is not None:
        # Repaired breaks join two paragraph records into one sentence; merge them.
        for repair in structure.repairs:
            paragraphs = _merge_at(paragraphs, repair.gap.start, repair.gap.end)
    return paragraphs or [Paragraph(start=0, end=len(doc_text(doc)))]


def _merge_at(paragraphs: list[Paragraph], gap_start: int, gap_end: int) -> list[Paragraph]:
    merged: list[Paragraph] = []
    for paragraph in paragraphs:
        if (
            merged
            and merged[-1].end <= gap_start + 1
            and paragraph.start >= gap_end - 1
            and paragraph.start - merged[-1].end <= gap_end - gap_start + 1
        ):
            last = merged.pop()
            merged.append(Paragraph(start=last.start, end=paragraph.end, kind=last.kind))
        else:
            merged.append(paragraph)
    return merged


def _paragraph_starts(
    spaces: list[int], offsets: list[int], starts: list[int], paragraph_of: Callable[[int], int]
) -> list[int]:
    """The first non-space token of every paragraph after the first, token by token (for
    paragraph starts out of order)."""
    found = []
    index = 0  # the paragraph of the current token
    previous = None
    for i in range(len(offsets)):
        if spaces[i]:
            continue
        if index + 1 < len(starts) and offsets[i] >= starts[index + 1]:
            index = paragraph_of(offsets[i])
        if previous is not None and index != previous:
            found.append(i)
        previous = index
    return found


def build_units(doc: Doc, paragraphs: list[Paragraph], quotations: list[Quotation]) -> list[Unit]:
    starts = [p.start for p in paragraphs]

    def paragraph_of(char: int) -> int:
        return max(0, bisect.bisect_right(starts, char) - 1)

    # Token boundaries where a unit may start: the sentence starts of ``doc.sents``, read
    # from one array instead of a Span per sentence.
    boundaries: set[int] = {0}
    if doc.has_annotation("SENT_START"):  # else no sentence boundaries are set
        boundaries.update(numpy.flatnonzero(doc.to_array(SENT_START) == 1).tolist())
    # A unit starts at the first non-space token of every paragraph: where the paragraph of
    # a non-space token differs from that of the one before, read for all tokens at once.
    space_array = doc.to_array(IS_SPACE) if len(doc) else numpy.zeros(0, dtype=numpy.uint64)
    spaces = space_array.tolist()
    offsets = doc_offsets(doc)
    if starts and all(a <= b for a, b in zip(starts, starts[1:], strict=False)):
        words = numpy.flatnonzero(space_array == 0)
        numbers = numpy.searchsorted(numpy.array(starts), numpy.array(offsets)[words], side="right")
        paragraph = numpy.maximum(numbers - 1, 0)  # as paragraph_of
        boundaries.update(words[1:][paragraph[1:] != paragraph[:-1]].tolist())
    else:
        boundaries.update(_paragraph_starts(spaces, offsets, starts, paragraph_of))
    # No boundary inside a quotation unless the quotation crosses a paragraph.
    for quotation in quotations:
        first = doc.char_span(quotation.start, quotation.end, alignment_mode="expand")
        if first is None:
            continue
        if paragraph_of(quotation.start) == paragraph_of(quotation.end - 1):
            boundaries -= set(range(first.start + 1, first.end + 1))
            # "… Nein.“ sagte er" — the token after the closing mark starts a unit only
            # after a quoted full stop and with a capital letter.
            inner = doc_text(doc)[quotation.start : quotation.end - 1].rstrip()
            if first.end < len(doc) and doc[first.end].text[:1].isupper() and inner[-1:] in ".!?":
                boundaries.add(first.end)
    ordered = sorted(b for b in boundaries if b < len(doc))
    units: list[Unit] = []
    for start, end in zip(ordered, [*ordered[1:], len(doc)], strict=True):
        while start < end and spaces[start]:
            start += 1
        while end > start and spaces[end - 1]:
            end -= 1
        if start >= end:
            continue
        index = paragraph_of(offsets[start])
        heading = paragraphs[index].kind != "paragraph" if paragraphs else False
        units.append(Unit(start, end, index, heading))
    return units
