"""Article structure: paragraphs, subheadings, captions and repaired breaks.

Scraped articles arrive as plain text with paragraphs separated by blank lines (sometimes
single newlines) and with subheadings and picture captions mixed into the body. The rules:

1. Every non-blank line is a piece, unless the text is hard-wrapped (most single newlines
   fall inside sentences of lines of similar length); then single newlines are soft wraps.
2. A break inside a sentence is repaired: the piece before has no sentence-final punctuation
   and the piece after starts lowercase, or the piece before ends with a comma, a hyphen or a
   word that cannot end a sentence (an article, a preposition, a conjunction).
3. Each block is classified by its shape: photo credits are captions; blocks with
   sentence-final punctuation are paragraphs; otherwise a short block (at most
   ``SUBHEADING_MAX_WORDS`` words) or a quoted line is a subheading and a longer one a caption.

The cue words (credit markers, agencies, caption phrases, continuation words) are in
``structure_cues.json``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from statistics import median
from typing import Literal

from spacy.language import Language
from spacy.tokens import Doc

from lagebild.model import Paragraph, Repair, Span, Structure, TextSpan
from lagebild.pipeline import doc_text

CUES_FILE = Path(__file__).with_name("structure_cues.json")

SUBHEADING_MAX_WORDS = 8
QUOTED_SUBHEADING_MAX_WORDS = 15
QUESTION_SUBHEADING_MAX_WORDS = 6
CAPTION_MAX_WORDS = 40
CREDIT_MAX_WORDS = 12
# Words shown on each side of a repaired break: enough to read the sentence across the gap.
REPAIR_WORDS_BEFORE = 3
REPAIR_WORDS_AFTER = 5

BlockKind = Literal["paragraph", "subheading", "caption"]

_CLOSERS = "\"'“”»«›‹‘’)]"
_QUOTE_OPENERS = '"„“»«‚‘›‹'
_QUOTE_CLOSERS = '"“”»«‘’›‹'
_FINAL = ".!?…:;"
_LINE = re.compile(r"[^\n]+")
_INNER_SENTENCE_END = re.compile(r"[.!?…][\"“”»«’)]*\s+[\"„“»«(]?[A-ZÄÖÜ]")
_WORD = re.compile(r"\S+")
_LIST_ITEM = re.compile(r"^[•·▪◦*–-]\s+\S")
_TRAILING_PARENTHESES = re.compile(r"(?:\s*\([^()]*\))+\s*$")


@dataclass(frozen=True)
class StructureCues:
    credit_start: re.Pattern[str]
    credit_end: re.Pattern[str]
    agency_line: re.Pattern[str]
    caption_cue: re.Pattern[str]
    continuation_words: frozenset[str]


def _alternation(words: list[str]) -> str:
    # Longest first, so "imago images" wins over "imago".
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


@cache
def cues() -> StructureCues:
    data = json.loads(CUES_FILE.read_text(encoding="utf-8"))
    markers = _alternation(data["credit_markers"])
    agencies = _alternation(data["credit_agencies"])
    return StructureCues(
        credit_start=re.compile(rf"^(?:\(?\s*(?:{markers})\s*:|©|\(c\)\s)", re.IGNORECASE),
        credit_end=re.compile(
            rf"(?:\(\s*(?:{markers})\s*:[^()]{{1,60}}\)"
            rf"|(?<![\w-])(?:{markers})\s*:\s*[^:!?]{{0,59}}[^:!?.\s]"
            rf"|©[^©]{{1,60}})$",
            re.IGNORECASE,
        ),
        agency_line=re.compile(rf"^(?:{agencies})(?:\s*/\s*\S.*)?$", re.IGNORECASE),
        caption_cue=re.compile(
            rf"(?<!\w)(?:{_alternation(data['caption_cues'])})(?!\w)", re.IGNORECASE
        ),
        continuation_words=frozenset(word.lower() for word in data["continuation_last_words"]),
    )


# ---------------------------------------------------------------- shape features


def ends_sentence(text: str) -> bool:
    """True when the text ends with sentence-final punctuation (closing quotes skipped)."""
    core = text.rstrip().rstrip(_CLOSERS).rstrip()
    if bool(core) and core[-1] in _FINAL:
        return True
    # A sign-off after the last sentence: "… orientieren. (APA, red, 25.7.2015)".
    before_signoff = _TRAILING_PARENTHESES.sub("", text)
    return before_signoff != text and ends_sentence(before_signoff)


def word_count(text: str) -> int:
    return len(text.split())


def is_photo_credit(text: str) -> bool:
    """ "Foto: dpa", "© Reuters", "Stoltenberg in Brüssel (Bild: AFP)", "AFP/Getty Images"."""
    text = text.strip()
    found = cues()
    if found.credit_start.match(text) or found.credit_end.search(text):
        return True
    return word_count(text) <= CREDIT_MAX_WORDS // 2 and bool(found.agency_line.match(text))


def _is_quoted_line(text: str) -> bool:
    return len(text) > 2 and text[0] in _QUOTE_OPENERS and text[-1] in _QUOTE_CLOSERS


def _mostly_letters(text: str) -> bool:
    visible = [char for char in text if not char.isspace()]
    return sum(char.isalpha() for char in visible) >= len(visible) / 2


def classify_block(text: str) -> BlockKind:
    """Tell a subheading or caption from a body paragraph by its shape alone."""
    words = word_count(text)
    if words <= CREDIT_MAX_WORDS and is_photo_credit(text):
        return "caption"
    if _LIST_ITEM.match(text):
        return "paragraph"
    inner_ends = len(_INNER_SENTENCE_END.findall(text))
    if ends_sentence(text):
        is_short_question = (
            text.rstrip(_CLOSERS).endswith("?")
            and words <= QUESTION_SUBHEADING_MAX_WORDS
            and inner_ends == 0
        )
        return "subheading" if is_short_question and text[0].isupper() else "paragraph"
    if not _mostly_letters(text) or words > CAPTION_MAX_WORDS or inner_ends >= 2:
        return "paragraph"
    if _is_quoted_line(text) and words <= QUOTED_SUBHEADING_MAX_WORDS:
        return "subheading"
    if cues().caption_cue.search(text) or is_photo_credit(text):
        return "caption"
    if words <= SUBHEADING_MAX_WORDS:
        # A heading starts like a title; a lowercase fragment is a leftover of the body.
        starts_like_title = text[0].isupper() or text[0].isdigit() or text[0] in _QUOTE_OPENERS
        return "subheading" if starts_like_title else "paragraph"
    return "caption"


def _looks_like_heading(text: str) -> bool:
    """A short title-like line ("Beschlüsse bis 12:00 Uhr"), not the start of a sentence."""
    words = text.split()
    last = words[-1].lower()
    return (
        len(words) <= SUBHEADING_MAX_WORDS
        and "," not in text
        and last not in cues().continuation_words
        and not words[-1][0].islower()
    )


def continues_sentence(before: str, after: str) -> bool:
    """True when a paragraph break between ``before`` and ``after`` falls inside a sentence."""
    before, after = before.rstrip(), after.lstrip()
    if not before or not after or ends_sentence(before):
        return False
    if is_photo_credit(before) or is_photo_credit(after):
        return False
    first = after[0]
    if before[-1] == "," or (before[-1] == "-" and len(before) > 1 and before[-2].isalpha()):
        return first.isalnum()
    if first.islower() or first in ",;":
        return not _looks_like_heading(before)
    last_word = before.split()[-1].lower()
    if last_word in cues().continuation_words and (first.isalnum() or first in '„"»('):
        return True
    # Complete sentences followed by an unfinished one: a body paragraph cut short, when
    # the next piece is body text too (not a heading or caption of its own).
    return (
        word_count(before) > SUBHEADING_MAX_WORDS
        and bool(_INNER_SENTENCE_END.search(before))
        and ends_sentence(after)
    )


# ---------------------------------------------------------------- segmentation


def _pieces(text: str) -> list[tuple[int, int]]:
    """The non-blank lines as (start, end) without surrounding whitespace."""
    pieces = []
    for match in _LINE.finditer(text):
        line = match.group()
        stripped = line.strip()
        if stripped:
            start = match.start() + len(line) - len(line.lstrip())
            pieces.append((start, start + len(stripped)))
    return pieces


def _is_single_break(text: str, left: tuple[int, int], right: tuple[int, int]) -> bool:
    return text.count("\n", left[1], right[0]) == 1


def is_hard_wrapped(text: str, pieces: list[tuple[int, int]]) -> bool:
    """Lines of similar length that mostly end mid-sentence: a fixed-width wrapped text."""
    wrapped = [
        left
        for left, right in zip(pieces, pieces[1:], strict=False)
        if _is_single_break(text, left, right)
    ]
    if len(wrapped) < 4:
        return False
    lengths = [end - start for start, end in wrapped]
    widest = max(lengths)
    mid_sentence = sum(not ends_sentence(text[start:end]) for start, end in wrapped)
    similar = sum(length >= 0.6 * widest for length in lengths)
    return (
        widest <= 120
        and median(lengths) >= 40
        and mid_sentence >= 0.5 * len(wrapped)
        and similar >= 0.7 * len(wrapped)
    )


def _join_soft_wraps(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    joined: list[tuple[int, int]] = []
    for piece in pieces:
        if joined and _is_single_break(text, joined[-1], piece):
            joined[-1] = (joined[-1][0], piece[1])
        else:
            joined.append(piece)
    return joined


def _edge_words(text: str, start: int, end: int, count: int, last: bool) -> TextSpan:
    words = list(_WORD.finditer(text, start, end))
    chosen = words[-count:] if last else words[:count]
    span_start, span_end = start, end
    if chosen:
        span_start, span_end = chosen[0].start(), chosen[-1].end()
    return TextSpan(start=span_start, end=span_end, text=text[span_start:span_end])


def analyse_structure(text: str) -> Structure:
    """The structure of an article's plain text; all offsets point into ``text``."""
    pieces = _pieces(text)
    if is_hard_wrapped(text, pieces):
        pieces = _join_soft_wraps(text, pieces)
    blocks: list[tuple[int, int]] = []
    repairs: list[Repair] = []
    for start, end in pieces:
        if blocks and continues_sentence(text[blocks[-1][0] : blocks[-1][1]], text[start:end]):
            previous_start, previous_end = blocks[-1]
            repairs.append(
                Repair(
                    gap=Span(start=previous_end, end=start),
                    before=_edge_words(
                        text, previous_start, previous_end, REPAIR_WORDS_BEFORE, True
                    ),
                    after=_edge_words(text, start, end, REPAIR_WORDS_AFTER, False),
                )
            )
            blocks[-1] = (previous_start, end)
        else:
            blocks.append((start, end))
    paragraphs = [Paragraph(start=s, end=e, kind=classify_block(text[s:e])) for s, e in blocks]
    return Structure(
        paragraphs=paragraphs,
        subheadings=_spans_of(text, paragraphs, "subheading"),
        captions=_spans_of(text, paragraphs, "caption"),
        repairs=repairs,
    )


def _spans_of(text: str, paragraphs: list[Paragraph], kind: BlockKind) -> list[TextSpan]:
    return [
        TextSpan(start=p.start, end=p.end, text=text[p.start : p.end])
        for p in paragraphs
        if p.kind == kind
    ]


@Language.component(
    "lagebild_structure",
    requires=[],
    assigns=["doc._.structure"],
)
def mark_structure(doc: Doc) -> Doc:
    doc._.structure = analyse_structure(doc_text(doc))
    return doc
