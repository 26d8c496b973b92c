"""Word lists of the linguistic layer, read once from the data files beside this module."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from lagebild.paths import package_folder

DATA_DIR = package_folder("lagebild.linguistics") / "data"


def _lines(name: str) -> list[str]:
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    lines = (line.rstrip("\n") for line in text.splitlines())
    return [line for line in lines if line.strip() and not line.startswith("#")]


@dataclass(frozen=True)
class Abbreviations:
    """Abbreviations keyed without inner spaces ("z.B."); ``final`` ones may end a sentence."""

    all: frozenset[str]
    final: frozenset[str]
    #: Every dotted piece of a multi-part abbreviation ("z.", "B.", "u.", "a."), to keep
    #: "z. B." together when spaCy splits it into two tokens.
    parts: frozenset[str]
    #: Abbreviations that are also plain words ("Art."): abbreviations only before a number.
    before_number: frozenset[str] = frozenset()


@cache
def abbreviations() -> Abbreviations:
    names: set[str] = set()
    final: set[str] = set()
    parts: set[str] = set()
    before_number: set[str] = set()
    for line in _lines("abbreviations.txt"):
        name, *flags = line.split("\t")
        names.add(name)
        if "final" in flags:
            final.add(name)
        if "number" in flags:
            before_number.add(name)
        pieces = [p + "." for p in name.split(".") if p]
        if len(pieces) > 1:
            parts.update(pieces)
    return Abbreviations(
        frozenset(names), frozenset(final), frozenset(parts), frozenset(before_number)
    )


@cache
def ordinal_followers() -> frozenset[str]:
    return frozenset(_lines("months.txt"))


@cache
def sentence_starters() -> frozenset[str]:
    return frozenset(_lines("sentence_starters.txt"))


@cache
def articles() -> frozenset[str]:
    return frozenset(_lines("articles.txt"))


@cache
def title_nouns() -> tuple[str, ...]:
    """Nouns that introduce a title after them ("Titel", "Liste"), for suffix matching."""
    return tuple(_lines("title_nouns.txt"))


@cache
def singular_genitive_determiners() -> frozenset[str]:
    return frozenset(_lines("singular_genitive_determiners.txt"))


@cache
def ambiguous_starters() -> frozenset[str]:
    return frozenset(_lines("ambiguous_starters.txt"))


@cache
def separable_particles() -> dict[str, str]:
    """Separable verb particle -> its UPOS."""
    return dict(line.split("\t")[:2] for line in _lines("separable_particles.tsv"))


@cache
def stts_to_upos() -> dict[str, str]:
    return dict(line.split("\t")[:2] for line in _lines("stts_upos.tsv"))


@dataclass(frozen=True)
class VerbForm:
    lemma: str
    mood: str  # "Ind", "Sub", "Ind,Sub" or "Sub~ich"
    tense: str


@cache
def irregular_verb_forms() -> dict[str, VerbForm]:
    forms = {}
    for line in _lines("verb_forms.tsv"):
        form, lemma, mood, tense = line.split("\t")
        forms[form] = VerbForm(lemma, mood, tense)
    return forms


@cache
def pronoun_lemmas() -> dict[str, str]:
    return dict(line.split("\t")[:2] for line in _lines("pronoun_lemmas.tsv"))


@cache
def upos_overrides() -> dict[tuple[str, str], str]:
    overrides = {}
    for line in _lines("upos_overrides.tsv"):
        tag, lemma, upos = line.split("\t")
        overrides[(tag, lemma)] = upos
    return overrides


@cache
def proper_noun_lemmas() -> frozenset[str]:
    return frozenset(_lines("propn_nouns.txt"))
