"""A person whose name tells no gender takes it from the pronouns already bound to them:
after "er" twice (and no "sie"), a "sie" is no longer theirs ("… (DiEM25) heißt sie")."""

from __future__ import annotations

from token_helpers import tagged_tokens as toks

from lagebild.entities.candidates import Candidate, Tok
from lagebild.entities.pronouns import resolve_pronouns
from lagebild.entities.resolve import Cluster


def person(key: str, first: int) -> Cluster:
    candidate = Candidate(first=first, last=first, type="PER", kind="name", key=key, name="X")
    return Cluster(key, candidates=[candidate])


def linked(tokens: list[Tok], *groups: Cluster) -> list[tuple[str, str]]:
    clusters = {group.key: group for group in groups}
    return [(tokens[index].text, key) for index, key in resolve_pronouns(tokens, clusters)]


def test_a_she_after_two_bound_hes_is_not_the_man_named():
    tokens = toks(
        "Varoufakis/NE kommt/VVFIN ./$. Er/PPER lacht/VVFIN ./$. Jetzt/ADV gründet/VVFIN "
        "er/PPER etwas/PIS ./$. DiEM25/NE heißt/VVFIN sie/PPER ./$."
    )
    found = linked(tokens, person("PER:varoufakis", 0))
    assert found == [("Er", "PER:varoufakis"), ("er", "PER:varoufakis")]


def test_one_bound_pronoun_does_not_settle_the_gender():
    # a single "er" may be a slip of the binding: "sie" may still be the person's
    tokens = toks(
        "Li/NE kommt/VVFIN ./$. Er/PPER lacht/VVFIN ./$. Jetzt/ADV lacht/VVFIN sie/PPER ./$."
    )
    found = linked(tokens, person("PER:li", 0))
    assert ("sie", "PER:li") in found
