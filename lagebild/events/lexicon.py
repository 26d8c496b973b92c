"""The event lexicon and tables, read from the data files beside this module."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Final

from lagebild.entities.kb import data_rows, demonym_forms
from lagebild.paths import package_folder

DATA: Final = package_folder("lagebild.events") / "data"


@dataclass(frozen=True)
class Trigger:
    """One lexicon entry; see the header of ``data/triggers.tsv``."""

    lemma: str
    pos: str
    type: str
    mode: str | None
    frame: tuple[str, ...]
    negative: bool

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.lemma.split())

    @property
    def genitive_is_recipient(self) -> bool:
        return "+GEN=R" in self.frame

    @property
    def prepositions(self) -> tuple[str, ...]:
        """Prepositions that carry the recipient (not those in parentheses: content)."""
        return tuple(slot for slot in self.frame if not slot.startswith(("+", "(")))

    @property
    def naming_only(self) -> bool:
        """A label that accuses only where a naming verb gives it ("als Eingriff"): no act."""
        return self.pos == "label" and "als" in self.frame

    @property
    def takes_object(self) -> bool:
        return "+AKK" in self.frame or "+DAT" in self.frame


@dataclass(frozen=True)
class TypeInfo:
    quad_class: str
    score: float
    cameo: str


def _rows(name: str) -> Iterator[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t"):
        yield {key: (value or "").strip() for key, value in row.items()}


def _lines(name: str) -> list[str]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return [line.strip() for line in handle if line.strip() and not line.startswith("#")]


@cache
def word_list(name: str) -> frozenset[str]:
    """The casefolded entries of a word-list data file (comments and blank lines skipped)."""
    return frozenset(line.casefold() for line in _lines(name))


@cache
def triggers() -> tuple[Trigger, ...]:
    return tuple(
        Trigger(
            lemma=row["lemma"],
            pos=row["pos"],
            type=row["type"],
            mode=row["mode"] or None,
            frame=tuple(row["frame"].split()),
            negative=row["polarity"] == "neg",
        )
        for row in _rows("triggers.tsv")
    )


@cache
def triggers_by_head() -> dict[str, tuple[Trigger, ...]]:
    """Entries keyed by the word the detector looks up first (casefolded).

    The head is the verb of a prepositional construction ("pochen auf" -> pochen), the noun
    of a light-verb construction ("Kritik üben" -> kritik) and the lemma itself otherwise.
    """
    index: dict[str, list[Trigger]] = {}
    for trigger in triggers():
        words = trigger.words
        if trigger.pos == "lvc":
            head = next((w for w in words if w[:1].isupper()), words[0])
        else:
            head = words[0]
        index.setdefault(head.casefold(), []).append(trigger)
    return {key: tuple(value) for key, value in index.items()}


@cache
def type_table() -> dict[str, TypeInfo]:
    return {
        row["type"]: TypeInfo(row["quad_class"], float(row["score"]), row["cameo"])
        for row in _rows("types.tsv")
    }


@cache
def mode_scores() -> dict[tuple[str, str], float]:
    return {(row["type"], row["mode"]): float(row["score"]) for row in _rows("mode_scores.tsv")}


def score_of(event_type: str, mode: str | None) -> float | None:
    if mode and (event_type, mode) in mode_scores():
        return mode_scores()[(event_type, mode)]
    info = type_table().get(event_type)
    return info.score if info else None


@cache
def support_verbs() -> frozenset[str]:
    return frozenset(_lines("support_verbs.txt"))


@cache
def received_aid() -> frozenset[tuple[str, str]]:
    """(noun, verb) pairs that tell aid from its recipient's side ("Asyl erhalten")."""
    pairs = (line.split() for line in _lines("received_aid.txt"))
    return frozenset((noun.casefold(), verb) for noun, verb in pairs)


@cache
def report_nouns() -> frozenset[str]:
    return frozenset(_lines("report_nouns.txt"))


@cache
def irrealis_modifiers() -> frozenset[str]:
    return frozenset(_lines("irrealis_modifiers.txt"))


@cache
def adversary_nouns() -> frozenset[str]:
    return frozenset(_lines("adversary_nouns.txt"))


@cache
def state_organs() -> tuple[str, ...]:
    return tuple(organ_branches())


@cache
def member_nouns() -> frozenset[str]:
    return frozenset(_lines("member_nouns.txt"))


@cache
def deliberative_bodies() -> tuple[str, ...]:
    return tuple(_lines("deliberative_bodies.txt"))


@cache
def place_anaphors() -> frozenset[str]:
    return frozenset(_lines("place_anaphors.txt"))


@cache
def organ_branches() -> dict[str, str]:
    """Lemma ending of a state organ -> the branch of the state it belongs to."""
    return dict(line.split("\t", 1) for line in _lines("state_organs.txt"))


@cache
def hypothetical_forms() -> frozenset[str]:
    return frozenset(_lines("hypothetical_forms.txt"))


@cache
def collective_nouns() -> frozenset[str]:
    return frozenset(_lines("collective_nouns.txt"))


@cache
def multilateral_bodies() -> frozenset[str]:
    return frozenset(_lines("multilateral_bodies.txt"))


@cache
def conditional_openers() -> frozenset[str]:
    return frozenset(_lines("conditional_openers.txt"))


@cache
def conditional_conjunctions() -> frozenset[str]:
    return frozenset(_lines("conditional_conjunctions.txt"))


@cache
def concessive_words() -> frozenset[str]:
    return frozenset(_lines("concessive_words.txt"))


@cache
def consequent_openers() -> frozenset[str]:
    return frozenset(_lines("consequent_openers.txt"))


@cache
def agent_labels() -> frozenset[str]:
    return frozenset(_lines("agent_labels.txt"))


@cache
def conditional_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Word sequences that make a clause hold only in some circumstances, by first word."""
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for line in _lines("conditional_phrases.txt"):
        words = tuple(line.split())
        phrases.setdefault(words[0], []).append(words)
    return {first: tuple(found) for first, found in phrases.items()}


@cache
def naming_verbs() -> dict[str, str]:
    """Naming verb -> the preposition of the label it gives ("als" unless the file says)."""
    rows = (line.split() for line in _lines("naming_verbs.txt"))
    return {verb: (rest or ["als"])[0] for verb, *rest in rows}


@cache
def mutual_words() -> frozenset[str]:
    return frozenset(_lines("mutual_words.txt"))


@cache
def contested_objects() -> frozenset[str]:
    return frozenset(_lines("contested_objects.txt"))


@cache
def generic_people() -> frozenset[str]:
    return frozenset(_lines("generic_people.txt"))


@cache
def protester_words() -> tuple[str, ...]:
    return tuple(_lines("protester_words.txt"))


@cache
def person_suffixes() -> tuple[str, ...]:
    return tuple(_lines("person_suffixes.txt"))


@cache
def negation_cues() -> frozenset[str]:
    return frozenset(_lines("negation_cues.txt"))


@cache
def country_forms() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(adjective lemma -> code, compound prefix -> code, demonym noun lemma -> code)."""
    tables: dict[str, dict[str, str]] = {"adjective": {}, "prefix": {}, "demonym": {}}
    for row in _rows("country_adjectives.tsv"):
        key = row["form"] if row["kind"] == "prefix" else row["form"].casefold()
        tables[row["kind"]][key] = row["code"]
    # the entities knowledge base lists the states' adjectives and demonyms ("italienisch",
    # "Italiener"); read them rather than keep a second list here; this file's own rows win
    # where both name a form
    for code, stems, *_ in data_rows("adjectives.tsv"):
        for stem in stems.split("|"):
            tables["adjective"].setdefault(stem.casefold(), code)
    for code, bases, *_ in data_rows("demonyms.tsv"):
        for base in bases.split("|"):
            for form in demonym_forms(base):
                tables["demonym"].setdefault(form.casefold(), code)
    return tables["adjective"], tables["prefix"], tables["demonym"]


@cache
def perpetrator_nouns() -> tuple[str, ...]:
    return tuple(word.casefold() for word in _lines("perpetrator_nouns.txt"))


@cache
def responsibility_claims() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(line.casefold().split()) for line in _lines("responsibility_claims.txt"))
