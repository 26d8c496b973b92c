"""One unit's cues read into drafts: content, speaker and the speech acts a chain starts from."""

from __future__ import annotations

from spacy.tokens import Doc

from lagebild.model import Participant
from lagebild.quotes.addressees import reported_addressee
from lagebild.quotes.attribution import attribute, summarised_object
from lagebild.quotes.chunks import noun_phrase_after
from lagebild.quotes.clauses import COORDINATORS, FINITE_TAGS, Draft
from lagebild.quotes.cues import NEEDS_ES, CueMatch, source_sentence
from lagebild.quotes.finder_state import FinderState, UnitReading, unit_chars
from lagebild.quotes.frame_words import FRAME_WORD_KINDS
from lagebild.quotes.frames import document_source
from lagebild.quotes.lexicon import acts_without_content, lower_set
from lagebild.quotes.non_speech import refusal
from lagebild.quotes.speakers import participant
from lagebild.quotes.token_table import token_table
from lagebild.quotes.units import Unit


def read_cues(state: FinderState, reading: UnitReading) -> None:
    """Reads each of the unit's cues in turn into ``reading.drafts``, then ends a verb's
    content at a closing "so" frame and drops summaries where some cue framed content."""
    for cue in reading.cues:
        if not _framed_already(state, reading, cue):
            _read_cue(state, reading, cue)
    _close_at_so_frame(
        state.doc, reading.unit, reading.cues, reading.drafts, state.masked, state.last_person
    )
    if any(d.kind != "reported" for d in reading.drafts):
        # "Er bezeichnete X als Y und kündigte an, …": the content, not a summary
        reading.drafts = [d for d in reading.drafts if d.kind != "reported"]


def _framed_already(state: FinderState, reading: UnitReading, cue: CueMatch) -> bool:
    """Whether the cue stands inside content or a frame an earlier cue of the unit read."""
    doc = state.doc
    if any(
        d.cue is not None and d.kind != "reported" and _inside(doc, cue.index, d)
        for d in reading.drafts
    ):
        return True
    # "kommentierte laut „BBC“ mit den Worten: „…“": inside the frame
    return cue.kind != "verb" and any(
        d.cue is not None
        and d.cue.kind == "verb"
        and d.cue.index < cue.index
        and state.tokens.offsets[cue.index] < d.start
        for d in reading.drafts
    )


def _read_cue(state: FinderState, reading: UnitReading, cue: CueMatch) -> None:
    """Adds the cue's drafts with their speakers; a speech verb's speaker is a speech act,
    and one that framed nothing may still summarise what was said ("kritisierte den Plan")."""
    found, speaker_span = _cue_content(state, reading, cue)
    source = state.last_person
    if cue.kind == "adverb" and state.last_person_paragraph < reading.unit.paragraph - 1:
        source = None  # "demnach" points back to a source named shortly before
    doc = state.doc
    person = (
        participant(doc, speaker_span[0], speaker_span[1], fallback=source)
        if speaker_span
        else None
    )
    _give_speakers(doc, found, speaker_span, person, source)
    reading.drafts.extend(found)
    if person is not None and cue.kind == "verb":
        if found or cue.verb is None or acts_without_content(cue.verb):
            reading.act_speaker = person  # a speech act, even without content, opens a chain
        state.speech_acts.append((reading.unit, cue, person))
    if not found and person is not None and summarised_object(reading.ctx, cue, speaker_span):
        start, end = unit_chars(doc, reading.unit)
        reading.drafts.append(
            Draft(
                "reported",
                start,
                end,
                cue,
                speaker_span,
                addressee=reported_addressee(reading.ctx, cue, speaker_span),
                speaker=person,
                medium=cue.medium,
            )
        )
        reading.act_speaker = person


def _cue_content(
    state: FinderState, reading: UnitReading, cue: CueMatch
) -> tuple[list[Draft], tuple[int, int] | None]:
    """The drafts the cue frames and the span of its speaker."""
    doc, unit = state.doc, reading.unit
    found, speaker_span = attribute(reading.ctx, cue)
    if cue.kind == "so" and cue.index == unit.start:
        found = _source_after(doc, state.units, unit, state.drafts, cue, state.masked)
    if cue.kind in FRAME_WORD_KINDS:
        # "vertritt die Auffassung, dass …": the verb framed that clause already
        found = [d for d in found if not any(_overlap(d, u) for u in reading.drafts)]
    speaker_span = _speaker_span(state, reading, cue, found, speaker_span)
    if cue.kind == "verb" and speaker_span is not None:
        reading.verb_subject = speaker_span
    if not found and speaker_span is not None:
        found = _pointing_back(
            doc, state.units, unit, cue, speaker_span, state.drafts, state.masked
        )
    return found, speaker_span


def _speaker_span(
    state: FinderState,
    reading: UnitReading,
    cue: CueMatch,
    found: list[Draft],
    speaker_span: tuple[int, int] | None,
) -> tuple[int, int] | None:
    """The speaker span that a document, an impersonal "es" or a coordinated verb gives the
    cue instead of the one attribution read; the found drafts take it over."""
    unit = reading.unit
    written_in = document_source(reading.ctx, cue)
    if written_in is not None:
        speaker_span = written_in  # not "es" of "heißt es"
        for draft in found:
            draft.speaker_span = written_in
    elif (
        cue.verb is not None
        and cue.verb.lemma in NEEDS_ES
        and cue.index > unit.start
        and state.tokens.words[cue.index - 1] == ","
    ):
        # "Der Tod, heißt es, sei nicht das Ende": "es" says it, no one named
        # (unlike "Seitens des Versorgers hieß es, …")
        speaker_span = None
        for draft in found:
            draft.speaker_span = None
    if reading.verb_subject is not None and _coordinated(state.doc, cue):
        # "Beck sprach von X und forderte die Regierung auf, …": Beck's verb too
        speaker_span = reading.verb_subject
        for draft in found:
            draft.speaker_span = reading.verb_subject
    return speaker_span


def _give_speakers(
    doc: Doc,
    found: list[Draft],
    speaker_span: tuple[int, int] | None,
    person: Participant | None,
    source: Participant | None,
) -> None:
    """Gives each found draft a speaker: the cue's own, or the one its own span names."""
    for draft in found:
        if draft.speaker is not None:
            continue  # read by the frame: "nach eigenen Angaben" names the subject
        span = draft.speaker_span or speaker_span
        if span == speaker_span:
            # the cue's own speaker, read just above: a participant depends on
            # its span and fallback only, so a copy of it is the same reading
            draft.speaker = person.model_copy() if person is not None else None
        else:
            draft.speaker = participant(doc, span[0], span[1], fallback=source) if span else None


def _close_at_so_frame(
    doc: Doc,
    unit: Unit,
    cues: list[CueMatch],
    drafts: list[Draft],
    masked: frozenset[int],
    last: Participant | None,
) -> None:
    """A verb's content that runs into a closing "so" frame ends before it, and the frame
    names the speaker: "Sollte er geklagt haben, werde sein Mandant zahlen, so der Anwalt",
    "Er gehe davon aus, dass es weitere Arten gibt, so der Forscher"."""
    tokens = token_table(doc)
    for cue in cues:
        if cue.kind != "so" or cue.index <= unit.start or tokens.words[cue.index - 1] != ",":
            continue
        phrase = noun_phrase_after(doc, cue.index + 1, unit.end, masked)
        if phrase is None or any(tokens.words[k] not in ".!?" for k in range(phrase[1], unit.end)):
            continue  # "…, so X." closes the unit; "so" in the middle is no frame
        comma = tokens.offsets[cue.index - 1]
        for draft in drafts:
            if (
                draft.cue is None
                or draft.cue.kind != "verb"
                or draft.parts
                or not draft.start < comma < draft.end
            ):
                continue
            draft.end = comma
            draft.speaker_span = phrase
            draft.speaker = participant(doc, phrase[0], phrase[1], fallback=last)


def _pointing_back(
    doc: Doc,
    units: list[Unit],
    unit: Unit,
    cue: CueMatch,
    speaker: tuple[int, int],
    drafts: list[Draft],
    masked: frozenset[int],
) -> list[Draft]:
    """ "… Dies bestätigte der Minister.": the demonstrative before the verb stands for the
    sentence before, which becomes the content (with the demonstrative as its second part)."""
    first = doc[unit.start]
    if (
        cue.kind != "verb"
        or cue.index != unit.start + 1
        or first.text.lower() not in lower_set("pointing_back.txt")
    ):
        return []
    if cue.verb is not None and not (
        cue.verb.complements & {"k", "c"} or cue.verb.medium == "writing"
    ):
        return []  # "Das beschloss ein Gericht": a decision, no report of the sentence before
    if refusal(doc, cue, unit, masked):
        return []  # "Das bestätigte er nicht": the sentence before is what he left unsaid
    if speaker[0] <= cue.index:
        # the demonstrative read as the subject: the speaker is the phrase after the verb
        after = noun_phrase_after(doc, cue.index + 1, unit.end, masked)
        if after is None:
            return []
        speaker = after
    index = units.index(unit)
    previous = units[index - 1] if index else None
    if previous is None or previous.paragraph != unit.paragraph or previous.heading:
        return []
    start, end = unit_chars(doc, previous)
    if any(d.start < end and start < d.end for d in drafts):
        return []  # the sentence before is someone's speech already
    draft = Draft("indirect", start, first.idx + len(first.text), cue, speaker, medium=cue.medium)
    draft.parts = [(start, end), (first.idx, first.idx + len(first.text))]
    return [draft]


def _source_after(
    doc: Doc,
    units: list[Unit],
    unit: Unit,
    drafts: list[Draft],
    cue: CueMatch,
    masked: frozenset[int],
) -> list[Draft]:
    """ "Die Steuern sollen steigen. So der Minister.": the verbless "So X." sentence names
    the source of the sentence before it in the paragraph. That sentence's speakerless
    reading ("soll", Konjunktiv I without a frame) gives way to this one; a sentence with a
    cue or a speaker of its own is left alone."""
    source = source_sentence(doc, unit, masked)
    index = units.index(unit)
    previous = units[index - 1] if index else None
    if (
        source is None
        or previous is None
        or previous.paragraph != unit.paragraph
        or previous.heading
    ):
        return []
    start, end = unit_chars(doc, previous)
    overlapping = [d for d in drafts if d.start < end and start < d.end]
    if any(d.cue is not None or d.speaker is not None for d in overlapping):
        return []
    for draft in overlapping:
        drafts.remove(draft)
    return [Draft("indirect", start, end, cue, source, medium=cue.medium)]


def _overlap(a: Draft, b: Draft) -> bool:
    return a.start < b.end and b.start < a.end


def _coordinated(doc: Doc, cue: CueMatch) -> bool:
    """A finite speech verb right after "und"/"sowie": the second verb of one subject."""
    tokens = token_table(doc)
    return (
        cue.kind == "verb"
        and cue.index > 0
        and tokens.words[cue.index - 1] in COORDINATORS
        and tokens.tags[cue.index] in FINITE_TAGS
    )


def _inside(doc: Doc, token: int, draft: Draft) -> bool:
    tokens = token_table(doc)
    return draft.start <= tokens.offsets[token] < draft.end
