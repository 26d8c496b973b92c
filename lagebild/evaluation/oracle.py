"""Turn a gold annotation into the :class:`Analysis` a perfect system would output.

Used to check the scorer itself (a perfect analysis must score 1.0) and as a fixture
for tests. Gold strings are located in the folded text; spans cover every occurrence.
"""

from __future__ import annotations

from lagebild.evaluation.folding import FoldedText
from lagebild.model import (
    Analysis,
    Cue,
    DateExpression,
    Entity,
    Event,
    EventActor,
    Mention,
    Paragraph,
    Participant,
    Place,
    Provenance,
    Quote,
    Repair,
    Span,
    Structure,
    TextSpan,
)


def _text_span(text: str, start: int, end: int) -> TextSpan:
    return TextSpan(start=start, end=end, text=text[start:end])


def _first(folded: FoldedText, needle: str) -> tuple[int, int]:
    spans = folded.locate(needle)
    if not spans:
        raise ValueError(f"gold string not in text: {needle!r}")
    return spans[0]


def _structure(gold: dict, text: str, folded: FoldedText) -> Structure:
    structure = gold.get("structure", {})
    subheadings = [_text_span(text, *_first(folded, s)) for s in structure.get("subheadings", [])]
    captions = [_text_span(text, *_first(folded, s)) for s in structure.get("captions", [])]
    repairs = []
    for before, after in structure.get("broken_paragraphs", []):
        before_span, after_span = _first(folded, before), _first(folded, after)
        repairs.append(
            Repair(
                gap=Span(start=before_span[1], end=after_span[0]),
                before=_text_span(text, *before_span),
                after=_text_span(text, *after_span),
            )
        )
    return Structure(
        paragraphs=[Paragraph(start=0, end=len(text))],
        subheadings=subheadings,
        captions=captions,
        repairs=repairs,
    )


def _entities(gold: dict, text: str, folded: FoldedText) -> list[Entity]:
    entities = []
    for index, record in enumerate(gold.get("entities", [])):
        mentions = [
            Mention(start=start, end=end, text=text[start:end])
            for mention in record.get("mentions", [])
            for start, end in folded.locate(mention)
        ]
        entities.append(
            Entity(
                id=f"e{index}",
                name=record["canonical"],
                type=record["type"],
                code=record.get("code"),
                affiliation=record.get("affiliation"),
                mentions=mentions,
            )
        )
    return entities


def _quote(index: int, record: dict, gold: dict, text: str, folded: FoldedText) -> Quote:
    start, end = _first(folded, record["text"])
    speaker_ids = {e["canonical"]: f"e{i}" for i, e in enumerate(gold.get("entities", []))}
    speaker = record.get("speaker")
    cue = record.get("cue")
    return Quote(
        id=f"q{index}",
        kind=record["kind"],
        start=start,
        end=end,
        text=text[start:end],
        speaker=Participant(name=speaker, entity_id=speaker_ids.get(speaker)) if speaker else None,
        cue=Cue(start=0, end=len(cue), text=cue, lemma=cue) if cue else None,
    )


def _event(index: int, record: dict, text: str, folded: FoldedText) -> Event:
    sentence = _first(folded, record["sentence"])
    trigger_word = record["trigger"].split(" ")[0]
    offset = folded.original.find(trigger_word, sentence[0], sentence[1])
    trigger = (offset, offset + len(trigger_word)) if offset >= 0 else sentence
    recipient = record.get("recipient")
    return Event(
        id=f"v{index}",
        type=record["type"],
        actor=EventActor(code=record.get("actor")),
        recipient=EventActor(code=recipient) if recipient else None,
        trigger=_text_span(text, *trigger),
        sentence=Span(start=sentence[0], end=sentence[1]),
        negated=bool(record.get("negated", False)),
    )


def perfect_analysis(gold: dict, text: str) -> Analysis:
    """The analysis that reproduces ``gold`` exactly on ``text``."""
    folded = FoldedText.of(text)
    places = [
        Place(
            name=record["name"],
            country=record.get("country"),
            lat=record.get("lat"),
            lon=record.get("lon"),
            mentions=[
                _text_span(text, start, end)
                for mention in record.get("mentions", [])
                for start, end in folded.locate(mention)
            ],
        )
        for record in gold.get("places", [])
    ]
    dates = [
        DateExpression(
            **_text_span(text, *_first(folded, d["text"])).model_dump(), value=d.get("value")
        )
        for d in gold.get("dates", [])
    ]
    return Analysis(
        id="gold",
        published=gold.get("published"),
        text=text,
        structure=_structure(gold, text, folded),
        entities=_entities(gold, text, folded),
        places=places,
        dates=dates,
        quotes=[_quote(i, q, gold, text, folded) for i, q in enumerate(gold.get("quotes", []))],
        events=[_event(i, e, text, folded) for i, e in enumerate(gold.get("events", []))],
        provenance=Provenance(lagebild_version="gold", pipeline=[]),
    )
