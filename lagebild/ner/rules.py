"""Post-correction of the tagger's spans by general rules of how German text writes names.

The CNN sees a few tokens either side and nothing of the page layout, so it makes
errors no reader would: a name running over a line break ("Daniel Eckert\\nDaniel Eckert"),
a date or a preposition glued to a name ("12.2.2016 Lermoos", "Credit Suisse für"), and a
first name plus an unknown surname read as a place ("Rasmus Buchsteiner"). The word
knowledge comes from the gazetteer table inside the model (``gazetteer.py``), so the
rules need no lexicon at run time beyond the model itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.strings import hash_string  # type: ignore[attr-defined]  # cpdef, not in strings.pyi
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from lagebild.ner.consistency import propagate_names
from lagebild.ner.gazetteer import FEATURES

MAX_PERSON_TOKENS = 5
# Features that make a capitalised word a name rather than a plain common noun.
NAME_FEATURES = frozenset({"first_name", "surname", "place", "country", "proper_name"})
PLACE_FEATURES = frozenset({"place", "country"})


@cache
def name_particles() -> frozenset[str]:
    path = Path(__file__).with_name("data") / "name_particles.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@dataclass(frozen=True)
class Lexicon:
    """Gazetteer memberships of word forms, read from the model's static vector table."""

    vocab: Vocab

    def features(self, word: str) -> frozenset[str]:
        vectors = self.vocab.vectors
        row = vectors.key2row.get(hash_string(word))
        if row is None or row < 0:
            return frozenset()
        values = vectors.data[row]
        return frozenset(name for name, value in zip(FEATURES, values, strict=False) if value)

    def is_plain_common_noun(self, word: str) -> bool:
        features = self.features(word)
        return "common_noun" in features and not features & NAME_FEATURES

    def is_first_name(self, word: str) -> bool:
        features = self.features(word)
        return "first_name" in features and "country" not in features


def postprocess(doc: Doc, rules: bool = True) -> Doc:
    """What :func:`lagebild.ner.predict_spans` applies after the tagger: span corrections
    (``rules``) and document-level name propagation."""
    if rules:
        correct_entities(doc)
    return propagate_names(doc)


def correct_entities(doc: Doc) -> Doc:
    """Split, trim and add entities of ``doc`` in place (see the module docstring)."""
    lexicon = Lexicon(doc.vocab)
    spans: list[Span] = []
    for ent in doc.ents:
        for piece in _split_at_line_breaks(ent):
            trimmed = _trim(piece)
            if trimmed is not None:
                spans.append(trimmed)
    doc.ents = _add_first_name_persons(doc, spans, lexicon)
    return doc


def _breaks_line(token: Token) -> bool:
    return token.is_space or "\n" in token.whitespace_


def _split_at_line_breaks(ent: Span) -> list[Span]:
    """A name never runs over a line break: cut the span there."""
    doc, pieces, start = ent.doc, [], ent.start
    for index in range(ent.start, ent.end):
        token = doc[index]
        if token.is_space:
            if start < index:
                pieces.append(Span(doc, start, index, label=ent.label_))
            start = index + 1
        elif "\n" in token.whitespace_ and index + 1 < ent.end:
            pieces.append(Span(doc, start, index + 1, label=ent.label_))
            start = index + 1
    if start < ent.end:
        pieces.append(Span(doc, start, ent.end, label=ent.label_))
    return pieces


def _is_date_like(token: Token) -> bool:
    """ "12.2.2016", "10:41", "2016": digits with no letter are no part of a name's start."""
    text = token.text
    return (
        len(text) > 2 and any(ch.isdigit() for ch in text) and not any(ch.isalpha() for ch in text)
    )


def _is_trailing_junk(token: Token) -> bool:
    """A lower-case word ("für") or a punctuation mark other than a closing bracket."""
    text = token.text
    if text.isalpha() and text.islower():
        return True
    return not any(ch.isalnum() for ch in text) and text not in (")", "]", ".")


def _has_capital(span: Span) -> bool:
    return any(ch.isupper() for ch in span.text)


def _trim(span: Span) -> Span | None:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (
        _is_date_like(doc[start]) or not any(c.isalnum() for c in doc[start].text)
    ):
        start += 1
    # A lower-case name ("dpa", "igus") stays; only words after a capitalised one go.
    while (
        end > start + 1 and _is_trailing_junk(doc[end - 1]) and _has_capital(doc[start : end - 1])
    ):
        end -= 1
    if start >= end or not any(ch.isalpha() for ch in doc[start:end].text):
        return None
    return Span(doc, start, end, label=span.label_)


def _is_surname_like(token: Token, lexicon: Lexicon) -> bool:
    """A capitalised word that is no common noun, place, acronym or function word."""
    text = token.text
    return (
        text[:1].isupper()
        and not text.isupper()
        and text.replace("-", "").replace("'", "").isalpha()
        and not token.is_stop
        and not _breaks_line(token.nbor(-1))
        and not lexicon.is_plain_common_noun(text)
        and not lexicon.features(text) & PLACE_FEATURES
    )


def _person_at(doc: Doc, index: int, lexicon: Lexicon) -> int | None:
    """End of "first name + capitalised name words" starting at ``index``, if there is one."""
    first = doc[index]
    if first.is_stop or first.text.isupper() or _breaks_line(first):
        return None  # "Am Montag": "Am" is a first name too
    if not lexicon.is_first_name(first.text):
        return None
    end = index + 1
    particles = name_particles()
    while end < len(doc) and end - index < MAX_PERSON_TOKENS:
        token = doc[end]
        if _is_surname_like(token, lexicon):
            end += 1
            if _breaks_line(token):
                break
        elif token.text in particles and end + 1 < len(doc) and not _breaks_line(token):
            # A particle counts only when a name word follows ("von der Leyen").
            follow = end + 1
            while follow < len(doc) and doc[follow].text in particles:
                follow += 1
            if follow < len(doc) and _is_surname_like(doc[follow], lexicon):
                end = follow
            else:
                break
        else:
            break
    return end if end - index >= 2 else None


def _add_first_name_persons(doc: Doc, spans: list[Span], lexicon: Lexicon) -> list[Span]:
    """ "Rasmus Buchsteiner" is a person even where the tagger saw two places.

    A tagged span inside the candidate gives way to it; one that reaches further to the
    right wins (it may be an organisation named after a person, "Max Planck Institut"),
    and so does a person span reaching further left; a span reaching further left whose
    extra words are plain common nouns ("Ortsbrandmeister Klaus Wichmann") gives way.
    """
    owner: dict[int, Span] = {
        index: span for span in spans for index in range(span.start, span.end)
    }
    result = list(spans)
    index = 0
    while index < len(doc):
        end = _person_at(doc, index, lexicon)
        if end is None:
            index += 1
            continue
        overlapping = {id(span): span for i in range(index, end) if (span := owner.get(i))}
        if all(_yields_to_person(span, index, end, lexicon) for span in overlapping.values()):
            result = [span for span in result if id(span) not in overlapping]
            result.append(Span(doc, index, end, label="PER"))
        index = end
    return sorted(result, key=lambda span: span.start)


def _yields_to_person(span: Span, start: int, end: int, lexicon: Lexicon) -> bool:
    if span.end > end:
        return False
    if span.start >= start:
        return True
    if span.label_ == "PER":
        return False
    return all(lexicon.is_plain_common_noun(token.text) for token in span.doc[span.start : start])
