"""Federal offices: a "Bundeskanzlerin" or "Vizekanzler" serves Germany, Austria or
Switzerland, whichever of them the article names most; never a state merely named
nearby ("Griechenland" in the sentence before "Bundeskanzlerin Angela Merkel")."""

from __future__ import annotations

from fnmatch import fnmatchcase
from functools import cache

from lagebild.entities.kb import data_lines
from lagebild.entities.names import title_of


@cache
def federal_offices() -> tuple[str, ...]:
    """Title base patterns (``fnmatch`` style) of the federal offices."""
    return tuple(data_lines("federal_offices.txt"))


@cache
def federal_states() -> frozenset[str]:
    return frozenset(data_lines("federal_states.txt"))


def holds_federal_office(roles: list[str]) -> bool:
    """Whether one of a person's written roles is a federal office ("Bundeskanzlerin")."""
    for role in roles:
        words = role.split()
        title = title_of(words[-1]) if words else None
        if title and any(fnmatchcase(title.base, office) for office in federal_offices()):
            return True
    return False


def federal_state_of_article(weights: dict[str, int]) -> str | None:
    """The federal state the article names most (by ``weights``: mentions, people and
    bodies per state code), or None when it names none or two equally often."""
    ranked = sorted(
        (
            (weight, code)
            for code, weight in weights.items()
            if code in federal_states() and weight > 0
        ),
        reverse=True,
    )
    if not ranked or len(ranked) > 1 and ranked[0][0] == ranked[1][0]:
        return None
    return ranked[0][1]
