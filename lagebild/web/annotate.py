"""The article text as HTML with its annotations visible, every text piece escaped.

The text is cut at every annotation boundary; each piece is escaped and wrapped in the
spans of the annotations covering it (quote, event trigger, entity mention), so layers
may overlap without ever producing broken markup. Nothing here trusts the text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from markupsafe import Markup, escape

from lagebild.model import Analysis

ActorLink = Callable[[str | None], str | None]


@dataclass(frozen=True, slots=True)
class Layer:
    start: int
    end: int
    rank: int  # outer layers first: quote 0, event 1, entity 2, date 3
    open_tag: Markup
    close_tag: Markup


def _layer(
    start: int,
    end: int,
    rank: int,
    name: str,
    classes: str,
    title: str,
    extra: dict[str, str] | None = None,
) -> Layer:
    """A layer whose opening tag carries escaped attributes; ``name`` is one of ours."""
    attributes = {"class": classes, "title": title, **(extra or {})}
    rendered = Markup(" ").join(
        Markup('{}="{}"').format(key, value) for key, value in attributes.items()
    )
    tag = Markup(name)
    return Layer(
        start, end, rank, Markup("<{} {}>").format(tag, rendered), Markup("</{}>").format(tag)
    )


def _layers(analysis: Analysis) -> list[Layer]:
    layers: list[Layer] = []
    entity_names = {entity.id: entity for entity in analysis.entities}
    for quote in analysis.quotes:
        speaker = quote.speaker.name if quote.speaker else "unbekannt"
        layers.append(
            _layer(
                quote.start,
                quote.end,
                0,
                "span",
                f"quote quote-{quote.kind}",
                f"Zitat ({quote.kind}) – Sprecher: {speaker}",
                {"data-speaker": speaker, "data-quote": quote.id},
            )
        )
    for event in analysis.events:
        actor = (event.actor.name or event.actor.code) if event.actor else "?"
        recipient = (event.recipient.name or event.recipient.code) if event.recipient else "?"
        negated = " (verneint)" if event.negated else ""
        layers.append(
            _layer(
                event.trigger.start,
                event.trigger.end,
                1,
                "mark",
                f"event event-{event.type}",
                f"{event.type}{negated}: {actor} → {recipient}",
                {"data-event": event.id, "id": f"trigger-{event.id}"},
            )
        )
    for entity in entity_names.values():
        label = entity.name + (f" [{entity.code}]" if entity.code else "")
        for mention in entity.mentions:
            layers.append(
                _layer(
                    mention.start,
                    mention.end,
                    2,
                    "span",
                    f"ent ent-{entity.type}",
                    f"{entity.type}: {label}",
                    {"data-entity": entity.id},
                )
            )
    for expression in analysis.dates:
        layers.append(
            _layer(
                expression.start,
                expression.end,
                3,
                "time",
                "date",
                f"Datum: {expression.value or '?'}",
                {"datetime": expression.value or ""},
            )
        )
    return layers


def _inline(
    text: str, start: int, end: int, layers: list[Layer], speaker_labels: dict[int, Markup]
) -> Markup:
    """``text[start:end]`` with the layers that touch it, cut into properly nested pieces."""
    inside = [layer for layer in layers if layer.start < end and layer.end > start]
    cuts = sorted(
        {
            start,
            end,
            *(max(start, min(end, p)) for layer in inside for p in (layer.start, layer.end)),
        }
    )
    parts: list[Markup] = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        if left in speaker_labels:
            parts.append(speaker_labels.pop(left))
        covering = sorted(
            (layer for layer in inside if layer.start <= left and layer.end >= right),
            key=lambda layer: (layer.rank, layer.start),
        )
        piece = escape(text[left:right])
        for layer in reversed(covering):
            piece = layer.open_tag + piece + layer.close_tag
        parts.append(piece)
    return Markup("").join(parts)


def annotated_html(analysis: Analysis, actor_href: ActorLink | None = None) -> Markup:
    """Paragraphs, subheadings and captions of the text, annotations marked up inside."""
    text = analysis.text
    layers = _layers(analysis)
    speaker_labels: dict[int, Markup] = {}
    for quote in analysis.quotes:
        if quote.speaker is None or quote.start in speaker_labels:
            continue
        href = actor_href(quote.speaker.entity_id) if actor_href else None
        name = escape(quote.speaker.name)
        label = (
            Markup('<a class="speaker" href="{}">{}</a>').format(href, name)
            if href
            else Markup('<span class="speaker">{}</span>').format(name)
        )
        speaker_labels[quote.start] = label
    blocks = analysis.structure.paragraphs or _fallback_paragraphs(text)
    html: list[Markup] = []
    element = {"paragraph": "p", "subheading": "h3", "caption": "figcaption"}
    for block in blocks:
        tag = element.get(block.kind, "p")
        body = _inline(text, block.start, block.end, layers, speaker_labels)
        html.append(
            Markup('<{0} class="block block-{1}">{2}</{0}>').format(Markup(tag), block.kind, body)
        )
    return Markup("\n").join(html)


@dataclass(frozen=True, slots=True)
class _Block:
    start: int
    end: int
    kind: str = "paragraph"


def _fallback_paragraphs(text: str) -> list[_Block]:
    blocks, position = [], 0
    for chunk in text.split("\n\n"):
        if chunk.strip():
            blocks.append(_Block(position, position + len(chunk)))
        position += len(chunk) + 2
    return blocks
