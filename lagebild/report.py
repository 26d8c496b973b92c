"""The human-readable text report: who, what was said by whom, what happened, where, when."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable

from lagebild.model import Analysis, Entity, Event, EventActor, Quote

WIDTH = 100
QUOTE_KIND_LABELS = {
    "direct": "direkt",
    "indirect": "indirekt",
    "free_indirect": "erlebte Rede",
    "reported_continuation": "Fortsetzung (Konjunktiv)",
    "reported": "berichtet",
}


def render_text(analysis: Analysis) -> str:
    """Render one analysis as a plain-text report (German labels, as the articles are German)."""
    parts = [_header(analysis)]
    parts.append(_section("Struktur", _structure_lines(analysis)))
    parts.append(_section("Wer (Akteure)", _entity_lines(analysis.entities)))
    parts.append(_section("Wer sagte was (Zitate)", _quote_lines(analysis.quotes)))
    parts.append(_section("Was geschah (Ereignisse, PLOVER)", _event_lines(analysis.events)))
    parts.append(_section("Wo (Orte)", _place_lines(analysis)))
    parts.append(_section("Wann (Zeitangaben)", _date_lines(analysis)))
    return "\n\n".join(part for part in parts if part)


def _header(analysis: Analysis) -> str:
    title = analysis.title or _first_line(analysis.text)
    facts = [f"Quelle: {analysis.source or analysis.id}"]
    if analysis.published:
        facts.append(f"veröffentlicht: {analysis.published}")
    if analysis.focus_country:
        facts.append(f"Schwerpunktland: {analysis.focus_country}")
    facts.append(f"{len(analysis.sentences)} Sätze")
    rule = "=" * min(WIDTH, max(len(title), 20))
    return f"{title}\n{rule}\n" + " · ".join(facts)


def _first_line(text: str) -> str:
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= 80 else line[:77].rstrip() + " …"


def _section(title: str, lines: Iterable[str]) -> str:
    body = list(lines)
    if not body:
        body = ["(keine)"]
    return f"{title}\n{'-' * len(title)}\n" + "\n".join(body)


def _structure_lines(analysis: Analysis) -> Iterable[str]:
    structure = analysis.structure
    yield f"{len(structure.paragraphs)} Absätze"
    for heading in structure.subheadings:
        yield f"Zwischentitel: {heading.text}"
    for caption in structure.captions:
        yield f"Bildunterschrift: {caption.text}"
    for repair in structure.repairs:
        yield f"Absatzbruch repariert: „{repair.before.text} / {repair.after.text}“"


def _entity_lines(entities: list[Entity]) -> Iterable[str]:
    ordered = sorted(entities, key=lambda e: (-len(e.mentions), e.name))
    for entity in ordered:
        code = entity.code or (f"für {entity.affiliation}" if entity.affiliation else "")
        roles = f" – {', '.join(entity.roles)}" if entity.roles else ""
        variants = f" (auch: {', '.join(entity.variants)})" if entity.variants else ""
        label = f"[{entity.type}{' ' + code if code else ''}]"
        yield f"{label:<16} {entity.name}{roles}{variants} · {len(entity.mentions)}× erwähnt"


def _quote_lines(quotes: list[Quote]) -> Iterable[str]:
    for quote in quotes:
        speaker = quote.speaker.name if quote.speaker else "unbekannt"
        cue = f" ({quote.cue.lemma})" if quote.cue else ""
        to = f" zu {quote.addressee.name}" if quote.addressee else ""
        kind = QUOTE_KIND_LABELS.get(quote.kind, quote.kind)
        head = f"{speaker}{cue}{to} [{kind}]:"
        body = f"„{quote.text}“" if quote.kind == "direct" else quote.text
        yield head
        yield textwrap.fill(body, WIDTH, initial_indent="    ", subsequent_indent="    ")


def _actor(actor: EventActor | None) -> str:
    if actor is None:
        return "–"
    if actor.name and actor.code and actor.name != actor.code:
        return f"{actor.code} ({actor.name})"
    return actor.code or actor.name or "?"


def _event_lines(events: list[Event]) -> Iterable[str]:
    for event in events:
        flags = []
        if event.mode:
            flags.append(event.mode)
        if event.negated:
            flags.append("VERNEINT")
        if event.attributed_to:
            flags.append(f"laut {event.attributed_to}")
        context = [
            f"wo: {event.where}" if event.where else "",
            f"wann: {event.when}" if event.when else "",
        ]
        if event.quantity:
            context.append(f"Anzahl: {event.quantity:,}".replace(",", "."))
        details = " · ".join(c for c in context if c)
        yield (
            f"{event.type:<10} {_actor(event.actor)} → {_actor(event.recipient)}"
            f"  „{event.trigger.text}“"
            + (f"  [{', '.join(flags)}]" if flags else "")
            + (f"  {details}" if details else "")
        )


def _place_lines(analysis: Analysis) -> Iterable[str]:
    for place in analysis.places:
        located = place.lat is not None and place.lon is not None
        where = f"{place.lat:.2f}, {place.lon:.2f}" if located else "?"
        yield f"{place.name} ({place.country or '?'}) {where} · {len(place.mentions)}× erwähnt"


def _date_lines(analysis: Analysis) -> Iterable[str]:
    for date in analysis.dates:
        value = date.value or "nicht auflösbar"
        yield f"„{date.text}“ → {value}" + (f" ({date.granularity})" if date.granularity else "")
