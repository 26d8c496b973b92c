"""Federal bodies named by their noun: "die Bundesregierung" is Germany's in a German article
but Austria's in an Austrian one ("Misstrauensvotum gegen die Bundesregierung").

The knowledge base lists the nouns as aliases of Germany; once the article's states are
known, each mention moves to the state of the adjective before it ("die österreichische
Bundesregierung"), else to the federal state the article names most, else to the one it is
datelined in."""

from __future__ import annotations

from functools import cache

from lagebild.entities.candidates import Candidate, Tok
from lagebild.entities.federal import federal_state_of_article, federal_states
from lagebild.entities.kb import ActorKB, data_lines
from lagebild.entities.resolve import Cluster
from lagebild.entities.state_guesses import state_weights

LISTED_STATE = "DEU"  # the state the knowledge base gives the nouns


@cache
def federal_bodies() -> frozenset[str]:
    return frozenset(data_lines("federal_bodies.txt"))


def _adjective_state(tokens: list[Tok], candidate: Candidate, kb: ActorKB) -> str | None:
    """The state of "die deutsche Bundesregierung", "der österreichischen Bundesregierung"."""
    if candidate.first == 0:
        return None
    surface = kb.phrases.get((tokens[candidate.first - 1].text,))
    return surface.actor.code if surface is not None and surface.kind == "adjective" else None


def _article_state(
    clusters: dict[str, Cluster], decided: dict[int, str | None], dateline: str | None
) -> str | None:
    """The federal state the article names most, the bodies counted for the states their
    adjectives name and not at all where they have none; else the dateline's."""
    weights = state_weights(clusters)
    weights[LISTED_STATE] -= len(decided)
    for state in decided.values():
        if state in weights:
            weights[state] += 1
    state = federal_state_of_article(weights)
    if state is None and dateline in federal_states():
        return dateline
    return state


def _move(body: Candidate, source: Cluster, target: Cluster) -> None:
    lead = target.candidates[0]
    body.key, body.name, body.code = lead.key, lead.name, lead.code
    source.candidates.remove(body)
    target.candidates = sorted([*target.candidates, body], key=lambda c: c.first)


def give_federal_bodies_their_state(
    tokens: list[Tok], clusters: dict[str, Cluster], kb: ActorKB, dateline: str | None
) -> None:
    """Move the federal bodies listed as Germany's to the state the article gives them."""
    listed = clusters.get(f"GPE:{LISTED_STATE}")
    if listed is None:
        return
    bodies = [
        candidate
        for candidate in listed.candidates
        if candidate.first == candidate.last and tokens[candidate.first].text in federal_bodies()
    ]
    decided = {id(body): _adjective_state(tokens, body, kb) for body in bodies}
    article_state = _article_state(clusters, decided, dateline) if bodies else None
    for body in bodies:
        target = clusters.get(f"GPE:{decided[id(body)] or article_state}")
        if target is not None and target is not listed and target.candidates:
            _move(body, listed, target)
    if not listed.candidates and not listed.extra_mentions and not listed.char_mentions:
        del clusters[listed.key]
