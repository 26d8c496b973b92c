"""What the quote finder reads once per Doc and carries from one unit to the next."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from lagebild.model import Participant
from lagebild.quotes.clauses import Context, Draft
from lagebild.quotes.cues import CueMatch
from lagebild.quotes.direct import Quotation
from lagebild.quotes.interview import Turn
from lagebild.quotes.sentence_subjects import SubjectOf
from lagebild.quotes.token_table import TokenTable, token_table
from lagebild.quotes.units import Unit

QuotationSpan = tuple[int, int, Quotation]  # token range and quotation


@dataclass
class FinderState:
    """The Doc's fixed readings, then the speaker chain that runs on from unit to unit."""

    doc: Doc
    tokens: TokenTable
    units: list[Unit]
    spans: list[QuotationSpan]
    span_starts: list[int]  # the spans' first tokens, ascending, or [] when not in text order
    masked: frozenset[int]  # tokens inside quotation marks
    turns: list[Turn]
    drafts: list[Draft] = field(default_factory=list)
    chain: Participant | None = None
    chain_paragraph: int = -1
    framed_at: int = -1  # the last unit whose frame opened a chain
    last_person: Participant | None = None
    last_person_paragraph: int = -1
    last_person_position: int = -1
    speech_acts: list[tuple[Unit, CueMatch, Participant]] = field(default_factory=list)
    previous_subject: SubjectOf | None = None

    # Written out: mypyc compiles it, where the dataclass's own would run as Python.
    def __init__(
        self,
        doc: Doc,
        tokens: TokenTable,
        units: list[Unit],
        spans: list[QuotationSpan],
        span_starts: list[int],
        masked: frozenset[int],
        turns: list[Turn],
        drafts: list[Draft] | None = None,
        chain: Participant | None = None,
        chain_paragraph: int = -1,
        framed_at: int = -1,
        last_person: Participant | None = None,
        last_person_paragraph: int = -1,
        last_person_position: int = -1,
        speech_acts: list[tuple[Unit, CueMatch, Participant]] | None = None,
        previous_subject: SubjectOf | None = None,
    ) -> None:
        self.doc = doc
        self.tokens = tokens
        self.units = units
        self.spans = spans
        self.span_starts = span_starts
        self.masked = masked
        self.turns = turns
        self.drafts = [] if drafts is None else drafts
        self.chain = chain
        self.chain_paragraph = chain_paragraph
        self.framed_at = framed_at
        self.last_person = last_person
        self.last_person_paragraph = last_person_paragraph
        self.last_person_position = last_person_position
        self.speech_acts = [] if speech_acts is None else speech_acts
        self.previous_subject = previous_subject


@dataclass
class UnitReading:
    """One unit's cues and the drafts they frame, before the chain decides what to keep."""

    unit: Unit
    position: int
    ctx: Context
    cues: list[CueMatch]
    first_cue: int | None
    drafts: list[Draft] = field(default_factory=list)
    act_speaker: Participant | None = None  # a speech act's speaker, content or not
    verb_subject: tuple[int, int] | None = None  # the last speech verb's subject span

    # Written out: mypyc compiles it, where the dataclass's own would run as Python.
    def __init__(
        self,
        unit: Unit,
        position: int,
        ctx: Context,
        cues: list[CueMatch],
        first_cue: int | None,
        drafts: list[Draft] | None = None,
        act_speaker: Participant | None = None,
        verb_subject: tuple[int, int] | None = None,
    ) -> None:
        self.unit = unit
        self.position = position
        self.ctx = ctx
        self.cues = cues
        self.first_cue = first_cue
        self.drafts = [] if drafts is None else drafts
        self.act_speaker = act_speaker
        self.verb_subject = verb_subject


def unit_chars(doc: Doc, unit: Unit) -> tuple[int, int]:
    tokens = token_table(doc)
    return tokens.offsets[unit.start], tokens.offsets[unit.end - 1] + len(
        tokens.words[unit.end - 1]
    )
