"""A run of names after a definite article names a thing, not a person: "den Big Bang von
2004", "der Cosa Nostra", "das OnePlus One", "der Primera División". German puts no
article before a person's name, except where a title stands between ("der Präsident
Obama") or the article is a relative pronoun ("die Grischa Gantschew … unterzeichnete",
which the tagger tells apart: PRELS, not ART). A person named so every time is dropped."""

from __future__ import annotations

from lagebild.entities.candidates import Candidate, Tok
from lagebild.entities.known_people import known_people
from lagebild.entities.names import name_key
from lagebild.entities.resolve import Cluster

DEFINITE_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des"})


def _after_article(tokens: list[Tok], candidate: Candidate) -> bool:
    if candidate.first == 0 or candidate.roles or candidate.kind != "name":
        return False
    before = tokens[candidate.first - 1]
    return before.tag == "ART" and before.text in DEFINITE_ARTICLES


def drop_names_after_articles(tokens: list[Tok], clusters: dict[str, Cluster]) -> None:
    """Drop the persons of several words whose every mention follows a definite article."""
    for key in [key for key, group in clusters.items() if group.is_person]:
        candidates = clusters[key].candidates
        if (
            all(_after_article(tokens, c) for c in candidates)
            and all(c.first < c.last for c in candidates)
            and name_key(candidates[0].name) not in known_people().by_name
        ):
            del clusters[key]
