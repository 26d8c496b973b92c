"""Country names that are also the plural of their people ("Schweden", "Polen"): after a
definite article they name the people or a team, not the country, which takes no article."""

from __future__ import annotations

import functools
import re
from importlib import resources

#: A definite article right before a name, one space away: "die Schweden", "der Polen".
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:[Dd]ie|[Dd]er|[Dd]en) $")


@functools.cache
def country_named_peoples() -> frozenset[str]:
    """The names of ``country_named_peoples.txt``."""
    text = (
        resources.files("lagebild.places")
        .joinpath("data", "country_named_peoples.txt")
        .read_text("utf-8")
    )
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def names_people(text: str, start: int, surface: str) -> bool:
    """Whether ``surface`` at ``start`` is a people's plural after an article, not a country."""
    if surface not in country_named_peoples():
        return False
    return _ARTICLE_BEFORE.search(text, max(0, start - 4), start) is not None
