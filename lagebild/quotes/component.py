"""Quotes, reported speech and speaker attribution."""

from __future__ import annotations

from bisect import bisect_left

from spacy.language import Language
from spacy.tokens import Doc

from lagebild.entities.mention_index import mentions_indexed
from lagebild.model import Participant, Quote, Span
from lagebild.pipeline import doc_text
from lagebild.quotes.addressees import reported_addressee
from lagebild.quotes.attribution import attribute, summarised_object
from lagebild.quotes.chunks import (
    noun_phrase_after,
)
from lagebild.quotes.clauses import COORDINATORS, FINITE_TAGS, Context, Draft
from lagebild.quotes.colon_nouns import colon_cue
from lagebild.quotes.continuation import (
    conjecture,
    continues,
    first_subjunctive,
    main_verb_present_subjunctive,
    narrator_forecast,
    opens_without_frame,
    recent_speaker,
    reportative_sollen,
    sollen_main_clause,
)
from lagebild.quotes.cues import NEEDS_ES, CueMatch, find_cues, source_sentence
from lagebild.quotes.direct import Quotation, find_quotations
from lagebild.quotes.frame_words import FRAME_WORD_KINDS, frame_word_cues, is_frame_noun
from lagebild.quotes.frames import document_source
from lagebild.quotes.intentions import intention_subject
from lagebild.quotes.interview import Turn, interview_turns, interviewee_speaker
from lagebild.quotes.interviewer import without_interviewer_words
from lagebild.quotes.laut_after_frame import relay_after_closing_frame
from lagebild.quotes.lexicon import acts_without_content, lower_set
from lagebild.quotes.nesting import nest_in_closing_frames
from lagebild.quotes.non_speech import refusal
from lagebild.quotes.phrases import nested_direct, quoted_in_speech_act
from lagebild.quotes.readings import drop_readings
from lagebild.quotes.relay import relayed
from lagebild.quotes.sentence_subjects import SubjectOf, own_subject
from lagebild.quotes.speakers import participant
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
        quotations = find_quotations(doc_text(doc))
        tokens = token_table(doc)
        paragraphs = paragraphs_of(doc)
        units = build_units(doc, paragraphs, quotations)
        spans = _quotation_tokens(doc, quotations)
        masked = frozenset(i for first, last, _ in spans for i in range(first, last))
        span_starts = [first for first, _, _ in spans]
        if any(a > b for a, b in zip(span_starts, span_starts[1:], strict=False)):
            span_starts = []  # not in text order: _spans_in tests each span
        drafts: list[Draft] = []
        chain: Participant | None = None
        chain_paragraph = framed_at = -1  # framed_at: the last unit whose frame opened a chain
        last_person: Participant | None = None
        last_person_paragraph = last_person_position = -1
        speech_acts: list[tuple[Unit, CueMatch, Participant]] = []
        previous_subject: SubjectOf | None = None
        turns = interview_turns(doc)
        for position, unit in enumerate(units):
            if _opens_turn(doc, unit, turns):
                chain = None  # "… STANDARD: Könnte es …?": a new turn, a new speaker
            if chain is not None and (
                unit.heading
                or (
                    # a paragraph that opens in Konjunktiv I goes on with the speaker before it
                    unit.paragraph != chain_paragraph
                    and not main_verb_present_subjunctive(doc, unit, masked)
                )
            ):
                chain = None  # (without a chain to end, the verb's mood is not read)
            ctx = Context(doc, unit, masked, _spans_in(spans, span_starts, unit))
            cues = (
                []
                if unit.heading and not _has_colon_frame(doc, unit)
                else _with_frame_words(find_cues(doc, unit, masked), doc, unit, masked)
            )
            opening = colon_cue(doc, unit, masked) if not unit.heading else None
            if opening is not None:
                cues = [opening, *cues]  # "Der Vorwurf Sardanas: …"
            first_cue = min((c.index for c in cues), default=None)
            unit_drafts: list[Draft] = []
            act_speaker: Participant | None = None
            verb_subject: tuple[int, int] | None = None
            for cue in cues:
                if any(
                    d.cue is not None and d.kind != "reported" and _inside(doc, cue.index, d)
                    for d in unit_drafts
                ):
                    continue
                if cue.kind != "verb" and any(
                    d.cue is not None
                    and d.cue.kind == "verb"
                    and d.cue.index < cue.index
                    and tokens.offsets[cue.index] < d.start
                    for d in unit_drafts
                ):
                    continue  # "kommentierte laut „BBC“ mit den Worten: „…“": inside the frame
                found, speaker_span = attribute(ctx, cue)
                if cue.kind == "so" and cue.index == unit.start:
                    found = _source_after(doc, units, unit, drafts, cue, masked)
                if cue.kind in FRAME_WORD_KINDS:
                    # "vertritt die Auffassung, dass …": the verb framed that clause already
                    found = [d for d in found if not any(_overlap(d, u) for u in unit_drafts)]
                written_in = document_source(ctx, cue)
                if written_in is not None:
                    speaker_span = written_in  # not "es" of "heißt es"
                    for draft in found:
                        draft.speaker_span = written_in
                elif (
                    cue.verb is not None
                    and cue.verb.lemma in NEEDS_ES
                    and cue.index > unit.start
                    and tokens.words[cue.index - 1] == ","
                ):
                    # "Der Tod, heißt es, sei nicht das Ende": "es" says it, no one named
                    # (unlike "Seitens des Versorgers hieß es, …")
                    speaker_span = None
                    for draft in found:
                        draft.speaker_span = None
                if verb_subject is not None and _coordinated(doc, cue):
                    # "Beck sprach von X und forderte die Regierung auf, …": Beck's verb too
                    speaker_span = verb_subject
                    for draft in found:
                        draft.speaker_span = verb_subject
                if cue.kind == "verb" and speaker_span is not None:
                    verb_subject = speaker_span
                if not found and speaker_span is not None:
                    found = _pointing_back(doc, units, unit, cue, speaker_span, drafts, masked)
                source = last_person
                if cue.kind == "adverb" and last_person_paragraph < unit.paragraph - 1:
                    source = None  # "demnach" points back to a source named shortly before
                person = participant(doc, *speaker_span, fallback=source) if speaker_span else None
                for draft in found:
                    if draft.speaker is not None:
                        continue  # read by the frame: "nach eigenen Angaben" names the subject
                    span = draft.speaker_span or speaker_span
                    if span == speaker_span:
                        # the cue's own speaker, read just above: a participant depends on
                        # its span and fallback only, so a copy of it is the same reading
                        draft.speaker = person.model_copy() if person is not None else None
                    else:
                        draft.speaker = participant(doc, *span, fallback=source) if span else None
                unit_drafts.extend(found)
                if person is not None and cue.kind == "verb":
                    if found or cue.verb is None or acts_without_content(cue.verb):
                        act_speaker = person  # a speech act, even without content, opens a chain
                    speech_acts.append((unit, cue, person))
                if not found and person is not None and summarised_object(ctx, cue, speaker_span):
                    start, end = _unit_chars(doc, unit)
                    unit_drafts.append(
                        Draft(
                            "reported",
                            start,
                            end,
                            cue,
                            speaker_span,
                            addressee=reported_addressee(ctx, cue, speaker_span),
                            speaker=person,
                            medium=cue.medium,
                        )
                    )
                    act_speaker = person
            _close_at_so_frame(doc, unit, cues, unit_drafts, masked, last_person)
            if any(d.kind != "reported" for d in unit_drafts):
                # "Er bezeichnete X als Y und kündigte an, …": the content, not a summary
                unit_drafts = [d for d in unit_drafts if d.kind != "reported"]
            unit_start = tokens.offsets[unit.start]
            # "…, räumte X ein" names its own speaker even after a Konjunktiv verb; so does
            # "Die Grünen üben Kritik: …, so Walser", whose content starts after the colon
            framed_after = any(
                d.cue is not None
                and (d.start == unit_start or (d.cue.kind == "so" and d.cue.index > unit.start))
                for d in unit_drafts
            )
            following = units[position + 1] if position + 1 < len(units) else None
            if (
                chain is not None
                and not framed_after
                and continues(doc, unit, masked, first_cue, following, framed_at == position - 1)
            ):
                start, end = _unit_chars(doc, unit)
                # "X schloss die Grenze, weil … sei": X's reasons, whoever spoke before
                own = own_subject(doc, unit, masked, last_person)
                chain = own or chain
                drafts.append(Draft("reported_continuation", start, end, None, None, speaker=chain))
                chain_paragraph = unit.paragraph
                continue
            # a speech verb that framed nothing ("Die Besitzer sollen zum Verschwinden
            # aufgefordert worden sein") leaves the hearsay "sollen" sentence to the chain;
            # a dated future ("soll nächste Woche …") is the narrator's forecast
            if (
                chain is not None
                and not unit_drafts
                and sollen_main_clause(doc, unit, masked)
                and not narrator_forecast(doc, unit, masked)
            ):
                start, end = _unit_chars(doc, unit)
                drafts.append(Draft("free_indirect", start, end, None, None, speaker=chain))
                continue
            intention = (
                None if unit_drafts or unit.heading else intention_subject(doc, unit, masked)
            )
            if intention is not None:
                start, end = _unit_chars(doc, unit)
                who = participant(doc, *intention, fallback=last_person)
                drafts.append(Draft("reported", start, end, None, intention, speaker=who))
                # a stated plan goes on in "soll"/Konjunktiv sentences ("Die SPD will …
                # Die Steuer soll steigen.")
                chain, chain_paragraph = who, unit.paragraph
                continue
            if not unit_drafts and (
                first_cue is None
                or reportative_sollen(doc, unit, masked)
                or main_verb_present_subjunctive(doc, unit, masked)
            ):
                subject = (
                    previous_subject
                    if previous_subject is not None and previous_subject.paragraph == unit.paragraph
                    else None
                )
                kind = None
                if reportative_sollen(doc, unit, masked) and not narrator_forecast(
                    doc, unit, masked
                ):  # "Bis Ende des Jahres sollen die Zentren fertig sein": a plan, no hearsay
                    kind = "free_indirect"
                elif (
                    subject is not None
                    and opens_without_frame(doc, unit, masked)
                    and subject.person() is not None
                ):
                    kind = "reported_continuation"
                elif main_verb_present_subjunctive(doc, unit, masked):
                    # "Das gleiche gelte für die Altenpflege.": Konjunktiv I in the main
                    # clause is reported speech even where a narrator's sentence or a new
                    # paragraph came between; whose, the text leaves open (no speaker)
                    kind = "reported_continuation"
                if kind is not None:
                    start, end = _unit_chars(doc, unit)
                    speaker = (
                        own_subject(doc, unit, masked, last_person)
                        or chain
                        or (subject.person() if subject is not None else None)
                        or (
                            # "…, sagte X. <narrator's sentence> Das gelte auch …": the one
                            # who spoke shortly before in the paragraph, if no cue of its own
                            recent_speaker(last_person, position - last_person_position)
                            if kind == "reported_continuation"
                            and first_cue is None
                            and last_person_paragraph == unit.paragraph
                            else None
                        )
                    )
                    drafts.append(Draft(kind, start, end, None, None, speaker=speaker))  # type: ignore[arg-type]
                    if speaker is not None:
                        chain, chain_paragraph = speaker, unit.paragraph
                    continue
            near = last_person if last_person_paragraph == unit.paragraph else None
            previous_subject = SubjectOf(doc, unit, masked, last_person, near)
            drafts.extend(unit_drafts)
            speakers = [d.speaker for d in unit_drafts if d.speaker is not None and _names(doc, d)]
            if speakers:
                chain, chain_paragraph, framed_at = speakers[-1], unit.paragraph, position
                last_person, last_person_paragraph = speakers[-1], unit.paragraph
                last_person_position = position
            elif act_speaker is not None:
                chain, chain_paragraph, framed_at = act_speaker, unit.paragraph, position
                last_person, last_person_paragraph = act_speaker, unit.paragraph
                last_person_position = position
            elif chain is not None and not conjecture(
                doc, unit, masked, first_subjunctive(doc, unit, masked)
            ):
                chain = None  # a narrator's guess in between leaves the chain open
        drafts.extend(quoted_in_speech_act(doc, spans, drafts, speech_acts))
        drafts.extend(unframed_direct(doc, units, spans, drafts, masked))
        drafts.extend(nested_direct(doc, spans, drafts))
        drafts.extend(relayed(doc, drafts, masked))
        drafts = nest_in_closing_frames(doc, drafts)
        drafts = relay_after_closing_frame(doc, drafts)
        for draft in drafts:
            # "Jagland: … Ich glaube, dass …": the one who answers, not the last one named
            draft.speaker = interviewee_speaker(doc, turns, draft.speaker)
        return _to_quotes(doc, without_interviewer_words(doc, turns, drafts))


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
            draft.speaker = participant(doc, *phrase, fallback=last)


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
    start, end = _unit_chars(doc, previous)
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
    start, end = _unit_chars(doc, previous)
    overlapping = [d for d in drafts if d.start < end and start < d.end]
    if any(d.cue is not None or d.speaker is not None for d in overlapping):
        return []
    for draft in overlapping:
        drafts.remove(draft)
    return [Draft("indirect", start, end, cue, source, medium=cue.medium)]


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


def _opens_turn(doc: Doc, unit: Unit, turns: list[Turn]) -> bool:
    """Whether an interview turn's label stands in the unit."""
    if not turns:
        return False
    start, end = _unit_chars(doc, unit)
    return any(start <= turn.start < end for turn in turns)


def _has_colon_frame(doc: Doc, unit: Unit) -> bool:
    tokens = token_table(doc)
    return any(tokens.words[i] == ":" for i in range(unit.start, unit.end))


def _inside(doc: Doc, token: int, draft: Draft) -> bool:
    tokens = token_table(doc)
    return draft.start <= tokens.offsets[token] < draft.end


def _unit_chars(doc: Doc, unit: Unit) -> tuple[int, int]:
    tokens = token_table(doc)
    return tokens.offsets[unit.start], tokens.offsets[unit.end - 1] + len(
        tokens.words[unit.end - 1]
    )


def _spans_in(
    spans: list[tuple[int, int, Quotation]], starts: list[int], unit: Unit
) -> tuple[tuple[int, int, Quotation], ...]:
    """The quotation spans that start inside ``unit``, in their order. ``starts`` are their
    first tokens, ascending, or [] when they are not: in text order two bisections find them."""
    if starts:
        return tuple(spans[bisect_left(starts, unit.start) : bisect_left(starts, unit.end)])
    return tuple(s for s in spans if unit.start <= s[0] < unit.end)


def _quotation_tokens(doc: Doc, quotations: list[Quotation]) -> list[tuple[int, int, Quotation]]:
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
