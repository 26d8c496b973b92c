"""Where someone comes from: "ein Repräsentant aus Minnesota" acts for the USA.

A place a person is "aus" is looked up in the place gazetteer (regions, cities, states);
its country's alpha-3 code is the person's affiliation. The most trusted entry wins
(hand-made, then countries, then the most populous city), so "aus Paris" is France.
"""

from __future__ import annotations

from functools import cache, lru_cache

from lagebild.entities.kb import data_rows, region_adjectives
from lagebild.places.gazetteer import CITY_ALTERNATE, HANDMADE, load_gazetteer
from lagebild.places.geonames import name_key

#: a city this large, named last in a run of names, makes the run a club or firm of the
#: city ("VfL Wolfsburg", "Red Bull Salzburg") rather than a person
LARGE_CITY_POPULATION = 50_000


@cache
def alpha3_of_alpha2() -> dict[str, str]:
    return {row[1]: row[0] for row in data_rows("states.tsv")[1:] if len(row) > 1}


@cache
def state_codes() -> frozenset[str]:
    """Alpha-3 codes of the states (the codes of every other actor are names or acronyms)."""
    return frozenset(alpha3_of_alpha2().values())


@lru_cache(maxsize=4096)  # pure; called for names after "aus"
def state_of_place(name: str) -> str | None:
    """The alpha-3 code of the country a place name lies in, or None when unknown."""
    if not name[:1].isupper():
        return None
    candidates = load_gazetteer().lookup(name)
    if not candidates:
        return None
    best = min(candidates, key=lambda candidate: (candidate.source, -candidate.population))
    return alpha3_of_alpha2().get(best.country or "")


@lru_cache(maxsize=4096)  # pure; called for capitalised words before titles
def state_of_listed_region(name: str) -> str | None:
    """The alpha-3 code of the country a hand-listed region, federal state or city lies in
    ("Bayern", "Kärnten", "Wien"); GeoNames' many small cities are left out, since their
    names are also surnames ("Obama")."""
    # the hand-made names only: GeoNames' cities (``lookup`` adds them) are never listed
    found = load_gazetteer().by_key.get(name_key(name), ())
    listed = [c for c in found if c.source == HANDMADE and c.country]
    return alpha3_of_alpha2().get(listed[0].country or "") if len(listed) == 1 else None


REGION_ADJECTIVE_ENDINGS = ("en", "em", "er", "es", "e")


def state_of_region_adjective(word: str) -> str | None:
    """The alpha-3 code of the state a region's adjective lies in, in any inflection
    ("steirischen", "Tiroler" -> AUT), or None ("europäische" lies in no single state)."""
    regions = region_adjectives()
    forms = [word] + [word[: -len(end)] for end in REGION_ADJECTIVE_ENDINGS if word.endswith(end)]
    return next((regions[form] or None for form in forms if form in regions), None)


@lru_cache(maxsize=4096)  # pure; called for runs of proper names
def is_place_name(name: str, min_population: int = 0) -> bool:
    """Whether the gazetteer knows ``name`` by its own name ("New York", "Tel Aviv"), as a
    city of at least ``min_population`` where that is given."""
    return (
        any(
            candidate.source < CITY_ALTERNATE and candidate.population >= min_population
            for candidate in load_gazetteer().lookup(name)
        )
        if name[:1].isupper()
        else False
    )


#: how large a city must be for "-er" after its name to read as its adjective ("Berater"
#: is no adjective of Berat)
CITY_ADJECTIVE_POPULATION = 90000


@lru_cache(maxsize=4096)  # pure; called for capitalised words before organisation nouns
def is_city_adjective(word: str) -> bool:
    """ "Wiener", "Bozner", "Münchner": a city's or region's adjective in -er, which is never
    inflected ("am Wiener Landesgericht", not "Wienes")."""
    return any(
        state_of_listed_region(place)
        or any(c.population >= CITY_ADJECTIVE_POPULATION for c in load_gazetteer().lookup(place))
        for place in _adjective_places(word)
    )


def _adjective_places(word: str) -> set[str]:
    """The place names an adjective in -er may come from."""
    if not word[:1].isupper() or not word.endswith("er") or len(word) < 5:
        return set()
    stem = word[:-2]
    # "Wien-er", "Brem-er" -> "Bremen", "Boz-n-er" -> "Bozen", "Kärnt-n-er" -> "Kärnten"
    return {stem, stem + "en", stem[:-1] + "en" if stem.endswith("n") else stem}


def state_of_city_adjective(word: str) -> str | None:
    """The state of the city or region whose adjective ``word`` is ("Münchner" -> DEU), when
    its places lie in one state."""
    if not is_city_adjective(word):
        return None
    states = {state_of_city(place) for place in _adjective_places(word)} - {None}
    return states.pop() if len(states) == 1 else None


def state_of_city(name: str) -> str | None:
    """The state of a hand-listed place or of a city of at least LARGE_CITY_POPULATION
    ("Mainz" -> DEU); smaller towns' names are too often surnames or words."""
    return state_of_listed_region(name) or (
        state_of_place(name) if is_place_name(name, LARGE_CITY_POPULATION) else None
    )
