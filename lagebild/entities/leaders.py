"""Leaders of groups: a person whose followers a group is acts for the group.

"Die Rebellen sind Anhänger des Vize-Präsidenten Riek Machar": the guidelines code such a
person's acts as the group's ("Rebellen"), not as the state a title of theirs belongs to
("Vize-Präsident" -> SSD). The group is a descriptive group of the article (a MISC cluster
with a code); the follower noun follows it after a copula or a comma.
"""

from __future__ import annotations

from functools import cache

from lagebild.entities.candidates import Tok
from lagebild.entities.kb import data_lines
from lagebild.entities.names import title_of
from lagebild.entities.resolve import Cluster

#: What may link a group to its follower noun: a copula or an apposition's comma.
_LINKS = frozenset({"sind", "waren", "seien", "wären", ","})
_GENITIVE_ARTICLES = frozenset({"des", "der"})
#: How many words (titles, adjectives) may stand between the article and the name.
_TITLE_REACH = 3


@cache
def follower_nouns() -> frozenset[str]:
    return frozenset(data_lines("follower_nouns.txt"))


def assign_group_leaders(tokens: list[Tok], clusters: dict[str, Cluster]) -> None:
    """Give the person a group follows the group's code as affiliation."""
    starts = {
        c.first: group for group in clusters.values() if group.is_person for c in group.candidates
    }
    for key, group in clusters.items():
        code = next((c.code for c in group.candidates if c.code), None)
        if not key.startswith("MISC:") or code is None:
            continue
        for candidate in group.candidates:
            leader = _leader_after(tokens, candidate.last + 1, starts)
            if leader is not None:
                for member in leader.candidates:
                    member.affiliation = code


def _leader_after(tokens: list[Tok], index: int, starts: dict[int, Cluster]) -> Cluster | None:
    """The person in "sind Anhänger des (Vize-Präsidenten) <name>" at ``index``, or None."""
    if index + 2 >= len(tokens) or tokens[index].text not in _LINKS:
        return None
    if tokens[index + 1].text not in follower_nouns():
        return None
    if tokens[index + 2].text not in _GENITIVE_ARTICLES:
        return None
    at = index + 3
    for _ in range(_TITLE_REACH + 1):
        if at >= len(tokens):
            return None
        if at in starts:
            return starts[at]
        word = tokens[at].text
        if not (title_of(word) or (word.islower() and word.isalpha())):
            return None  # only titles and their adjectives stand before the name
        at += 1
    return None
