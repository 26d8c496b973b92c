"""A unit that frames no speech of its own read as the speech of the chain before it:
continued reported speech, hearsay "sollen", a stated plan, a Konjunktiv I main clause."""

from __future__ import annotations

from typing import Literal

from lagebild.model import Participant
from lagebild.quotes.clauses import Draft
from lagebild.quotes.continuation import (
    continues,
    main_verb_present_subjunctive,
    narrator_forecast,
    opens_without_frame,
    recent_speaker,
    reportative_sollen,
    sollen_main_clause,
)
from lagebild.quotes.finder_state import FinderState, UnitReading, unit_chars
from lagebild.quotes.intentions import intention_subject
from lagebild.quotes.sentence_subjects import SubjectOf, own_subject
from lagebild.quotes.speakers import participant

UnframedKind = Literal["free_indirect", "reported_continuation"]


def read_without_frame(state: FinderState, reading: UnitReading) -> bool:
    """Whether a reading without a frame took the unit; its cue drafts are then dropped."""
    return (
        _continued(state, reading)
        or _hearsay_sollen(state, reading)
        or _stated_intention(state, reading)
        or _unframed_speech(state, reading)
    )


def _continued(state: FinderState, reading: UnitReading) -> bool:
    """A unit that goes on with the chain's speaker (Konjunktiv I, no frame of its own)."""
    doc, unit, masked = state.doc, reading.unit, state.masked
    unit_start = state.tokens.offsets[unit.start]
    # "…, räumte X ein" names its own speaker even after a Konjunktiv verb; so does
    # "Die Grünen üben Kritik: …, so Walser", whose content starts after the colon
    framed_after = any(
        d.cue is not None
        and (d.start == unit_start or (d.cue.kind == "so" and d.cue.index > unit.start))
        for d in reading.drafts
    )
    position, units = reading.position, state.units
    following = units[position + 1] if position + 1 < len(units) else None
    if (
        state.chain is None
        or framed_after
        or not continues(
            doc, unit, masked, reading.first_cue, following, state.framed_at == position - 1
        )
    ):
        return False
    start, end = unit_chars(doc, unit)
    # "X schloss die Grenze, weil … sei": X's reasons, whoever spoke before
    own = own_subject(doc, unit, masked, state.last_person)
    state.chain = own or state.chain
    state.drafts.append(Draft("reported_continuation", start, end, None, None, speaker=state.chain))
    state.chain_paragraph = unit.paragraph
    return True


def _hearsay_sollen(state: FinderState, reading: UnitReading) -> bool:
    """A speech verb that framed nothing ("Die Besitzer sollen zum Verschwinden
    aufgefordert worden sein") leaves the hearsay "sollen" sentence to the chain;
    a dated future ("soll nächste Woche …") is the narrator's forecast."""
    doc, unit, masked = state.doc, reading.unit, state.masked
    if (
        state.chain is None
        or reading.drafts
        or not sollen_main_clause(doc, unit, masked)
        or narrator_forecast(doc, unit, masked)
    ):
        return False
    start, end = unit_chars(doc, unit)
    state.drafts.append(Draft("free_indirect", start, end, None, None, speaker=state.chain))
    return True


def _stated_intention(state: FinderState, reading: UnitReading) -> bool:
    """ "Die SPD will …": a stated plan is the subject's reported speech."""
    doc, unit = state.doc, reading.unit
    if reading.drafts or unit.heading:
        return False
    intention = intention_subject(doc, unit, state.masked)
    if intention is None:
        return False
    start, end = unit_chars(doc, unit)
    who = participant(doc, intention[0], intention[1], fallback=state.last_person)
    state.drafts.append(Draft("reported", start, end, None, intention, speaker=who))
    # a stated plan goes on in "soll"/Konjunktiv sentences ("Die SPD will …
    # Die Steuer soll steigen.")
    state.chain, state.chain_paragraph = who, unit.paragraph
    return True


def _unframed_speech(state: FinderState, reading: UnitReading) -> bool:
    """A unit without cues, or one in hearsay "sollen" or Konjunktiv I, read as speech."""
    doc, unit, masked = state.doc, reading.unit, state.masked
    if reading.drafts or not (
        reading.first_cue is None
        or reportative_sollen(doc, unit, masked)
        or main_verb_present_subjunctive(doc, unit, masked)
    ):
        return False
    previous = state.previous_subject
    subject = previous if previous is not None and previous.paragraph == unit.paragraph else None
    kind = _unframed_kind(state, reading, subject)
    if kind is None:
        return False
    start, end = unit_chars(doc, unit)
    speaker = _unframed_speaker(state, reading, subject, kind)
    state.drafts.append(Draft(kind, start, end, None, None, speaker=speaker))
    if speaker is not None:
        state.chain, state.chain_paragraph = speaker, unit.paragraph
    return True


def _unframed_kind(
    state: FinderState, reading: UnitReading, subject: SubjectOf | None
) -> UnframedKind | None:
    """Which reading an unframed unit gets, or None when it is the narrator's."""
    doc, unit, masked = state.doc, reading.unit, state.masked
    if reportative_sollen(doc, unit, masked) and not narrator_forecast(doc, unit, masked):
        # "Bis Ende des Jahres sollen die Zentren fertig sein": a plan, no hearsay
        return "free_indirect"
    if (
        subject is not None
        and opens_without_frame(doc, unit, masked)
        and subject.person() is not None
    ):
        return "reported_continuation"
    if main_verb_present_subjunctive(doc, unit, masked):
        # "Das gleiche gelte für die Altenpflege.": Konjunktiv I in the main
        # clause is reported speech even where a narrator's sentence or a new
        # paragraph came between; whose, the text leaves open (no speaker)
        return "reported_continuation"
    return None


def _unframed_speaker(
    state: FinderState, reading: UnitReading, subject: SubjectOf | None, kind: UnframedKind
) -> Participant | None:
    """The unit's own subject, else the chain's, the sentence before's or a recent speaker."""
    unit = reading.unit
    return (
        own_subject(state.doc, unit, state.masked, state.last_person)
        or state.chain
        or (subject.person() if subject is not None else None)
        or (
            # "…, sagte X. <narrator's sentence> Das gelte auch …": the one
            # who spoke shortly before in the paragraph, if no cue of its own
            recent_speaker(state.last_person, reading.position - state.last_person_position)
            if kind == "reported_continuation"
            and reading.first_cue is None
            and state.last_person_paragraph == unit.paragraph
            else None
        )
    )
