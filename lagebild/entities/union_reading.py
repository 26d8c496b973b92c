"""A bare "die Union" in an article on the European Union: the knowledge base reads it as the
CDU/CSU (organisations.tsv), right in German party news, wrong in Austrian news on the EU
("Steueroasen außerhalb der Union", "dass die Union ihre Kritik an Österreich …")."""

from __future__ import annotations

from functools import cache

from lagebild.entities.candidates import Tok
from lagebild.entities.kb import data_lines
from lagebild.entities.resolve import Cluster

#: the knowledge base's code for the CDU/CSU, whose listed names include "Union"
_PARTIES = "CDU/CSU"
_BARE = "Union"
_EU = "EU"
#: the key and name the knowledge base gives the European Union itself (not its bodies)
_EU_KEY = "ORG:EU"
_EU_NAME = "Europäische Union"


@cache
def _party_context() -> frozenset[str]:
    return frozenset(data_lines("union_party_context.txt"))


def read_union_as_eu(tokens: list[Tok], clusters: dict[str, Cluster]) -> None:
    """Move the CDU/CSU's mentions into the European Union where the article names only a
    bare "Union" of them, names the EU or one of its bodies, and no German party."""
    union_key = next(
        (k for k, c in clusters.items() if c.candidates and c.candidates[0].code == _PARTIES),
        None,
    )
    if union_key is None:  # most articles
        return
    union = clusters[union_key]
    if any(c.first != c.last or tokens[c.first].text != _BARE for c in union.candidates):
        return  # "CDU/CSU", "Unionsparteien": the parties named outright
    codes = {c.candidates[0].code for c in clusters.values() if c.candidates}
    if _EU not in codes or codes & _party_context():
        return
    del clusters[union_key]
    target = clusters.setdefault(_EU_KEY, Cluster(key=_EU_KEY))
    for candidate in union.candidates:
        candidate.key, candidate.name, candidate.code = _EU_KEY, _EU_NAME, _EU
        candidate.listed_name = None
        target.candidates.append(candidate)
    target.candidates.sort(key=lambda c: c.first)
