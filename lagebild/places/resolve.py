"""From names found in the text to places: disambiguation, filtering and the focus country."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from lagebild.model import Entity, Place, TextSpan
from lagebild.places.gazetteer import COUNTRY, HANDMADE, Candidate, Gazetteer
from lagebild.places.matcher import Found

#: A city this large is a place even without a cue word ("Bangkok", "Pittsburgh").
_WELL_KNOWN_POPULATION = 250_000
#: Entity types whose mentions are not places ("Paris Hilton", "Bayern München").
_NOT_PLACE_TYPES = frozenset({"PER", "ORG", "MISC"})
_STRONG_CUES = frozenset({"preposition", "noun"})
#: Prepositions that before a common noun still make it a place ("in Essen", not "im Bau").
_PLACE_PREPOSITIONS = frozenset({"in", "In", "aus", "Aus", "nach", "Nach"})


def blocked_spans(entities: Iterable[Entity]) -> list[tuple[int, int]]:
    """Character ranges of mentions that are actors, not places: person, organisation and
    other non-place entities, and capitals standing for their government ("Moskau habe")."""
    return [
        (mention.start, mention.end)
        for entity in entities
        for mention in entity.mentions
        if entity.type in _NOT_PLACE_TYPES or mention.kind == "metonym"
    ]


def _inside_blocked(found: Found, blocked: list[tuple[int, int]]) -> bool:
    # A place inside a longer organisation name ("Vereinte Nationen in Genf") is only blocked
    # when the entity mention covers the place name itself.
    return any(start <= found.start and found.end <= end for start, end in blocked)


def entity_countries(entities: Iterable[Entity], gazetteer: Gazetteer) -> Counter[str]:
    """ISO alpha-2 codes of GPE entity mentions (actor codes are alpha-3)."""
    counts: Counter[str] = Counter()
    for entity in entities:
        code = (entity.code or "").upper()
        if entity.type == "GPE" and code in gazetteer.iso3_to_iso2:
            counts[gazetteer.iso3_to_iso2[code]] += len(entity.mentions) or 1
    return counts


def choose(
    candidates: tuple[Candidate, ...],
    countries_in_text: set[str],
    hints: set[str] | frozenset[str] = frozenset(),
) -> Candidate:
    """The country an adjective names ("im tschechischen Karlsbad"), then hand-made and
    country entries, then a country the article names, then size."""
    return min(
        candidates,
        key=lambda c: (
            c.country not in hints if hints else False,
            min(c.source, 2) if c.source in (HANDMADE, COUNTRY) else 2,
            c.country not in countries_in_text,
            -c.population,
            c.source,
        ),
    )


def _credible(candidate: Candidate, found: Found) -> bool:
    """Hand-made entries and countries always; GeoNames cities that stand inside a longer
    name only after a strong cue; small ones only with a cue ("in X", "Stadt X")."""
    if candidate.source in (HANDMADE, COUNTRY):
        return True
    strong_cue = found.cue in _STRONG_CUES
    if found.common_noun:
        # "Rede", "Lage": the tagger saw a common noun; only "in/aus/nach X" makes it a place.
        return found.cue_word in _PLACE_PREPOSITIONS
    if found.neighbour and not strong_cue:
        return False
    return strong_cue or candidate.population >= _WELL_KNOWN_POPULATION


def _credible_group(candidate: Candidate, group: list[Found]) -> list[Found]:
    """The mentions of a chosen place; none unless one of them is credible on its own, nor
    when the name also stands in a person's name ("Randy Henderson") and never after a cue."""
    if candidate.source in (HANDMADE, COUNTRY):
        return group
    names = [found for found in group if not found.adjective]
    if not any(_credible(candidate, found) for found in names):
        return []
    in_longer_name = any(found.neighbour and found.cue not in _STRONG_CUES for found in names)
    if in_longer_name and not any(found.cue in _STRONG_CUES for found in names):
        return []
    return [
        found
        for found in group
        if found.adjective or not found.neighbour or _credible(candidate, found)
    ]


def resolve_places(
    text: str, names: list[Found], entities: list[Entity], gazetteer: Gazetteer
) -> tuple[list[Place], str | None]:
    blocked = blocked_spans(entities)
    names = [found for found in names if not _inside_blocked(found, blocked)]
    people = {
        mention.start for entity in entities if entity.type == "PER" for mention in entity.mentions
    }
    countries_in_text = (
        {
            candidate.country
            for found in names
            for candidate in found.candidates
            if candidate.source == COUNTRY and candidate.country
        }
        | set(entity_countries(entities, gazetteer))
        | {found.country_hint for found in names if found.country_hint}
    )
    groups: dict[str, list[Found]] = {}
    for found in names:
        groups.setdefault(found.base, []).append(found)
    by_place: dict[Candidate, list[Found]] = {}
    for group in groups.values():
        hints = {found.country_hint for found in group if found.country_hint}
        candidate = choose(group[0].candidates, countries_in_text, hints)
        credible = _credible_group(candidate, group)
        # A city adjective before a person ("Kiewer Vize-Regierungschefin") says whom the
        # person acts for, not where something happens; elsewhere ("des Belgrader
        # Staatsfernsehens") it locates and counts.
        credible = [found for found in credible if not _describes_person(text, found, people)]
        if credible:
            by_place.setdefault(candidate, []).extend(credible)
    places = [_place(text, candidate, group) for candidate, group in by_place.items()]
    places.sort(key=lambda place: place.mentions[0].start)
    return places, focus_country(places, entities, gazetteer)


def _describes_person(text: str, found: Found, person_starts: set[int]) -> bool:
    """A city adjective right before a person or their title and name ("Kiewer
    Vize-Regierungschefin Stefanischyna"): at most two words between, no punctuation."""
    if not found.adjective:
        return False
    following = [start for start in person_starts if start >= found.end]
    if not following:
        return False
    gap = text[found.end : min(following)]
    return len(gap.split()) <= 2 and not any(mark in gap for mark in ",.;:()")


def _place(text: str, candidate: Candidate, group: list[Found]) -> Place:
    group = sorted(group, key=lambda found: found.start)
    names = [found.base for found in group if not found.adjective] or [group[0].base]
    name = candidate.name if candidate.source in (HANDMADE, COUNTRY) else names[0]
    return Place(
        name=name,
        country=candidate.country,
        lat=round(candidate.lat, 4),
        lon=round(candidate.lon, 4),
        feature=candidate.feature,
        mentions=[
            TextSpan(start=found.start, end=found.end, text=text[found.start : found.end])
            for found in group
        ],
    )


def focus_country(places: list[Place], entities: list[Entity], gazetteer: Gazetteer) -> str | None:
    """The country mentioned most: place mentions plus GPE entity mentions, each span once."""
    spans: dict[tuple[int, int], str] = {}
    for entity in entities:
        code = gazetteer.iso3_to_iso2.get((entity.code or "").upper())
        if entity.type == "GPE" and code:
            for mention in entity.mentions:
                spans[(mention.start, mention.end)] = code
    for place in places:
        if place.country:
            for mention in place.mentions:
                spans[(mention.start, mention.end)] = place.country
    counts = Counter(spans.values())
    if not counts:
        return None
    # Ties go to the country mentioned first.
    first_seen = {code: start for (start, _), code in sorted(spans.items(), reverse=True)}
    return max(counts, key=lambda code: (counts[code], -first_seen[code]))
