"""The ``lagebild_dates`` pipeline component: find, resolve and de-overlap time expressions."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from lagebild.dates import lexicon
from lagebild.dates.nowadays import means_nowadays
from lagebild.dates.patterns import cue_starts, find_matches, gates_pass, patterns
from lagebild.dates.resolve import resolve_date
from lagebild.model import DateExpression, Granularity
from lagebild.pipeline import doc_text

#: A closing byline with the day of writing, as news sites end articles: "(Michael Bauer,
#: 20.8.2015)". Only the text's last characters are searched, so a date in the body never
#: counts as the publication date.
_BYLINE_DATE = re.compile(r"\((?:[^()\n]{1,80}?,\s*)?(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\)\s*$")
_BYLINE_WINDOW = 120
#: Sentence ends, for the future-tense check around a weekday.
_SENTENCE_END = re.compile(r"[.!?\n]")
_WORD = re.compile(r"[\wäöüßÄÖÜ]+")
#: The word after a "heute", one space away.
_NEXT_WORD = re.compile(r" ([\wäöüßÄÖÜ]+)")


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    value: str | None
    granularity: Granularity


def parse_published(published: str | None) -> dt.date | None:
    """The publication date, or None when absent or not an ISO date."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def byline_date(text: str) -> dt.date | None:
    """The day in a closing byline such as "(Michael Bauer, 20.8.2015)", if there is one."""
    match = _BYLINE_DATE.search(text, max(0, len(text) - _BYLINE_WINDOW))
    if match is None:
        return None
    day, month, year = (int(group) for group in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def reference_date(text: str, published: str | None) -> dt.date | None:
    """What relative dates resolve against: the publication date, else the closing byline's."""
    return parse_published(published) or byline_date(text)


def _is_future(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``[start, end)`` speaks of the future ("wird", "soll")."""
    before = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    after_match = _SENTENCE_END.search(text, end)
    after = after_match.start() if after_match else len(text)
    markers = lexicon.future_markers()
    return any(word.group() in markers for word in _WORD.finditer(text, before, after))


def _is_amount(text: str, start: int, end: int) -> bool:
    """A four-digit number used as an amount: "rund 2000 Soldaten", "1500 Euro"."""
    before, after = lexicon.amount_words()
    preceding = text[max(0, start - 12) : start].rstrip()
    if any(preceding.endswith(word) for word in before):
        return True
    following = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    return bool(following and following.group() in after)


def _overlaps(candidate: _Candidate, taken: list[_Candidate]) -> bool:
    return any(candidate.start < other.end and other.start < candidate.end for other in taken)


def find_candidates(text: str, publication: dt.date | None) -> list[_Candidate]:
    """All resolvable pattern matches, de-overlapped with longer ones winning."""
    found: list[_Candidate] = []
    starts, gated = cue_starts(text), gates_pass(text)
    for pattern in patterns():
        if pattern.cues and pattern.kind not in starts:
            continue
        if pattern.gate is not None and (not gated or pattern.gate.search(text) is None):
            continue
        for match in find_matches(pattern, text, starts):
            start, end = match.span()
            while end > start and text[end - 1] in " \n":
                end -= 1
            if pattern.kind == "year" and _is_amount(text, match.start("year"), match.end("year")):
                continue
            future = pattern.kind == "weekday" and _is_future(text, start, end)
            resolved = resolve_date(pattern.kind, match.groupdict(), publication, future)
            if resolved is not None:
                found.append(_Candidate(start, end, *resolved))
    chosen: list[_Candidate] = []
    for candidate in sorted(found, key=lambda c: (-(c.end - c.start), c.start)):
        if not _overlaps(candidate, chosen):
            chosen.append(candidate)
    return sorted(chosen, key=lambda c: c.start)


def find_date_expressions(
    text: str, published: str | None, blocked: list[tuple[int, int]] | None = None
) -> list[DateExpression]:
    """The time expressions of ``text``, resolved against the ISO date ``published`` (or, when
    it is absent, the date of a closing byline); none inside the ``blocked`` ranges (names
    such as "Welt am Sonntag")."""
    blocked = blocked or []
    return [
        DateExpression(
            start=candidate.start,
            end=candidate.end,
            text=text[candidate.start : candidate.end],
            value=candidate.value,
            granularity=candidate.granularity,
        )
        for candidate in find_candidates(text, reference_date(text, published))
        if not any(start <= candidate.start and candidate.end <= end for start, end in blocked)
    ]


@Language.factory(
    "lagebild_dates",
    requires=["token.tag"],
    assigns=["doc._.dates"],
)
def make_date_finder(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    patterns()  # compile the expressions when the pipeline is built, not on the first article
    return find_dates


def find_dates(doc: Doc) -> Doc:
    document = doc._.document
    published = getattr(document, "published", None) if document is not None else None
    text = doc_text(doc)
    found = find_date_expressions(text, published, _name_spans(doc))
    doc._.dates = [
        _vague_if_nowadays(doc, expression)
        for expression in found
        if not _in_broadcast_title(text, expression)
    ]
    return doc


def _in_broadcast_title(text: str, expression: DateExpression) -> bool:
    """A "heute" in a broadcast's title names no day: "Heute konkret", "ZDF-heute journal"
    (a channel joined by a hyphen before it, or a listed title word after it)."""
    if expression.text.lower() != "heute":
        return False
    if text[expression.start - 1 : expression.start] == "-":
        return True
    following = _NEXT_WORD.match(text, expression.end)
    return following is not None and following.group(1).lower() in lexicon.broadcast_title_words()


def _vague_if_nowadays(doc: Doc, expression: DateExpression) -> DateExpression:
    """A "heute" that means "nowadays" is a vague present, not the day of publication."""
    if expression.text[-5:].lower() != "heute" or not means_nowadays(
        doc, expression.start, expression.end
    ):
        return expression
    return expression.model_copy(update={"value": None, "granularity": "relative"})


def _name_spans(doc: Doc) -> list[tuple[int, int]]:
    """Organisation and work names from the entities stage, when it has run."""
    return [
        (mention.start, mention.end)
        for entity in doc._.entities or []
        if entity.type in ("ORG", "MISC")
        for mention in entity.mentions
    ]
