"""From names found in the text to places: disambiguation, filtering and the focus country."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from itertools import accumulate

from lagebild.entities.kb import organisation_states
from lagebild.model import Entity, Place, TextSpan
from lagebild.places.gazetteer import CITY_NAME, COUNTRY, HANDMADE, Candidate, Gazetteer
from lagebild.places.geonames import CITY_POPULATION, HOME_COUNTRIES
from lagebild.places.matcher import DATELINE, Found
from lagebild.places.migrants import is_people_word, migrant_peoples

#: How often, and in more than what share of the mentions of countries, a clear focus
#: country is named (see :func:`article_focus`).
CLEAR_FOCUS_TIMES = 2
CLEAR_FOCUS_SHARE = 0.4
#: A city this large is a place even without a cue word ("Bangkok", "Pittsburgh").
_WELL_KNOWN_POPULATION = 250_000
#: A city this large is meant rather than a small namesake in a country the text names.
_METROPOLIS_POPULATION = 1_000_000
#: Entity types whose mentions are not places ("Paris Hilton", "Bayern München").
_NOT_PLACE_TYPES = frozenset({"PER", "ORG", "MISC"})
#: Cues after which a town of any size is a place ("in Linz", "Stadt Linz", "Linz – …").
_STRONG_CUES = frozenset({"preposition", "noun", DATELINE})
#: Prepositions that before a common noun still make it a place ("in Essen", not "im Bau").
_PLACE_PREPOSITIONS = frozenset({"in", "In", "aus", "Aus", "nach", "Nach"})
#: Prepositions with the dative: a genitive form right after one is no place ("bei Palmers",
#: "in Times Past"); direction adverbs take the genitive ("östlich Moskaus").
_DATIVE_PREPOSITIONS = frozenset({"in", "im", "aus", "nach", "bei", "beim", "von", "vom"})
#: The German-speaking countries the news comes from: their small towns are named without
#: naming the country, while a small town abroad whose country the article never names is
#: seldom meant when its name is also a German word ("in Busse steigen", "in Gold").
_HOME_COUNTRIES = HOME_COUNTRIES
#: Between a name and a second place that locates it: "Mina östlich von Mekka", "Marat im
#: Nordwesten Syriens", "Stanford (Kalifornien)", "nahe Bethlehem".
_LOCATED_BY = re.compile(
    r"\s+(?:\(|(?:nahe|bei)\s+"
    r"|(?:(?:nord|süd)?(?:östlich|westlich)|nördlich|südlich)\s+(?:von\s+)?"
    r"|(?:im|in\s+dem)\s+(?:(?:Nord|Süd)(?:osten|westen|en)|Osten|Westen)\s+"
    r"(?:des\s+|der\s+|von\s+)?)$"
)


def blocked_spans(entities: Iterable[Entity]) -> list[tuple[int, int]]:
    """Character ranges of mentions that are actors, not places: person, organisation and
    other non-place entities, and capitals standing for their government ("Moskau habe")."""
    return [
        (mention.start, mention.end)
        for entity in entities
        for mention in entity.mentions
        if entity.type in _NOT_PLACE_TYPES or mention.kind == "metonym"
    ]


def _outside_blocked(names: list[Found], blocked: list[tuple[int, int]]) -> list[Found]:
    """The names no blocked span covers. A place inside a longer organisation name
    ("Vereinte Nationen in Genf") is only blocked when the entity mention covers the place
    name itself. A name is covered when, of the spans that start no later than it, one
    reaches its end: one bisection per name, not a scan of all spans."""
    if not blocked:
        return names
    blocked = sorted(blocked)
    starts = [start for start, _ in blocked]
    farthest_ends = list(accumulate((end for _, end in blocked), max))
    kept = []
    for found in names:
        started = bisect_right(starts, found.start)
        if started == 0 or farthest_ends[started - 1] < found.end:
            kept.append(found)
    return kept


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
    nearby: set[str] | frozenset[str] = frozenset(),
    name: str = "",
) -> Candidate:
    """The country an adjective or a locating place names ("im tschechischen Karlsbad",
    "östlich von Mekka"), then hand-made and country entries, then a country the article
    names, then a well-known city under its own name ("Paris" beside "New York"), then the
    country of the article's other places ("nahe Bethlehem" beside Hebron), then size.
    A city of millions counts as named when the named country has only a small namesake
    ("nach Paris und in die USA" is not Paris, Texas), and so does a large city of the home
    countries under the short form of its own ``name`` ("Frankfurt" for Frankfurt am Main
    beside the USA is not Frankfort, Kentucky)."""
    if len(candidates) == 1:
        return candidates[0]  # most names have one: nothing to weigh
    named_large = any(
        c.country in countries_in_text and c.population >= _WELL_KNOWN_POPULATION
        for c in candidates
    )

    def home_short(c: Candidate) -> bool:
        # only the short form of the city's own name: "Kyle" (for Kiel) or "Augusta" (for
        # Augsburg) beside the USA are towns there
        return (
            c.country in _HOME_COUNTRIES
            and c.population >= _WELL_KNOWN_POPULATION
            and c.name.startswith(f"{name} ")
        )

    def famous(c: Candidate, population: int = _WELL_KNOWN_POPULATION) -> bool:
        return (c.source == CITY_NAME or home_short(c)) and c.population >= population

    return min(
        candidates,
        key=lambda c: (
            c.country not in hints if hints else False,
            min(c.source, 2) if c.source in (HANDMADE, COUNTRY) else 2,
            c.country not in countries_in_text
            and (named_large or not famous(c, _METROPOLIS_POPULATION))
            and not home_short(c),
            not famous(c),
            c.country not in nearby,
            -c.population,
            c.source,
        ),
    )


def _credible(candidate: Candidate, found: Found, countries_in_text: set[str]) -> bool:
    """Hand-made entries and countries always; GeoNames cities that stand inside a longer
    name only after a strong cue; small ones only with a cue ("in X", "Stadt X")."""
    if candidate.source in (HANDMADE, COUNTRY):
        return True
    if found.longer_name or (found.genitive and found.cue_word in _DATIVE_PREPOSITIONS):
        return False
    if _small_town_misread(candidate, found):
        return False
    abroad = candidate.country not in _HOME_COUNTRIES
    if (
        abroad
        and (found.article_before or (found.english_in and not _well_known(candidate)))
        and candidate.country not in countries_in_text
    ):
        # "im Derby", "Platz im Mercedes", "die Matura": a town abroad takes no article,
        # unless the article is about its country ("im Binhai Distrikt" beside Tianjin);
        # nor is it meant by an English title's "in" ("Urban Change in Time")
        return False
    strong_cue = found.cue in _STRONG_CUES
    if found.common_noun or found.noun_word:
        # "Rede", "Lage", "Busse", "Siegen": a common noun; only "in/aus/nach X" or "Stadt X"
        # makes it a place, and abroad only where the article names the town's country.
        if found.cue == "noun":
            return True
        placed = found.cue_word in _PLACE_PREPOSITIONS
        return placed and (not abroad or candidate.country in countries_in_text)
    if found.neighbour and not strong_cue:
        return False
    return strong_cue or candidate.population >= _WELL_KNOWN_POPULATION


def _credible_group(
    candidate: Candidate, group: list[Found], countries_in_text: set[str]
) -> list[Found]:
    """The mentions of a chosen place; none unless one of them is credible on its own, nor
    when the name also stands in a person's name ("Randy Henderson") and never after a cue.
    A mention that cannot be this place (inside a longer name, a common noun after an
    article) stays out even when another one is credible. A town that names a team or
    medium ("VfB Stuttgart") is, without a cue, the team elsewhere too ("Stuttgart schlägt
    Ingolstadt"); a well-known place is still the place ("Köln" beside "1. FC Köln")."""
    titled = any(found.in_title for found in group)
    # a club's mention ("gegen Malmö") is no place, but the other mentions may be
    group = [found for found in group if not found.in_title and not found.club]
    if candidate.source in (HANDMADE, COUNTRY):
        return group
    names = [found for found in group if not found.adjective]
    if not any(_credible(candidate, found, countries_in_text) for found in names):
        return []
    in_longer_name = titled or any(
        found.neighbour and found.cue not in _STRONG_CUES for found in names
    )
    if in_longer_name and not any(found.cue in _STRONG_CUES for found in names):
        return []
    return [
        found
        for found in group
        if found.adjective
        or (not found.neighbour and not _ruled_out(candidate, found, countries_in_text))
        or _credible(candidate, found, countries_in_text)
    ]


def _ruled_out(candidate: Candidate, found: Found, countries_in_text: set[str]) -> bool:
    """A mention that names something else whatever the other mentions say: inside a longer
    name, a genitive after "in"/"bei", and, for a town abroad whose country the article does
    not name, after an article or as a common noun without a cue."""
    if found.longer_name or (found.genitive and found.cue_word in _DATIVE_PREPOSITIONS):
        return True
    if _small_town_misread(candidate, found):
        return True
    if candidate.country in _HOME_COUNTRIES or candidate.country in countries_in_text:
        return False
    noun = found.common_noun or found.noun_word
    english = found.english_in and not _well_known(candidate)
    return found.article_before or english or (noun and found.cue is None)


def _small_town_misread(candidate: Candidate, found: Found) -> bool:
    """A village of fewer than 15,000 people is not meant by a common noun or a name after
    an article ("in Brand geraten", "aus Übersee", "in der Rue Saint-Benoît"), unless a
    place noun or a dateline names it ("Gemeinde Brand", "Brand – …")."""
    if candidate.source in (HANDMADE, COUNTRY) or candidate.population >= CITY_POPULATION:
        return False
    misread = found.article_before or found.common_noun or found.noun_word
    return misread and found.cue not in ("noun", DATELINE)


def _well_known(candidate: Candidate) -> bool:
    return candidate.population >= _WELL_KNOWN_POPULATION


#: Between the last names of a list: "in Mekka und Medina", "nach Bonn oder Essen".
_LIST_GAP = re.compile(r",?\s+(?:und|oder|sowie)\s+$")


def _shared_cues(text: str, names: list[Found]) -> list[Found]:
    """A name in a list after a cued one shares its cue ("in Mekka und Medina")."""
    shared: list[Found] = []
    for found in names:
        previous = shared[-1] if shared else None
        if (
            found.cue is None
            and previous is not None
            and previous.cue is not None
            and not previous.adjective
            and _LIST_GAP.match(text, previous.end, found.start)
        ):
            found = replace(found, cue=previous.cue, cue_word=previous.cue_word)
        shared.append(found)
    return shared


def _metropolis_by_its_name(candidate: Candidate) -> bool:
    """A city of millions named by its own name ("Paris"), not by another ("Bethlehem" for
    Belém)."""
    return candidate.source == CITY_NAME and candidate.population >= _METROPOLIS_POPULATION


def _single_country(found: Found) -> str | None:
    """The country of a name all of whose candidates lie in one country ("Hebron")."""
    countries = {candidate.country for candidate in found.candidates}
    return countries.pop() if len(countries) == 1 else None


def _located_hints(text: str, names: list[Found]) -> dict[int, str]:
    """Name start -> the country of the place right after that locates it ("Mina östlich
    von Mekka" -> SA, "Marat im Nordwesten Syriens" -> SY), when that place is unambiguous."""
    hints: dict[int, str] = {}
    ordered = sorted(names, key=lambda found: found.start)
    for found, following in zip(ordered, ordered[1:], strict=False):
        country = _single_country(following)
        if country and _LOCATED_BY.match(text, found.end, following.start):
            hints[found.start] = country
    return hints


def resolve_places(
    text: str, names: list[Found], entities: list[Entity], gazetteer: Gazetteer
) -> tuple[list[Place], str | None, bool]:
    """The article's places, its focus country and whether the focus is clear (see
    :func:`article_focus`)."""
    names = _outside_blocked(names, blocked_spans(entities))
    # "Patrick Vollrath in Stanford": a person's "in" is German
    person_ends = {
        mention.end for entity in entities if entity.type == "PER" for mention in entity.mentions
    }
    names = [
        replace(found, english_in=False)
        if found.english_in and found.start - len(" in ") in person_ends
        else found
        for found in names
    ]
    people = {
        mention.start for entity in entities if entity.type == "PER" for mention in entity.mentions
    }
    countries_in_text = (
        {
            candidate.country
            for found in names
            for candidate in found.candidates
            if candidate.source == COUNTRY
            and candidate.country
            and not found.in_title
            and not found.club
        }
        | set(entity_countries(entities, gazetteer))
        | {found.country_hint for found in names if found.country_hint}
    )
    names = _shared_cues(text, names)
    located = _located_hints(text, names)
    groups: dict[str, list[Found]] = {}
    for found in names:
        groups.setdefault(found.base, []).append(found)
    by_place = _by_place(text, groups, countries_in_text, located, people)
    # the article's other places that can only lie in one country ("bei Hebron") or are
    # cities of millions ("in Saint-Denis und Paris") tell which of several towns of one
    # name is meant ("nahe Bethlehem")
    nearby = {
        candidate.country
        for candidate, found in by_place.items()
        if candidate.country and (_single_country(found[0]) or _metropolis_by_its_name(candidate))
    }
    if nearby:
        by_place = _by_place(text, groups, countries_in_text, located, people, nearby)
    places = [_place(text, candidate, group) for candidate, group in by_place.items()]
    places.sort(key=lambda place: place.mentions[0].start)
    return places, *article_focus(text, places, entities, gazetteer)


def _by_place(
    text: str,
    groups: dict[str, list[Found]],
    countries_in_text: set[str],
    located: dict[int, str],
    people: set[int],
    nearby: set[str] | frozenset[str] = frozenset(),
) -> dict[Candidate, list[Found]]:
    """The place each group of same-named mentions denotes, with its credible mentions."""
    by_place: dict[Candidate, list[Found]] = {}
    for group in groups.values():
        hints = {found.country_hint for found in group if found.country_hint}
        hints |= {located[found.start] for found in group if found.start in located}
        candidate = choose(group[0].candidates, countries_in_text, hints, nearby, group[0].base)
        if hints and candidate.country not in hints and candidate.source > COUNTRY:
            continue  # "Mina östlich von Mekka": no town of that name lies where the text puts it
        for place, mentions in _city_or_state(candidate, group):
            credible = _credible_group(place, mentions, countries_in_text | nearby)
            # A city adjective before a person ("Kiewer Vize-Regierungschefin") says whom the
            # person acts for, not where something happens; elsewhere ("des Belgrader
            # Staatsfernsehens") it locates and counts.
            credible = [found for found in credible if not _describes_person(text, found, people)]
            if credible:
                by_place.setdefault(place, []).extend(credible)
    return by_place


def _city_or_state(candidate: Candidate, group: list[Found]) -> list[tuple[Candidate, list[Found]]]:
    """A city-state's name ("Luxemburg", "Singapur") names the country, as a country's name
    does elsewhere; only a dateline or a place noun ("Stadt Luxemburg") makes it the city."""
    state = next(
        (
            other
            for other in group[0].candidates
            if other.source == COUNTRY
            and other.country == candidate.country
            and other.name == candidate.name
        ),
        None,
    )
    if state is None or candidate.source != HANDMADE or candidate.feature != "city":
        return [(candidate, group)]
    city = [found for found in group if found.cue in ("noun", DATELINE)]
    rest = [found for found in group if found.cue not in ("noun", DATELINE)]
    return [(place, mentions) for place, mentions in ((candidate, city), (state, rest)) if mentions]


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


def _country_mentions(
    text: str, places: list[Place], entities: list[Entity], gazetteer: Gazetteer
) -> dict[tuple[int, int], str]:
    """Each span that names a country, by its ISO2 code: place mentions plus the mentions of
    GPE entities and of parties (ÖVP: AT), each span once; not the people and adjective of
    a state whose people the article tells as migrants (see :mod:`.migrants`)."""
    spans: dict[tuple[int, int], str] = {}
    iso3_to_iso2 = gazetteer.iso3_to_iso2
    party_states = organisation_states()
    migrants = migrant_peoples(text, entities)
    for entity in entities:
        if entity.type == "ORG" and entity.code in party_states:
            code = iso3_to_iso2.get(party_states[entity.code])
        elif entity.type == "GPE":
            code = iso3_to_iso2.get((entity.code or "").upper())
        else:
            code = None
        if code:
            for mention in entity.mentions:
                if not (entity.id in migrants and is_people_word(mention)):
                    spans[(mention.start, mention.end)] = code
    for place in places:
        if place.country:
            for span in place.mentions:
                spans[(span.start, span.end)] = place.country
    return spans


def article_focus(
    text: str, places: list[Place], entities: list[Entity], gazetteer: Gazetteer
) -> tuple[str | None, bool]:
    """The country mentioned most (see :func:`_country_mentions`; ties go to the one
    mentioned first), and whether the article is clearly about it: named more than once, in
    more than two of five mentions of countries. A story told from several capitals ("Merkel
    pochte …" in a story on Greece, Serbia and the EU) has no one state that every act told
    without its addressee is aimed at; one on a country that other states help (East Timor
    named 17 times among 39) has."""
    spans = _country_mentions(text, places, entities, gazetteer)
    counts = Counter(spans.values())
    if not counts:
        return None, False
    first_seen = {code: start for (start, _), code in sorted(spans.items(), reverse=True)}
    focus = max(counts, key=lambda code: (counts[code], -first_seen[code]))
    times = counts[focus]
    return focus, times >= CLEAR_FOCUS_TIMES and times > CLEAR_FOCUS_SHARE * len(spans)
