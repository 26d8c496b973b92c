"""Well-known politicians whose state is known beforehand (``data/known_people.tsv``).

A person's state comes from the titles and context of one article, and a guess from the
article's states goes wrong where the person is famous and the article is about another
state: "Kanzlerin Merkel" in an Austrian article guessed AUT. For the politicians listed,
the listed state overrules a state the article gave or guessed (in
:func:`lagebild.entities.resolve.to_entities`); a party or organisation the article gives
(SPÖ, NATO, a rebel group the person leads) stays.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from lagebild.entities.kb import data_rows
from lagebild.entities.names import name_key


@dataclass(frozen=True, slots=True)
class KnownPeople:
    """Lookup keys (:func:`name_key`) of full names and of surnames that stand alone."""

    by_name: dict[str, str]
    by_surname: dict[str, str]


@cache
def known_people() -> KnownPeople:
    by_name: dict[str, str] = {}
    surnames: dict[str, set[str]] = {}
    for row in data_rows("known_people.tsv"):
        name, variants, state = (cell.strip() for cell in row[:3])
        alone = len(row) > 3 and row[3].strip() == "alone"
        for spelling in [name, *filter(None, variants.split("|"))]:
            by_name[name_key(spelling)] = state
            if alone:
                surnames.setdefault(name_key(spelling.split()[-1]), set()).add(state)
    # a surname two listed people of different states share stands for neither
    by_surname = {key: next(iter(states)) for key, states in surnames.items() if len(states) == 1}
    return KnownPeople(by_name, by_surname)


def known_state(name: str) -> str | None:
    """The listed state of the person named ``name`` (a full name, or a surname that stands
    alone), else None."""
    people = known_people()
    key = name_key(name)
    if key in people.by_name:
        return people.by_name[key]
    return people.by_surname.get(key) if " " not in name.strip() else None
