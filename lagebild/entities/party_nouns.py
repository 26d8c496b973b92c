"""German parties named by a plain noun ("die Linke", "die Liberalen") are German parties
only in German news: in an article on Greece "die Linke" is Syriza's camp, in Spain "die
Linkspartei Podemos" is Podemos, in Austria "eines Liberalen" is no FDP politician.

A party cluster named only by such nouns stays where the article is mostly about Germany,
names no state at all, or names a German party by its name or acronym; in an article
mostly about another state it is dropped."""

from __future__ import annotations

from functools import cache

from lagebild.entities.candidates import Tok
from lagebild.entities.kb import ActorKB, data_lines, organisation_states
from lagebild.entities.resolve import Cluster

GERMANY = "DEU"


@cache
def party_nouns() -> frozenset[str]:
    return frozenset(data_lines("party_nouns.txt"))


def _german_party(group: Cluster) -> bool:
    code = group.candidates[0].code if group.candidates else None
    return code is not None and organisation_states().get(code) == GERMANY


def _named_by_nouns(tokens: list[Tok], group: Cluster) -> bool:
    return all(
        c.first == c.last and tokens[c.first].text in party_nouns() for c in group.candidates
    )


def _names_a_german_party(tokens: list[Tok], kb: ActorKB) -> bool:
    """Whether a German party is named outright, also in a compound ("FDP-Abgeordnete")."""
    states = organisation_states()
    for token in tokens:
        for part in {token.text, token.text.split("-")[0]} - party_nouns():
            surface = kb.phrases.get((part,))
            if surface is not None and states.get(surface.actor.code) == GERMANY:
                return True
    return False


def drop_foreign_party_nouns(
    tokens: list[Tok], clusters: dict[str, Cluster], main_state: str | None, kb: ActorKB
) -> None:
    """Drop the German parties named only by plain nouns in an article not on Germany."""
    if main_state is None or main_state == GERMANY:
        return  # no state named: German news read as such
    by_nouns = [
        key
        for key, group in clusters.items()
        if _german_party(group) and _named_by_nouns(tokens, group)
    ]
    if not by_nouns or _names_a_german_party(tokens, kb):
        return  # none, or a German party named outright: German politics after all
    for key in by_nouns:
        del clusters[key]
