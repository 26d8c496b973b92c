"""Quotes, reported speech and speaker attribution."""

from __future__ import annotations

from bisect import bisect_left

from spacy.language import Language
from spacy.tokens import Doc

from lagebild.entities.mention_index import mentions_indexed
from lagebild.model import Quote, Span
from lagebild.pipeline import doc_text
from lagebild.quotes.chain_steps import read_without_frame
from lagebild.quotes.clauses import Context, Draft
from lagebild.quotes.colon_nouns import colon_cue
from lagebild.quotes.continuation import (
    conjecture,
    first_subjunctive,
    main_verb_present_subjunctive,
)
from lagebild.quotes.cue_drafts import read_cues
from lagebild.quotes.cues import CueMatch, find_cues
from lagebild.quotes.direct import Quotation, find_quotations
from lagebild.quotes.finder_state import FinderState, QuotationSpan, UnitReading, unit_chars
from lagebild.quotes.frame_words import FRAME_WORD_KINDS, frame_word_cues, is_frame_noun
from lagebild.quotes.interview import Turn, interview_turns, interviewee_speaker
from lagebild.quotes.interviewer import without_interviewer_words
from lagebild.quotes.laut_after_frame import relay_after_closing_frame
from lagebild.quotes.nesting import nest_in_closing_frames
from lagebild.quotes.phrases import nested_direct, quoted_in_speech_act
from lagebild.quotes.readings import drop_readings
from lagebild.quotes.relay import relayed
from lagebild.quotes.sentence_subjects import SubjectOf
from lagebild.quotes.token_table import token_table
from lagebild.quotes.unframed import unframed_direct
from lagebild.quotes.units import Unit, build_units, paragraphs_of


class QuoteFinder:
    """Finds direct, indirect and continued reported speech in one Doc."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = self.find(doc)
        return doc

    def find(self, doc: Doc) -> list[Quote]:
        try:
            with mentions_indexed(doc):  # the stage reads the entities, changes none
                return self._find(doc)
        finally:
            drop_readings(doc)  # read for this stage only: a later one may change the tokens

    def _find(self, doc: Doc) -> list[Quote]:
        if not doc_text(doc).strip():
            return []
        state = _read_document(doc)
        for position, unit in enumerate(state.units):
            _read_unit(state, position, unit)
        return _finish(state)


def _read_document(doc: Doc) -> FinderState:
    """The readings every unit shares: units, quotation spans and interview turns."""
    quotations = find_quotations(doc_text(doc))
    tokens = token_table(doc)
    paragraphs = paragraphs_of(doc)
    units = build_units(doc, paragraphs, quotations)
    spans = _quotation_tokens(doc, quotations)
    masked = frozenset(i for first, last, _ in spans for i in range(first, last))
    span_starts = [first for first, _, _ in spans]
    if any(a > b for a, b in zip(span_starts, span_starts[1:], strict=False)):
        span_starts = []  # not in text order: _spans_in tests each span
    turns = interview_turns(doc)
    return FinderState(doc, tokens, units, spans, span_starts, masked, turns)


def _read_unit(state: FinderState, position: int, unit: Unit) -> None:
    """Reads the unit's own cues, then lets the chain take it or keeps what the cues framed."""
    _end_chain_before(state, unit)
    doc = state.doc
    ctx = Context(doc, unit, state.masked, _spans_in(state.spans, state.span_starts, unit))
    cues = _unit_cues(doc, unit, state.masked)
    first_cue = min((c.index for c in cues), default=None)
    reading = UnitReading(unit, position, ctx, cues, first_cue)
    read_cues(state, reading)
    if not read_without_frame(state, reading):
        _keep_unit_drafts(state, reading)


def _end_chain_before(state: FinderState, unit: Unit) -> None:
    """Ends the chain at an interview turn, a heading or a new paragraph not in Konjunktiv I."""
    doc = state.doc
    if _opens_turn(doc, unit, state.turns):
        state.chain = None  # "… STANDARD: Könnte es …?": a new turn, a new speaker
    if state.chain is not None and (
        unit.heading
        or (
            # a paragraph that opens in Konjunktiv I goes on with the speaker before it
            unit.paragraph != state.chain_paragraph
            and not main_verb_present_subjunctive(doc, unit, state.masked)
        )
    ):
        state.chain = None  # (without a chain to end, the verb's mood is not read)


def _unit_cues(doc: Doc, unit: Unit, masked: frozenset[int]) -> list[CueMatch]:
    """The unit's cues in reading order: a colon frame first, frame words last."""
    cues = (
        []
        if unit.heading and not _has_colon_frame(doc, unit)
        else _with_frame_words(find_cues(doc, unit, masked), doc, unit, masked)
    )
    opening = colon_cue(doc, unit, masked) if not unit.heading else None
    if opening is not None:
        cues = [opening, *cues]  # "Der Vorwurf Sardanas: …"
    return cues


def _keep_unit_drafts(state: FinderState, reading: UnitReading) -> None:
    """Keeps the unit's drafts; a named speaker or a speech act opens the chain anew."""
    doc, unit, position = state.doc, reading.unit, reading.position
    near = state.last_person if state.last_person_paragraph == unit.paragraph else None
    state.previous_subject = SubjectOf(doc, unit, state.masked, state.last_person, near)
    state.drafts.extend(reading.drafts)
    speakers = [d.speaker for d in reading.drafts if d.speaker is not None and _names(doc, d)]
    opener = speakers[-1] if speakers else reading.act_speaker
    if opener is not None:
        state.chain, state.chain_paragraph, state.framed_at = opener, unit.paragraph, position
        state.last_person, state.last_person_paragraph = opener, unit.paragraph
        state.last_person_position = position
    elif state.chain is not None and not conjecture(
        doc, unit, state.masked, first_subjunctive(doc, unit, state.masked)
    ):
        state.chain = None  # a narrator's guess in between leaves the chain open


def _finish(state: FinderState) -> list[Quote]:
    """Adds the drafts that need all units read (quoted phrases, unframed and nested
    quotations, relays), nests them in closing frames and gives interviews their speakers."""
    doc, drafts, spans = state.doc, state.drafts, state.spans
    drafts.extend(quoted_in_speech_act(doc, spans, drafts, state.speech_acts))
    drafts.extend(unframed_direct(doc, state.units, spans, drafts, state.masked))
    drafts.extend(nested_direct(doc, spans, drafts))
    drafts.extend(relayed(doc, drafts, state.masked))
    drafts = nest_in_closing_frames(doc, drafts)
    drafts = relay_after_closing_frame(doc, drafts)
    for draft in drafts:
        # "Jagland: … Ich glaube, dass …": the one who answers, not the last one named
        draft.speaker = interviewee_speaker(doc, state.turns, draft.speaker)
    return _to_quotes(doc, without_interviewer_words(doc, state.turns, drafts))


def _with_frame_words(
    cues: list[CueMatch], doc: Doc, unit: Unit, masked: frozenset[int]
) -> list[CueMatch]:
    """The unit's cues, then its frame nouns and adjectives: these only frame a clause that no
    verb frames ("in einer Mitteilung gefordert, dass …" is the verb's). A word that is a
    speech verb form too, or the object noun of a speech verb's cue, stays with the verb."""
    taken = {k for c in cues for k in (c.index, *c.extra)}  # "die These vertreten": the verb's
    extra = [c for c in frame_word_cues(doc, unit, masked) if c.index not in taken]
    return [*cues, *extra]


def _names(doc: Doc, draft: Draft) -> bool:
    """Whether the draft's speaker is someone: not the frame noun itself ("die Annahme, …"),
    which names no one whose speech could go on in the next sentence, nor a passive's agent
    ("wurde von der TVP aufgefordert, …"), who speaks that content only."""
    tokens = token_table(doc)
    cue, span = draft.cue, draft.speaker_span
    return draft.anchors_chain and not (
        draft.kind == "indirect"
        and (cue is None or cue.kind in FRAME_WORD_KINDS)
        and span
        and is_frame_noun(tokens.words[span[1] - 1])
    )


def _opens_turn(doc: Doc, unit: Unit, turns: list[Turn]) -> bool:
    """Whether an interview turn's label stands in the unit."""
    if not turns:
        return False
    start, end = unit_chars(doc, unit)
    return any(start <= turn.start < end for turn in turns)


def _has_colon_frame(doc: Doc, unit: Unit) -> bool:
    tokens = token_table(doc)
    return any(tokens.words[i] == ":" for i in range(unit.start, unit.end))


def _spans_in(
    spans: list[QuotationSpan], starts: list[int], unit: Unit
) -> tuple[QuotationSpan, ...]:
    """The quotation spans that start inside ``unit``, in their order. ``starts`` are their
    first tokens, ascending, or [] when they are not: in text order two bisections find them."""
    if starts:
        return tuple(spans[bisect_left(starts, unit.start) : bisect_left(starts, unit.end)])
    return tuple(s for s in spans if unit.start <= s[0] < unit.end)


def _quotation_tokens(doc: Doc, quotations: list[Quotation]) -> list[QuotationSpan]:
    spans = []
    for quotation in quotations:
        span = doc.char_span(quotation.start, quotation.end, alignment_mode="expand")
        if span is not None:
            spans.append((span.start, span.end, quotation))
    return spans


def _to_quotes(doc: Doc, drafts: list[Draft]) -> list[Quote]:
    seen: set[tuple[int, int, bool]] = set()
    kept: list[Draft] = []
    for draft in sorted(drafts, key=lambda d: (d.start, d.end)):
        # a relayed quote shares its parent's span ("X zitiert Y: „…“")
        relay = draft.parent is not None and (draft.parent.start, draft.parent.end) == (
            draft.start,
            draft.end,
        )
        key = (draft.start, draft.end, relay)
        if key in seen or draft.end <= draft.start:
            continue
        seen.add(key)
        kept.append(draft)
    ids = {id(draft): f"Q{number}" for number, draft in enumerate(kept, 1)}
    quotes: list[Quote] = []
    for draft in kept:
        parent_id = ids.get(id(draft.parent)) if draft.parent is not None else None
        quotes.append(
            Quote(
                id=ids[id(draft)],
                kind=draft.kind,
                medium=draft.medium,  # type: ignore[arg-type]
                start=draft.start,
                end=draft.end,
                text=doc_text(doc)[draft.start : draft.end],
                speaker=draft.speaker,
                cue=draft.cue.record(doc) if draft.cue is not None else None,
                addressee=draft.addressee,
                nested_in=parent_id,
                parts=[Span(start=start, end=end) for start, end in draft.parts],
            )
        )
    return quotes


@Language.factory(
    "lagebild_quotes",
    requires=["doc._.entities", "token.morph"],
    assigns=["doc._.quotes"],
)
def make_quote_finder(nlp: Language, name: str) -> QuoteFinder:
    return QuoteFinder()
