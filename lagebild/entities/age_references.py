"""Age nouns that refer back to a person: "Der 61-Jährige hat angekündigt, …".

German news names a person once and then often by age alone ("der 61-Jährige", "die
34-Jährige", "des 61-Jährigen"). Such a reference joins the person it means: the last person
before it whose age the article gave ("Nicole Solarz (34)", "der 34-jährige Tarik Mete") and
matches; else the last person mentioned before, if that is at most two sentences back, its
gender fits and it has no other stated age. "Der 86-Jährige Habermas" (an adjective,
misspelt) refers to nothing. Determiners and the gender they give are data
(``age_determiners.tsv``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from lagebild.entities.candidates import Tok
from lagebild.entities.kb import data_rows
from lagebild.entities.person_names import INDEFINITE_ARTICLES
from lagebild.entities.resolve import Cluster

#: "61-Jährige", "34-Jährigen": an age noun (capitalised: the noun, not the adjective)
AGE_NOUN = re.compile(r"(\d{1,3})-Jährige(n?)")
#: "34-jährige", "34-jähriger" before a name: the adjective that gives a person's age
AGE_ADJECTIVE = re.compile(r"(\d{1,3})-jährige[nrms]?")
#: "ein 25-Jähriger", "einen 25-Jährigen": an age noun that introduces someone unnamed
AGE_NOUN_ANY_CASE = re.compile(r"(\d{1,3})-Jährige[nrm]?")
#: how many sentences back a reference without an age match may look for its person: on
#: 10kGNAD test, links to the last person one or two sentences back were right 9 times in 10,
#: three or more sentences back half of the time (a person the article names by surname only,
#: and so without an entity, stands between more often)
AGE_REFERENCE_SENTENCES = 2
#: the same reach in characters, where the sentences are unknown
AGE_REFERENCE_WINDOW = 700


@dataclass(frozen=True)
class AgeReference:
    first: int  # the age noun's token (the determiner stays out, as for role nouns)
    age: int
    gender: str


@cache
def age_determiners() -> dict[str, tuple[str | None, str | None]]:
    """Determiner (lower case) -> gender before "-Jährige" and before "-Jährigen"."""
    table: dict[str, tuple[str | None, str | None]] = {}
    for determiner, bare, inflected in data_rows("age_determiners.tsv"):
        bare, inflected = bare.strip(), inflected.strip()
        table[determiner] = (None if bare == "-" else bare, None if inflected == "-" else inflected)
    return table


def age_references(tokens: list[Tok]) -> list[AgeReference]:
    """The definite age nouns of the article, with the gender their determiner gives; not
    those of an age that an indefinite one introduced before ("Ein 25-Jähriger wurde
    festgenommen. Der 25-Jährige …": someone unnamed, not the person named last)."""
    found = []
    determiners = age_determiners()
    introduced: set[int] = set()
    for index in range(1, len(tokens)):
        text = tokens[index].text
        if "Jährig" not in text:
            continue
        if tokens[index - 1].text in INDEFINITE_ARTICLES:
            if (introduction := AGE_NOUN_ANY_CASE.fullmatch(text)) is not None:
                introduced.add(int(introduction.group(1)))
            continue
        match = AGE_NOUN.fullmatch(text)
        genders = determiners.get(tokens[index - 1].text.lower())
        if match is None or genders is None:
            continue
        if index + 1 < len(tokens) and tokens[index + 1].text[:1].isupper():
            continue  # an adjective before a noun or name: "Der 86-Jährige Habermas"
        gender = genders[1] if match.group(2) else genders[0]
        if gender is not None and int(match.group(1)) not in introduced:
            found.append(AgeReference(index, int(match.group(1)), gender))
    return found


def _stated_age(tokens: list[Tok], group: Cluster) -> int | None:
    """The age the article gives a person: "Nicole Solarz (34)", "der 34-jährige Tarik Mete"."""
    for candidate in group.candidates:
        after = candidate.last + 1
        if (
            after + 2 < len(tokens)
            and tokens[after].text == "("
            and tokens[after + 1].text.isdigit()
            and len(tokens[after + 1].text) <= 3
            and tokens[after + 2].text == ")"
        ):
            return int(tokens[after + 1].text)
        before = candidate.first - 1
        if before >= 0 and (match := AGE_ADJECTIVE.fullmatch(tokens[before].text)):
            return int(match.group(1))
    return None


def _mentioned_before(group: Cluster, position: int) -> int | None:
    starts = [c.first for c in group.candidates] + [m[0] for m in group.extra_mentions]
    earlier = [start for start in starts if start < position]
    return max(earlier) if earlier else None


def _near_enough(tokens: list[Tok], mention: int, reference: int) -> bool:
    """The mention stands at most ``AGE_REFERENCE_SENTENCES`` sentences before the reference
    (by characters where the sentences are unknown)."""
    if tokens[reference].sent >= 0 and tokens[mention].sent >= 0:
        return tokens[reference].sent - tokens[mention].sent <= AGE_REFERENCE_SENTENCES
    return tokens[reference].start - tokens[mention].start <= AGE_REFERENCE_WINDOW


def _referent(
    tokens: list[Tok], clusters: dict[str, Cluster], ages: dict[str, int], reference: AgeReference
) -> Cluster | None:
    """The person an age reference means: the last one before it of the same stated age,
    else the last one shortly before of a fitting gender and no other stated age."""
    same_age = [
        (last, key)
        for key, age in ages.items()
        if age == reference.age
        and (last := _mentioned_before(clusters[key], reference.first)) is not None
    ]
    if same_age:
        return clusters[max(same_age)[1]]
    latest: tuple[int, Cluster] | None = None
    for key, group in clusters.items():
        if not group.is_person or key in ages:
            continue
        if group.gender and group.gender != reference.gender:
            continue
        last = _mentioned_before(group, reference.first)
        if last is not None and (latest is None or last > latest[0]):
            latest = (last, group)
    if latest is None or not _near_enough(tokens, latest[0], reference.first):
        return None
    return latest[1]


def attach_age_references(
    tokens: list[Tok], clusters: dict[str, Cluster], covered: set[int]
) -> None:
    """Add each age reference to the person it means (see the module's docstring)."""
    references = age_references(tokens)
    if not references:
        return
    ages = {
        key: age
        for key, group in clusters.items()
        if group.is_person and (age := _stated_age(tokens, group)) is not None
    }
    for reference in references:
        if reference.first in covered:
            continue
        group = _referent(tokens, clusters, ages, reference)
        if group is not None:
            group.extra_mentions.append((reference.first, reference.first, "role"))
            covered.add(reference.first)
