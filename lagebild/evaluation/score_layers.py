"""Scoring of structure, places and dates against a gold file."""

from __future__ import annotations

import math
import re

from lagebild.evaluation.folding import FoldedText, fold, overlap
from lagebild.evaluation.metrics import Layer, Tally
from lagebild.model import Analysis

Span = tuple[int, int]
MAX_PLACE_DISTANCE_KM = 50.0
_ISO_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _string_match(system: list[str], gold: list[str]) -> Tally:
    """One-to-one exact matches after folding and stripping."""
    remaining = [fold(text) for text in system]
    matched = 0
    for text in gold:
        key = fold(text)
        if key in remaining:
            remaining.remove(key)
            matched += 1
    return Tally.matches(matched, len(system), len(gold))


def _gold_gap(folded: FoldedText, before: str, after: str) -> Span | None:
    """The stretch between the end of ``before`` and the start of the next ``after``."""
    for _, before_end in folded.locate(before):
        starts = [start for start, _ in folded.locate(after) if start >= before_end]
        if starts:
            return (before_end, min(starts))
    return None


def score_structure(analysis: Analysis, gold: dict, folded: FoldedText) -> Layer:
    structure = analysis.structure
    text = analysis.text
    subheadings = {span.text for span in structure.subheadings} | {
        text[p.start : p.end] for p in structure.paragraphs if p.kind == "subheading"
    }
    captions = {span.text for span in structure.captions} | {
        text[p.start : p.end] for p in structure.paragraphs if p.kind == "caption"
    }
    gold_structure = gold["structure"]
    gold_gaps = [
        _gold_gap(folded, before, after)
        for before, after in gold_structure.get("broken_paragraphs", [])
    ]
    system_gaps = [(repair.gap.start, repair.gap.end) for repair in structure.repairs]
    used: set[int] = set()
    for gap in gold_gaps:
        if gap is None:
            continue
        for index, (start, end) in enumerate(system_gaps):
            # The repaired break must lie between the two gold pieces.
            if index not in used and gap[0] <= start and end <= gap[1]:
                used.add(index)
                break
    return {
        "subheadings": _string_match(sorted(subheadings), gold_structure.get("subheadings", [])),
        "captions": _string_match(sorted(captions), gold_structure.get("captions", [])),
        "repairs": Tally.matches(len(used), len(system_gaps), len(gold_gaps)),
    }


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlam = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlam / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def _place_correct(gold_place: dict, system_place: object) -> bool:
    country = getattr(system_place, "country", None)
    if not country or (gold_place.get("country") or "").upper() != country.upper():
        return False
    lat, lon = getattr(system_place, "lat", None), getattr(system_place, "lon", None)
    if lat is None or lon is None or gold_place.get("lat") is None:
        return False
    distance = haversine_km(gold_place["lat"], gold_place["lon"], lat, lon)
    return distance <= MAX_PLACE_DISTANCE_KM


def score_places(analysis: Analysis, gold: dict, folded: FoldedText) -> Layer:
    gold_places = gold.get("places", [])
    # The gold lists geographic places; states are annotated as entities (GPE) instead,
    # so the system's country-level places are not scored here.
    places = [place for place in analysis.places if place.feature != "country"]
    taken: set[int] = set()
    found = correct = 0
    for gold_place in gold_places:
        mentions = gold_place.get("mentions", [])
        spans = [span for mention in mentions for span in folded.locate(mention)]
        name = fold(gold_place["name"]).casefold()
        best: tuple[bool, int] = (False, 0)
        best_index: int | None = None
        for index, place in enumerate(places):
            if index in taken:
                continue
            hits = sum(
                overlap(span, (mention.start, mention.end)) > 0
                for span in spans
                for mention in place.mentions
            )
            # Prefer a system place of the same name, then the one sharing most mentions.
            rank = (fold(place.name).casefold() == name, hits)
            if (rank[0] or hits) and rank > best:
                best, best_index = rank, index
        if best_index is not None:
            taken.add(best_index)
            found += 1
            correct += _place_correct(gold_place, places[best_index])
    n_system = len(places)
    return {
        "places": Tally.matches(found, n_system, len(gold_places)),
        "places_correct": Tally.matches(correct, n_system, len(gold_places)),
    }


def score_dates(analysis: Analysis, gold: dict, folded: FoldedText) -> Layer:
    gold_dates = gold.get("dates", [])
    taken: set[int] = set()
    found = valued_gold = valued_matched = value_right = 0
    for gold_date in gold_dates:
        value = gold_date.get("value")
        is_iso = isinstance(value, str) and bool(_ISO_VALUE.match(value))
        valued_gold += is_iso
        spans = folded.locate(gold_date["text"])
        for index, date in enumerate(analysis.dates):
            if index in taken or not any(overlap(s, (date.start, date.end)) for s in spans):
                continue
            taken.add(index)
            found += 1
            if is_iso:
                valued_matched += 1
                value_right += date.value == value
            break
    return {
        "dates": Tally.matches(found, len(analysis.dates), len(gold_dates)),
        "dates_value": Tally.matches(value_right, valued_matched, valued_gold),
    }
