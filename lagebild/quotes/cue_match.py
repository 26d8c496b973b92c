"""A speech cue found in a text: its kind, words and verb (found by :mod:`~.cues`)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from lagebild.model import Cue, Medium, Span
from lagebild.pipeline import doc_text
from lagebild.quotes.lexicon import SpeechVerb
from lagebild.quotes.token_table import token_table


@dataclass(unsafe_hash=True)  # not frozen: its own __init__ sets the fields
class CueMatch:
    kind: str  # verb | laut | zufolge | nach | so | adverb | wonach | relative
    index: int  # the verb, preposition or "so"
    particle: int | None = None
    verb: SpeechVerb | None = None
    finite: bool = True
    medium: Medium = "speech"
    extra: tuple[int, ...] = ()  # auxiliary, "wie", "es": frame words around the verb

    # Written out: mypyc compiles it, where the dataclass's own would run as Python.
    def __init__(
        self,
        kind: str,
        index: int,
        particle: int | None = None,
        verb: SpeechVerb | None = None,
        finite: bool = True,
        medium: Medium = "speech",
        extra: tuple[int, ...] = (),
    ) -> None:
        self.kind = kind
        self.index = index
        self.particle = particle
        self.verb = verb
        self.finite = finite
        self.medium = medium
        self.extra = extra

    def with_extra(self, extra: tuple[int, ...]) -> CueMatch:
        """``replace(self, extra=extra)``, compiled (``replace`` runs as Python)."""
        return CueMatch(
            self.kind, self.index, self.particle, self.verb, self.finite, self.medium, extra
        )

    @property
    def last(self) -> int:
        return max(self.index, self.particle or self.index)

    def record(self, doc: Doc) -> Cue:
        tokens = token_table(doc)
        first = self.index
        lemma = self.verb.lemma if self.verb else tokens.lower[first]
        if self.extra:
            indices = sorted({first, *self.extra, *([self.particle] if self.particle else [])})
            spans = [Span(start=tokens.offsets[i], end=tokens.end_char(i)) for i in indices]
            start, end = spans[0].start, spans[-1].end
            text = doc_text(doc)[start:end]
            return Cue(start=start, end=end, text=text, lemma=lemma, parts=spans)
        if self.particle is None:
            return Cue(
                start=tokens.offsets[first],
                end=tokens.end_char(first),
                text=tokens.words[first],
                lemma=lemma,
                parts=[],  # given: pydantic deep-copies a mutable default
            )
        start, end = tokens.offsets[first], tokens.end_char(self.particle)
        return Cue(
            start=start,
            end=end,
            text=doc_text(doc)[start:end],
            lemma=lemma,
            parts=[
                Span(start=start, end=tokens.end_char(first)),
                Span(start=tokens.offsets[self.particle], end=end),
            ],
        )
