"""Gender and number: what a pronoun agrees with, and which pronouns an entity allows.

A pronoun's form gives its genders, numbers and cases (``pronouns.tsv``); a subject "sie"
is told apart from "they" by its finite verb. An entity's agreement comes from a person's
gender, a group's number, or the gender of an organisation's noun (or of the noun that
introduces its name in the text).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from lagebild.entities.candidates import Tok
from lagebild.entities.kb import context_words, data_lines, data_rows
from lagebild.entities.names import role_gender
from lagebild.entities.origins import is_city_adjective
from lagebild.entities.quoted_names import introduces_name
from lagebild.entities.resolve import Cluster
from lagebild.entities.token_layout import clause_start, is_finite
from lagebild.lexicon import noun_genera


@dataclass(frozen=True)
class PronounForm:
    agreement: frozenset[str]  # "m", "f", "pl"
    cases: frozenset[str]  # "nom", "acc", "dat"


@cache
def pronoun_forms() -> dict[str, PronounForm]:
    return {
        row[0].strip(): PronounForm(
            frozenset(row[1].strip().split("|")), frozenset(row[2].strip().split("|"))
        )
        for row in data_rows("pronouns.tsv")
    }


@cache
def plural_finite_verbs() -> frozenset[str]:
    return frozenset(data_lines("plural_finite_verbs.txt"))


def _verb_number(word: str) -> str:
    lowered = word.lower()
    if lowered in plural_finite_verbs() or lowered.endswith(("en", "ern", "eln")):
        return "pl"
    return "sg"


def pronoun_reading(
    tokens: list[Tok],
    index: int,
    sentences: list[int],
    clauses: list[int],
    form: PronounForm,
) -> tuple[frozenset[str], bool]:
    """What the pronoun agrees with, and whether it is the subject of a speech verb ("sagte
    er"). A "sie" next to its finite verb is the subject, and the verb's number tells "she"
    from "they"."""
    if "nom" not in form.cases:
        return form.agreement, False
    verb = finite_verb(tokens, index, sentences, clauses)
    speaks = verb is not None and verb.text in context_words()["speech_verbs"]
    if "acc" not in form.cases or verb is None:
        return form.agreement, speaks
    number = _verb_number(verb.text)
    return (frozenset({"pl"}) if number == "pl" else form.agreement - {"pl"}), speaks


def finite_verb(
    tokens: list[Tok], index: int, sentences: list[int], clauses: list[int]
) -> Tok | None:
    """The finite verb of a subject pronoun: beside it, or closing its subordinate clause."""
    verb = None
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is not None and is_finite(after) and clause_start(tokens, index, sentences):
        verb = after  # "Sie sagte", ", dass sie hatten"
    elif index > 0 and is_finite(tokens[index - 1]):
        verb = tokens[index - 1]  # "töteten sie", "sagte sie"
    elif index > 0 and tokens[index - 1].tag in ("KOUS", "PRELS"):
        # "dass sie … seien": the finite verb closes the clause
        verb = next(
            (
                t
                for i, t in enumerate(tokens[index + 1 :], index + 1)
                if clauses[i] != clauses[index] or is_finite(t)
            ),
            None,
        )
        verb = verb if verb is not None and is_finite(verb) else None
    return verb


def _head_genus(name: str) -> str | None:
    """The gender of the first common noun of a name ("Vereinigung aller Mönche" -> f)."""
    genera = noun_genera()
    for word in name.split():
        if is_city_adjective(word):
            continue  # "Schweriner Staatsanwaltschaft": no Schweriner (m) but a city's adjective
        genus = genera.get(word.split("-")[-1])
        if genus:
            return genus
    return None


def person_gender(group: Cluster) -> str | None:
    """A person's gender: from first name or title, else from a role the text gives them
    ("…, der serbische Minister")."""
    return group.gender or role_gender(group.roles)


def cluster_agreement(group: Cluster) -> frozenset[str]:
    """Which pronouns may stand for the entity: a person by their gender (either where the
    text does not show it), a group of people by number, an organisation by its noun."""
    if not group.candidates:
        return frozenset()
    lead = group.candidates[0]
    if lead.type == "PER":
        gender = person_gender(group)
        return frozenset({gender}) if gender else frozenset({"m", "f"})
    if lead.type == "MISC" and any(c.code for c in group.candidates):
        # group nouns are plural ("Mönche", "Kämpfer"); a feminine one is a collective
        # singular ("die Opposition", "die Kifaya-Bewegung")
        head = lead.name.split()[-1]
        return frozenset({"f"}) if _head_genus(head) == "f" else frozenset({"pl"})
    if lead.type == "ORG":
        genus = _head_genus(lead.name)
        return frozenset({genus}) if genus in ("m", "f") else frozenset()
    if lead.type == "GPE" and _head_genus(lead.name) == "f":
        # "die Ukraine" … "sie", "ihr": a state with a feminine name; neuter ones are taken
        # up as "das Land", never as "es"
        return frozenset({"f"})
    return frozenset()


@cache
def _introducing_genera() -> tuple[tuple[str, str], ...]:
    """(lowercase noun, gender) of the nouns that introduce a name ("Partei", "Gruppe")."""
    genera = noun_genera()
    return tuple(
        (noun.lower(), genera[noun])
        for noun in data_lines("name_introducing_nouns.txt")
        if genera.get(noun) in ("m", "f")
    )


def introduced_agreement(tokens: list[Tok], group: Cluster) -> frozenset[str]:
    """An organisation whose name shows no gender takes that of the noun which introduces it
    in the text ("die Partei D66" … "Sie"), where all such nouns agree."""
    if not group.candidates or group.candidates[0].type != "ORG":
        return frozenset()
    found: set[str] = set()
    for first in {c.first for c in group.candidates}:
        before = tokens[first - 1] if first > 0 else None
        if before is None or before.tag not in ("NN", "") or not introduces_name(before.text):
            continue
        lowered = before.text.lower()
        found.update(genus for noun, genus in _introducing_genera() if lowered.endswith(noun))
    return frozenset(found) if len(found) == 1 else frozenset()
