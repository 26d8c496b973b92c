"""Invariants every analysis must satisfy, whatever the input (shared by the hardening tests)."""

from __future__ import annotations

from lagebild.model import Analysis, Span, TextSpan


def _check_span(text: str, span: Span | None, what: str) -> None:
    if span is None:
        return
    assert 0 <= span.start <= span.end <= len(text), f"{what} {span!r} out of range"
    if isinstance(span, TextSpan):
        assert text[span.start : span.end] == span.text, f"{what} {span!r} text mismatch"


def check_offsets(analysis: Analysis) -> None:
    """Every span lies inside the text and every ``text`` field matches its offsets."""
    text = analysis.text
    structure = analysis.structure
    for paragraph in structure.paragraphs:
        _check_span(text, paragraph, "paragraph")
    for span in structure.subheadings + structure.captions:
        _check_span(text, span, "subheading/caption")
    for repair in structure.repairs:
        for part, name in ((repair.gap, "gap"), (repair.before, "before"), (repair.after, "after")):
            _check_span(text, part, f"repair {name}")
    for sentence in analysis.sentences:
        _check_span(text, sentence, "sentence")
    for token in analysis.tokens or []:
        _check_span(text, token, "token")
    for entity in analysis.entities:
        assert entity.id and entity.name, f"entity without id/name: {entity!r}"
        for mention in entity.mentions:
            _check_span(text, mention, f"mention of {entity.id}")
    entity_ids = {entity.id for entity in analysis.entities}
    for quote in analysis.quotes:
        assert 0 <= quote.start <= quote.end <= len(text), f"quote {quote.id} out of range"
        assert text[quote.start : quote.end] == quote.text, f"quote {quote.id} text mismatch"
        _check_span(text, quote.cue, f"cue of {quote.id}")
        for part in quote.cue.parts if quote.cue else []:
            _check_span(text, part, f"cue part of {quote.id}")
        for participant in (quote.speaker, quote.addressee):
            if participant is None:
                continue
            if participant.start is not None or participant.end is not None:
                assert participant.start is not None and participant.end is not None
                assert 0 <= participant.start <= participant.end <= len(text)
            if participant.entity_id is not None:
                assert participant.entity_id in entity_ids, f"dangling {participant!r}"
    for event in analysis.events:
        _check_span(text, event.trigger, f"trigger of {event.id}")
        _check_span(text, event.sentence, f"sentence of {event.id}")
        for mention in event.mentions:
            _check_span(text, mention, f"mention of {event.id}")
        for actor in (event.actor, event.recipient):
            if actor is not None and actor.entity_id is not None:
                assert actor.entity_id in entity_ids, f"dangling {actor!r}"
    for place in analysis.places:
        for mention in place.mentions:
            _check_span(text, mention, f"mention of place {place.name}")
    for date in analysis.dates:
        _check_span(text, date, "date")


def check_sentences(analysis: Analysis) -> None:
    """Sentences are non-empty, ordered and do not overlap."""
    previous_end = 0
    for sentence in analysis.sentences:
        assert sentence.start < sentence.end, f"empty sentence {sentence!r}"
        assert sentence.start >= previous_end, f"overlapping sentence {sentence!r}"
        previous_end = sentence.end


def check_analysis(analysis: Analysis) -> None:
    check_offsets(analysis)
    check_sentences(analysis)
    assert Analysis.model_validate_json(analysis.model_dump_json()) == analysis
