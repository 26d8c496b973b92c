"""What a gold file has that the analysis missed or got wrong, one line per item.

For tuning by hand: ``lagebild eval --details`` prints these per gold file.
"""

from __future__ import annotations

from lagebild.evaluation.folding import FoldedText
from lagebild.evaluation.score_entities import align_entities
from lagebild.evaluation.score_quotes_events import align_events, match_quotes
from lagebild.model import Analysis


def _short(text: str, width: int = 70) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _actor(actor: object) -> str | None:
    return None if actor is None else getattr(actor, "code", None) or getattr(actor, "name", None)


def explain(analysis: Analysis, gold: dict) -> list[str]:
    folded = FoldedText.of(analysis.text)
    lines: list[str] = []
    alignment = align_entities(analysis, gold, folded)
    by_id = {entity.id: entity for entity in analysis.entities}
    for index, entity in enumerate(gold.get("entities", [])):
        system_id = alignment.system_for(index)
        wanted = entity.get("affiliation") if entity["type"] == "PER" else entity.get("code")
        if system_id is None:
            lines.append(f"entity missed: {entity['canonical']} ({entity['type']})")
            continue
        system = by_id[system_id]
        got = system.affiliation if entity["type"] == "PER" else system.code
        if (wanted or "").casefold() != (got or "").casefold():
            lines.append(f"entity code: {entity['canonical']} gold {wanted} system {got}")
    for index in set(range(len(gold.get("quotes", [])))) - set(
        match_quotes(analysis.quotes, gold.get("quotes", []))
    ):
        quote = gold["quotes"][index]
        lines.append(f"quote missed: [{quote['kind']}] {quote['speaker']}: {_short(quote['text'])}")
    typed, full = align_events(analysis, gold, folded)
    for index, event in enumerate(gold.get("events", [])):
        actors = f"{event.get('actor')}->{event.get('recipient')}"
        label = f"{event['type']} {actors} '{event['trigger']}'"
        if index not in typed:
            lines.append(f"event missed: {label}: {_short(event['sentence'])}")
        elif index not in full:
            system_event = analysis.events[typed[index]]
            lines.append(
                f"event wrong: {label}; system {_actor(system_event.actor)}"
                f"->{_actor(system_event.recipient)} negated={system_event.negated}"
            )
    found_names = {place.name.casefold() for place in analysis.places}
    for place in gold.get("places", []):
        if place["name"].casefold() not in found_names:
            lines.append(f"place not named: {place['name']} ({place.get('country')})")
    return lines
