"""Sentence segmentation that respects the article structure.

Rules, in order of strength:

1. Every paragraph, subheading and caption of ``doc._.structure`` starts a sentence, and no
   sentence crosses the end of one -- except at breaks that the structure marks as repaired
   (``structure.repairs``: a paragraph break inside a sentence, read as a space). Without a
   structure (``None``), blank lines separate paragraphs.
2. Inside a paragraph a sentence ends at ``. ! ? …`` when the next word looks like a sentence
   start (capitalised, a digit, an opening quote or bracket). A sentence that ends inside a
   quotation keeps the closing quote marks and brackets; ``"…", sagte sie`` is not split.
3. A period that belongs to an abbreviation ("z. B.", "Dr.", "bzw.", "Jan.") or an ordinal
   number ("am 10. Januar", "im 20. Jahrhundert") does not end a sentence, unless the
   abbreviation may close a sentence ("usw.") or the number is a year, and the next word is a
   typical sentence opener ("Er kam 2020. Dann ...").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

import numpy
from spacy.attrs import IDX, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

from lagebild.linguistics.resources import (
    abbreviations,
    ordinal_followers,
    sentence_starters,
)
from lagebild.model import Structure
from lagebild.pipeline import doc_words

_TERMINAL = re.compile(r"^(?:[.!?…]+|\.\.\.)$")
_TERMINAL_CHARS = frozenset(".!?…")
_NUMBER_PERIOD = re.compile(r"^\d+(?:[.,]\d+)*\.$")
_SINGLE_LETTER_PERIOD = re.compile(r"^[^\W\d_]\.$")
_QUOTES = {'"', "“", "”", "„", "»", "«", "‘", "’", "‚", "'", "‹", "›", "``", "''"}
_OPENING_ONLY = {"„", "‚", "``"}
_CLOSING_BRACKETS = {")", "]", "}"}
_OPENING_BRACKETS = {"(", "[", "{"}
_DASHES = {"-", "–", "—"}


@Language.component(
    "lagebild_sentences",
    requires=["doc._.structure"],
    assigns=["token.is_sent_start"],
)
def split_sentences(doc: Doc) -> Doc:
    if len(doc) == 0:
        return doc
    starts = sentence_starts(doc, doc._.structure)
    # One array write: setting ``token.is_sent_start`` re-checks the whole Doc per token.
    values = numpy.full(len(doc), -1, dtype="int64")
    values[sorted(starts)] = 1
    # the stub wants thinc's Ints2d; spaCy reads a 1-d array for a single attribute
    doc.from_array([SENT_START], values.astype("uint64"))  # type: ignore[arg-type]
    return doc


class _Content(Sequence[Token]):
    """The Doc's non-space tokens, made into Token objects only where a rule looks."""

    def __init__(self, doc: Doc, indices: list[int]) -> None:
        self.doc, self.indices = doc, indices

    def __len__(self) -> int:
        return len(self.indices)

    def __getitem__(self, k: int) -> Token:  # type: ignore[override]
        return self.doc[self.indices[k]]


def sentence_starts(doc: Doc, structure: Structure | None) -> set[int]:
    """Indices of the tokens that start a sentence."""
    words = doc_words(doc)
    spaces, offsets = _space_flags_and_offsets(doc)
    indices = [i for i, space in enumerate(spaces) if not space]
    content = _Content(doc, indices)
    starts: set[int] = {0}
    if not indices:
        return starts
    starts.add(indices[0])
    starts |= _structure_starts(doc, structure, words, spaces, offsets)
    for k, i in enumerate(indices):
        # only a word of terminal marks or one ending in a period can end a sentence
        if words[i][:1] not in _TERMINAL_CHARS and not words[i].endswith("."):
            continue
        if not _ends_sentence_here(content, k):
            continue
        # A sentence that ends inside a quotation or bracket keeps the closing marks.
        j = k + 1
        while j < len(content) and _is_closing(content[j]):
            j += 1
        if j < len(content) and _looks_like_start(content[j]):
            starts.add(indices[j])
    # Whitespace never starts a sentence: spaCy attaches it to the preceding sentence.
    return {i for i in starts if i == 0 or not spaces[i]}


def _space_flags_and_offsets(doc: Doc) -> tuple[list[int], list[int]]:
    """``token.is_space`` and ``token.idx`` of every token, read in one array."""
    if not len(doc):
        return [], []
    columns = doc.to_array([IS_SPACE, IDX])
    return columns[:, 0].tolist(), columns[:, 1].tolist()


def _structure_starts(
    doc: Doc,
    structure: Structure | None,
    words: list[str],
    spaces: list[int],
    token_offsets: list[int],
) -> set[int]:
    """First content token of every paragraph and after every paragraph end."""
    if structure is None:
        # No structure analysis: a blank line is the only paragraph signal we trust.
        return {i + 1 for i in range(len(doc) - 1) if spaces[i] and words[i].count("\n") >= 2}
    repaired = [(r.gap.start, r.gap.end) for r in structure.repairs]

    def is_repaired(offset: int) -> bool:
        return any(start <= offset <= end for start, end in repaired)

    offsets = set()
    for paragraph in structure.paragraphs:
        for offset in (paragraph.start, paragraph.end):
            if not is_repaired(offset):
                offsets.add(offset)
    starts = set()
    content_starts = [(token_offsets[i], i) for i, space in enumerate(spaces) if not space]
    positions = [idx for idx, _ in content_starts]
    for offset in offsets:
        k = bisect_left(positions, offset)
        if k < len(content_starts):
            idx, i = content_starts[k]
            # Only a break with nothing but whitespace before the next word counts.
            if not is_repaired(idx) and not _repair_between(repaired, offset, idx):
                starts.add(i)
    return starts


def _repair_between(repaired: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start <= gap_start and gap_end <= end for gap_start, gap_end in repaired)


def _ends_sentence_here(content: Sequence[Token], k: int) -> bool:
    token = content[k]
    text = token.text
    following = content[k + 1] if k + 1 < len(content) else None
    if _TERMINAL.match(text):
        if text == "." and k > 0 and _period_of_abbreviation(content[k - 1]):
            return following is not None and following.text in sentence_starters()
        return True
    if len(text) > 1 and text.endswith("."):
        return _dotted_word_ends_sentence(text, following)
    return False


def _period_of_abbreviation(previous: Token) -> bool:
    """The period is glued to a word that is an abbreviation without it ("Jan" + ".")."""
    if previous.whitespace_:
        return False
    word = previous.text + "."
    known = abbreviations()
    return (word in known.all and word not in known.final) or bool(
        _SINGLE_LETTER_PERIOD.match(word) and word[0].isupper()
    )


def _dotted_word_ends_sentence(text: str, following: Token | None) -> bool:
    if following is None:
        return True
    next_text = following.text
    if _NUMBER_PERIOD.match(text):
        if next_text in ordinal_followers() or not next_text[:1].isupper():
            return False
        digits = text[:-1].replace(".", "").replace(",", "")
        # "am 3. Tag" is an ordinal; a year or large number before an opener ends a sentence.
        return next_text in sentence_starters() or (len(digits) >= 4 and next_text[:1].isupper())
    known = abbreviations()
    if text in known.final:
        return next_text in sentence_starters()
    if text in known.all or text in known.parts or _SINGLE_LETTER_PERIOD.match(text):
        return False
    # A word spaCy kept together with its period is an abbreviation it knows.
    return next_text in sentence_starters()


def _is_closing(token: Token) -> bool:
    text = token.text
    if text in _CLOSING_BRACKETS:
        return True
    if text in _QUOTES and text not in _OPENING_ONLY:
        # A quote mark glued to the word before it closes a quotation.
        doc = token.doc
        return token.i > 0 and not doc[token.i - 1].whitespace_ and not doc[token.i - 1].is_space
    return False


def _looks_like_start(token: Token) -> bool:
    first = token.text[:1]
    return (
        first.isupper()
        or first.isdigit()
        or token.text[:1] in _QUOTES
        or token.text[:2] == "``"
        or token.text in _OPENING_BRACKETS
        or token.text[:1] in _DASHES
    )
