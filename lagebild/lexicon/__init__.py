"""Shared German word lists, loaded fast from compact files shipped in ``data/``.

The noun lists come from the ``german-nouns`` package (Wiktionary, CC BY-SA 4.0; see
``data/README.md``), reduced by ``scripts/build_lexicons.py`` so that loading takes a
fraction of a second instead of parsing the package's CSV at run time. Forms are
lowercase (as the package indexes them); look words up with :func:`str.lower`.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import cache
from importlib import resources


def _sections(name: str) -> dict[str, list[str]]:
    """The ``#section`` groups of a gzipped word file."""
    source = resources.files("lagebild.lexicon").joinpath("data", name)
    with source.open("rb") as handle:
        text = gzip.decompress(handle.read()).decode("utf-8").rstrip("\n")
    # Split at the head lines in C rather than testing each of ~10^6 lines in Python.
    groups: dict[str, list[str]] = {}
    for section in ("\n" + text).split("\n#")[1:]:
        head, _, body = section.partition("\n")
        groups[head] = body.split("\n") if body else []
    return groups


@dataclass(frozen=True)
class _NounForms:
    only_common: frozenset[str]  # forms whose every reading is a common noun
    also_proper: frozenset[str]  # forms with a common-noun and a proper-name reading
    only_proper: frozenset[str]  # first names, surnames, places, other proper names


@cache
def _noun_forms() -> _NounForms:
    # kept as three disjoint sets: building one big union costs more than two lookups
    groups = _sections("nouns.txt.gz")
    return _NounForms(*(frozenset(groups.get(kind, ())) for kind in ("c", "cp", "p")))


def common_nouns() -> frozenset[str]:
    """Lowercase forms with a common-noun reading ("koch", "donnerstag", "regierungen")."""
    forms = _noun_forms()
    return forms.only_common | forms.also_proper


def is_common_noun(word: str) -> bool:
    """Some reading of ``word`` is a common noun (a surname such as "Koch" counts)."""
    forms, lowered = _noun_forms(), word.lower()
    return lowered in forms.only_common or lowered in forms.also_proper


def is_plain_common_noun(word: str) -> bool:
    """A common noun with no name reading at all ("Regierung", not "Koch")."""
    return word.lower() in _noun_forms().only_common


def is_proper_noun_form(word: str) -> bool:
    """Wiktionary lists ``word`` as a first name, surname, place or proper name."""
    forms, lowered = _noun_forms(), word.lower()
    return lowered in forms.only_proper or lowered in forms.also_proper


@cache
def _lemma_groups() -> tuple[dict[str, str], frozenset[str]]:
    groups = _sections("lemmas.txt.gz")
    genera: dict[str, str] = {}
    for genus in "mfn":
        genera.update(dict.fromkeys(groups.get(genus, []), genus))
    return genera, frozenset(groups.get("first", []))


def noun_genera() -> dict[str, str]:
    """Lemma -> grammatical gender ("m", "f", "n")."""
    return _lemma_groups()[0]


def wiktionary_first_names() -> frozenset[str]:
    """Lemmas Wiktionary lists as first names (no gender given)."""
    return _lemma_groups()[1]


def preload() -> None:
    """Load every list now (at pipeline build time) rather than at the first article."""
    _noun_forms()
    _lemma_groups()
