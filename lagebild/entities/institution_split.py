"""Institutions of one noun but of different states are different organisations.

All mentions of one institution noun form one organisation (:mod:`institutions`), which is
wrong where the article names the noun for two states: "das slowenische Innenministerium"
and "ein Sprecher des österreichischen Innenministeriums", or "das Innenministerium" (the
article's own state's) and "des dortigen Innenministeriums" (the state just named). Such a
cluster is split by state; the mentions that name no state stay with the article's own
state's, or with the one state named where there is a single one and it is no "dortig".
"""

from __future__ import annotations

from lagebild.entities.candidates import Candidate, Tok
from lagebild.entities.institutions import KEY_PREFIX
from lagebild.entities.kb import ActorKB
from lagebild.entities.resolve import Cluster

#: how far back "dortig" looks for the state it refers to (tokens)
BACK_REFERENCE_TOKENS = 80
LOCATIVES = frozenset({"in", "In", "im", "Im"})
SENTENCE_ENDS = frozenset({".", "!", "?"})


def _state_at(tokens: list[Tok], index: int, kb: ActorKB) -> str | None:
    surface = kb.phrases.get((tokens[index].text,))
    if surface is None or surface.actor.type != "GPE" or surface.kind not in ("name", "adjective"):
        return None
    return surface.actor.code


def _place_before(tokens: list[Tok], index: int, kb: ActorKB) -> str | None:
    """The state "dortig" refers to: the one the sentence is set in ("In Kroatien … kamen
    Flüchtlinge aus Serbien an, zeigen Zahlen des dortigen Innenministeriums"), else the
    state named last before."""
    last_named = None
    in_sentence = True
    for position in range(index - 1, max(index - BACK_REFERENCE_TOKENS, 0) - 1, -1):
        if tokens[position].text in SENTENCE_ENDS:
            if last_named:
                return last_named
            in_sentence = False
        code = _state_at(tokens, position, kb)
        if code is None:
            continue
        if in_sentence and position > 0 and tokens[position - 1].text in LOCATIVES:
            return code
        if last_named is None:
            last_named = code
            if not in_sentence:
                return code
    return last_named


def _is_there(tokens: list[Tok], candidate: Candidate) -> bool:
    return tokens[candidate.first].text.lower().startswith("dortig")


def split_institutions_by_state(
    tokens: list[Tok], clusters: dict[str, Cluster], home_state: str | None, kb: ActorKB
) -> None:
    """Split each institution cluster that holds mentions of different states (see the
    module's doc); the candidates' codes are the states their mentions name."""
    for key in [key for key in clusters if key.startswith(KEY_PREFIX)]:
        group = clusters[key]
        there = {id(c) for c in group.candidates if _is_there(tokens, c)}
        for candidate in group.candidates:
            if id(candidate) in there:
                candidate.code = _place_before(tokens, candidate.first, kb)
        named = {c.code for c in group.candidates if c.code and id(c) not in there}
        if not there and len(named) < 2:
            continue  # one state, or none: one institution as before
        # the mentions without a state: the article's own state's institution, or the one
        # named by an adjective where that is the only one
        bare_code = home_state if home_state in named or len(named) != 1 else next(iter(named))
        by_code: dict[str | None, list[Candidate]] = {}
        for candidate in group.candidates:
            code = candidate.code if candidate.code else bare_code
            by_code.setdefault(code, []).append(candidate)
        keep = bare_code if bare_code in by_code else None
        if keep is None:
            keep = next(iter(by_code))
        for code, candidates in by_code.items():
            if code == keep:
                group.candidates = candidates
                continue
            new_key = f"{key}:{(code or '').lower()}"
            clusters[new_key] = Cluster(new_key, candidates=candidates)
