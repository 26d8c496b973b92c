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
   typical sentence opener ("Er kam 2020. Dann ..."). An abbreviation that is also a plain
   word ("Art.") abbreviates only before a number. A score, a word with digits or a unit
   before a period ("2:0.", "Nexus 6P.", "km/h.") is no abbreviation: the period ends a sentence.
4. A heading glued to the body by a double space ends before a capitalised sentence opener or
   a dateline ("Widerstand an  Während ...", "batteries  London – ..."); a double space
   after an article or a preposition is a typo inside a sentence. Glued by a single space,
   a heading ends in a verb-like word before an unambiguous opener ("Die Universität
   schweigt Die Universität ..."); an embedded tweet ends at its link. A subheading run
   into its paragraph after a sentence end ends before an unambiguous capitalised opener a
   few words on ("… Stärke. Wahlscharmützel Die Karriere …", see
   :mod:`lagebild.linguistics.subheadings`).
5. An author's or agency's sign-off ("(APA, 23.8.2015)") ends the sentence it opens.
"""

from __future__ import annotations

import re
from bisect import bisect_left

import numpy
from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from lagebild.linguistics.resources import (
    abbreviations,
    ambiguous_starters,
    articles,
    ordinal_followers,
    sentence_starters,
    separable_particles,
)
from lagebild.linguistics.subheadings import glued_subheading_starts
from lagebild.model import Structure
from lagebild.pipeline import doc_text, doc_words
from lagebild.structure import cues

_TERMINAL = re.compile(r"^(?:[.!?…]+|\.\.\.)$")
_TERMINAL_CODES = tuple(map(ord, ".!?…"))
_NUMBER_PERIOD = re.compile(r"^\d+(?:[.,]\d+)*\.$")
_SINGLE_LETTER_PERIOD = re.compile(r"^[^\W\d_]\.$")
_QUOTES = {'"', "“", "”", "„", "»", "«", "‘", "’", "‚", "'", "‹", "›", "``", "''"}
_OPENING_ONLY = {"„", "‚", "``"}
_CLOSING_BRACKETS = {")", "]", "}"}
_OPENING_BRACKETS = {"(", "[", "{"}
_DASHES = {"-", "–", "—"}
_SCORE_PERIOD = re.compile(r"^\d+:\d+\.$")
# letters and digits mixed, as in a model or version name: "6P.", "A9.", "France24."
_ALPHANUMERIC_PERIOD = re.compile(r"^(?=\w*\d)(?=\w*[^\W\d_])\w+\.$")
_SIGN_OFF = re.compile(r"^\([^()\n]{0,80}\b\d{1,2}\.\s?\d{1,2}\.\s?\d{4}\)$")
# headline verbs and participles: "schweigt", "entscheiden", "aufgeschoben", "gescheitert"
_VERB_LIKE = re.compile(r"^[a-zäöüß]+(?:en|ern|eln|t)$")
_LINK = re.compile(r"^(?:https?://|pic\.twitter\.com/)\S+$")
# a double space before this word cannot be a typo inside the sentence
_NO_GLUE_BEFORE = tuple(":,;(/")


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


class _Content:
    """The Doc's non-space tokens (``indices``: their doc indices) and their texts, with
    what the rules read of any token taken from the text and the token offsets: a Token
    object per look costs more than the rule."""

    def __init__(self, doc: Doc, words: list[str]) -> None:
        self.text, self.all_words = doc_text(doc), words
        # one array read for every token, rather than a Token object per token
        columns = doc.to_array([IS_SPACE, IDX, LENGTH])
        self.spaces: list[int] = columns[:, 0].tolist()
        self.offsets: list[int] = columns[:, 1].tolist()
        content = numpy.flatnonzero(columns[:, 0] == 0)
        self.indices: list[int] = content.tolist()
        #: the texts of the non-space tokens, for the rules that look at every one
        self.words = [words[i] for i in self.indices]
        # the first and last character of each non-space token (code points, from one
        # encoding of the text), for the rules that pick a few tokens among all by them
        codes = numpy.frombuffer(self.text.encode("utf-32-le"), dtype=numpy.uint32)
        starts = columns[content, 1]
        self.first_chars = codes[starts]
        self.last_chars = codes[starts + columns[content, 2] - 1]

    def __len__(self) -> int:
        return len(self.indices)

    def end(self, i: int) -> int:
        """Where the token ``doc[i]`` ends in the text."""
        return self.offsets[i] + len(self.all_words[i])

    def space_after(self, i: int) -> bool:
        """``doc[i].whitespace_`` is not empty: the text between the token and the next
        (or the end of the text) is that whitespace, as spaCy's tokenizer loses nothing."""
        following = self.offsets[i + 1] if i + 1 < len(self.offsets) else len(self.text)
        return self.end(i) < following


def sentence_starts(doc: Doc, structure: Structure | None) -> set[int]:
    """Indices of the tokens that start a sentence."""
    words = doc_words(doc)
    content = _Content(doc, words)
    spaces, offsets, indices = content.spaces, content.offsets, content.indices
    starts: set[int] = {0}
    if not indices:
        return starts
    starts.add(indices[0])
    starts |= _structure_starts(doc, structure, words, spaces, offsets, indices)
    # only a word of terminal marks or one ending in a period can end a sentence
    first = content.first_chars[:, None] == numpy.array(_TERMINAL_CODES, dtype=numpy.uint32)
    ends = (content.last_chars == ord(".")) | first.any(axis=1)
    for k in numpy.flatnonzero(ends).tolist():
        if not _ends_sentence_here(content, k):
            continue
        # A sentence that ends inside a quotation or bracket keeps the closing marks.
        j = k + 1
        while j < len(content) and _is_closing(content, j):
            j += 1
        if j < len(content) and _looks_like_start(content.words[j]):
            starts.add(indices[j])
    starts |= _glued_heading_starts(content, words)
    starts |= _sign_off_ends(content, starts)
    starts |= glued_subheading_starts(words, indices, starts)
    # Whitespace never starts a sentence: spaCy attaches it to the preceding sentence.
    return {i for i in starts if i == 0 or not spaces[i]}


def _structure_starts(
    doc: Doc,
    structure: Structure | None,
    words: list[str],
    spaces: list[int],
    token_offsets: list[int],
    indices: list[int],
) -> set[int]:
    """First content token of every paragraph and after every paragraph end (``indices``:
    the non-space tokens)."""
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
    positions = [token_offsets[i] for i in indices]
    for offset in offsets:
        k = bisect_left(positions, offset)
        if k < len(indices):
            idx, i = positions[k], indices[k]
            # Only a break with nothing but whitespace before the next word counts.
            if not is_repaired(idx) and not _repair_between(repaired, offset, idx):
                starts.add(i)
    return starts


def _repair_between(repaired: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start <= gap_start and gap_end <= end for gap_start, gap_end in repaired)


def _ends_sentence_here(content: _Content, k: int) -> bool:
    texts = content.words
    text = texts[k]
    following = texts[k + 1] if k + 1 < len(texts) else None
    if _TERMINAL.match(text):
        if text == "." and k > 0 and _period_of_abbreviation(content, k - 1):
            if _plain_word_before(texts[k - 1] + ".", following):
                return True
            return following is not None and following in sentence_starters()
        return True
    if len(text) > 1 and text.endswith("."):
        if _is_unit(content, k):
            return True
        return _dotted_word_ends_sentence(text, following)
    return False


def _plain_word_before(abbreviation: str, following: str | None) -> bool:
    """ "Art." before a word is the noun "Art" ending a sentence; before a number it abbreviates."""
    if abbreviation not in abbreviations().before_number:
        return False
    return following is None or not following[:1].isdigit()


def _is_unit(content: _Content, k: int) -> bool:
    """A letter after a glued slash ends a unit ("km/h.", "Gbit/s."), not an initial."""
    if k == 0 or not _SINGLE_LETTER_PERIOD.match(content.words[k]):
        return False
    return content.words[k - 1] == "/" and not content.space_after(content.indices[k - 1])


def _period_of_abbreviation(content: _Content, k: int) -> bool:
    """The period is glued to the word ``k``, an abbreviation without it ("Jan" + ".")."""
    if content.space_after(content.indices[k]):
        return False
    word = content.words[k] + "."
    known = abbreviations()
    return (word in known.all and word not in known.final) or bool(
        _SINGLE_LETTER_PERIOD.match(word) and word[0].isupper()
    )


def _dotted_word_ends_sentence(text: str, following: str | None) -> bool:
    if following is None:
        return True
    next_text = following
    if _SCORE_PERIOD.match(text) or _ALPHANUMERIC_PERIOD.match(text):
        return True
    if _plain_word_before(text, following):
        return True
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


def _glued_heading_starts(content: _Content, words: list[str]) -> set[int]:
    """The body after a heading glued to it by a double space (10kGNAD's teasers).

    The word after the gap must open a sentence (a capitalised conjunction, pronoun or
    article) or a dateline ("London – ..."); the word before must be able to end one.
    """
    indices, starts = content.indices, set()
    starters = sentence_starters()
    texts = content.words
    for k in _heading_gaps(content, starters):
        i, j = indices[k], indices[k + 1]
        before, after = texts[k], texts[k + 1]
        if j - i < 2 or not _is_double_space(content, i, j):
            if content.space_after(i) and _single_space_heading_end(before, after):
                starts.add(j)
            continue
        dateline = _opens_dateline(content, k + 1)
        if after not in starters and not dateline:
            continue
        if _can_end_sentence(before, after):
            starts.add(j)
    return starts


def _heading_gaps(content: _Content, starters: frozenset[str]) -> list[int]:
    """The gaps (``k``: between the non-space tokens ``k`` and ``k + 1``) where a body may
    follow a heading: before a capitalised sentence opener, a dateline ("London – …") or
    after a link; always before a capitalised word. Only the words whose first character
    is an ASCII capital or not ASCII are looked at: the others make no Python string
    operation."""
    texts, gaps = content.words, []
    first = content.first_chars
    capitals = numpy.flatnonzero(((first >= ord("A")) & (first <= ord("Z"))) | (first >= 128))
    for m in capitals.tolist():
        if m == 0 or not texts[m][:1].isupper():
            continue
        word, before = texts[m], texts[m - 1]
        if (
            word in starters
            or (m + 1 < len(texts) and texts[m + 1] in _DASHES)
            # (a link begins with "h" or "p": the regex is tried on those alone)
            or (before[0] in "hp" and _LINK.match(before))
        ):
            gaps.append(m - 1)
    return gaps


def _single_space_heading_end(word: str, after: str) -> bool:
    """ "EU besorgt Die EU reagierte ...", "pic.twitter.com/abc Die ÖBB war ..." (the words
    before and after a single space)."""
    if not after[:1].isupper():
        return False
    if _LINK.match(word):
        return True
    if after not in sentence_starters() or after in ambiguous_starters():
        return False
    if word.lower() in cues().continuation_words:
        return False
    return bool(_VERB_LIKE.match(word)) or separable_particles().get(word) == "ADV"


def _opens_dateline(content: _Content, k: int) -> bool:
    """ "London – Die Forscher ...": a capitalised place, a dash, a capitalised word."""
    texts = content.words
    if k + 2 >= len(content) or texts[k + 1] not in _DASHES:
        return False
    return texts[k][:1].isupper() and texts[k + 2][:1].isupper()


def _is_double_space(content: _Content, i: int, j: int) -> bool:
    gap = content.text[content.end(i) : content.offsets[j]]
    return len(gap) >= 2 and "\n" not in gap and not gap.strip()


def _can_end_sentence(text: str, following: str) -> bool:
    """Not an article, preposition or conjunction; a verb particle may end a sentence
    ("kündigen Widerstand an"), unless a preposition among them has its article next."""
    if text in _DASHES or text.endswith(_NO_GLUE_BEFORE) or text in _QUOTES:
        return False
    lower = text.lower()
    particle = separable_particles().get(lower)
    if particle == "ADP":
        return following not in articles()
    return particle == "ADV" or lower not in cues().continuation_words


def _sign_off_ends(content: _Content, starts: set[int]) -> set[int]:
    """The word after a sign-off that opens a sentence: "(APA, 23.8.2015) Kader für ..."."""
    indices, offsets, found = content.indices, content.offsets, set()
    texts = content.words
    for k in [k for k in range(1, len(texts) - 1) if texts[k] == ")"]:
        opening = _opening_bracket(content, k)
        if opening is None or indices[opening] not in starts:
            continue
        span = content.text[offsets[indices[opening]] : offsets[indices[k]] + 1]
        if _SIGN_OFF.match(span) and _looks_like_start(texts[k + 1]):
            found.add(indices[k + 1])
    return found


def _opening_bracket(content: _Content, k: int, reach: int = 30) -> int | None:
    for m in range(k - 1, max(-1, k - reach), -1):
        if content.words[m] == "(":
            return m
        if content.words[m] == ")":
            return None
    return None


def _is_closing(content: _Content, k: int) -> bool:
    text = content.words[k]
    if text in _CLOSING_BRACKETS:
        return True
    if text in _QUOTES and text not in _OPENING_ONLY:
        # A quote mark glued to the word before it closes a quotation.
        i = content.indices[k]
        return i > 0 and not content.space_after(i - 1) and not content.spaces[i - 1]
    return False


def _looks_like_start(text: str) -> bool:
    first = text[:1]
    return (
        first.isupper()
        or first.isdigit()
        or text[:1] in _QUOTES
        or text[:2] == "``"
        or text in _OPENING_BRACKETS
        or text[:1] in _DASHES
    )
