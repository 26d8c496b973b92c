"""Role nouns after an indefinite article that name a kind of person, not a person of the
story: "für einen Politiker", "wie ein Journalist", "mangels eines Kandidaten", "Trump
brauche einen Vizepräsidentschaftskandidaten", "den Rang eines Vizepremiers". Such a role
makes no unnamed person (whom speakers and actors would resolve to) unless a later mention
refers back to it; a specific one ("sagte ein Sprecher", "die Festnahme eines Aktivisten")
always does."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from lagebild.entities.candidates import Tok
from lagebild.entities.kb import context_words, data_lines

if TYPE_CHECKING:  # resolve.py imports persons.py, which imports this module
    from lagebild.entities.resolve import Cluster

#: the indefinite article's forms, in lower case
INDEFINITE_FORMS = frozenset({"ein", "eine", "einer", "einen", "einem", "eines"})

#: genitive articles after which a noun of a post names the post ("den Rang eines …")
GENITIVE_ARTICLES = frozenset({"eines", "einer"})

#: tokens after which "wie" opens a clause of its own (a source: ", wie ein Sprecher sagte")
CLAUSE_BOUNDARIES = frozenset({",", ".", ":", ";", "–", "-", "(", "!", "?"})

#: how far before "bzw." the article of the role it joins may stand ("einen neuen Chef bzw.")
ALTERNATIVE_REACH = 4

#: reflexive or dative pronouns between a seeking verb and its object ("wünscht sich einen")
PRONOUNS_AFTER_VERB = frozenset({"sich", "uns", "mir", "ihm", "ihr", "euch"})


@cache
def _openers() -> frozenset[str]:
    return frozenset(data_lines("generic_role_openers.txt"))


@cache
def _comparisons() -> frozenset[str]:
    return frozenset(data_lines("role_comparisons.txt"))


@cache
def _alternatives() -> frozenset[str]:
    return frozenset(data_lines("role_alternatives.txt"))


@cache
def _modal_verbs() -> frozenset[str]:
    return frozenset(data_lines("role_modal_verbs.txt"))


@cache
def _seeking_verbs() -> frozenset[str]:
    return frozenset(data_lines("role_seeking_verbs.txt"))


@cache
def _slot_nouns() -> frozenset[str]:
    return frozenset(data_lines("role_slot_nouns.txt"))


def is_generic_role(tokens: list[Tok], article: int, index: int) -> bool:
    """Whether the role noun at ``index`` after the indefinite article at ``article`` names
    a kind of person: after a generic opener or a comparison, as the object of a verb of
    seeking, as the subject of a rule, as a predicate, or as the genitive of a noun of a
    post."""
    before = tokens[article - 1].text if article > 0 else "."
    return (
        before.lower() in _openers()
        or _compared(tokens, article)
        or _sought(tokens, article, index)
        or _ruled(tokens, article, index)
        or _predicate_before_copula(tokens, index)
        or (tokens[article].text in GENITIVE_ARTICLES and before in _slot_nouns())
        or _alternative_to_generic(tokens, article)
    )


def _sought(tokens: list[Tok], article: int, index: int) -> bool:
    """ "brauche einen Kandidaten", "wünscht sich einen Kandidaten", "dass wir einen
    Sportdirektor brauchen": a verb of seeking before the article or right after the noun."""
    cursor = article - 1
    if cursor < 0:
        return False
    if cursor > 0 and tokens[cursor].text in PRONOUNS_AFTER_VERB:
        cursor -= 1
    after = tokens[index + 1].text if index + 1 < len(tokens) else ""
    return tokens[cursor].text in _seeking_verbs() or after in _seeking_verbs()


def _compared(tokens: list[Tok], article: int) -> bool:
    """ "kommen wie ein Journalist vor Gericht", not ", wie eine Sprecherin bestätigte"."""
    if article < 2 or tokens[article - 1].text.lower() not in _comparisons():
        return False
    return tokens[article - 2].text not in CLAUSE_BOUNDARIES


def drop_unreferenced_generic_roles(clusters: dict[str, Cluster]) -> None:
    """Drop the unnamed persons made only of generic roles that nothing refers back to: a
    later role noun or pronoun attached to one ("je einen Kandidaten … dem Kandidaten")
    makes it someone of the story after all."""
    for key in [
        key
        for key, group in clusters.items()
        if group.candidates
        and all(candidate.generic for candidate in group.candidates)
        and not group.extra_mentions
        and not group.char_mentions
    ]:
        del clusters[key]


def _ruled(tokens: list[Tok], article: int, index: int) -> bool:
    """ "Ein Parteikandidat könne …": a sentence opened by the role and a modal verb."""
    opens = article == 0 or tokens[article - 1].text in CLAUSE_BOUNDARIES
    return opens and index + 1 < len(tokens) and tokens[index + 1].text in _modal_verbs()


def _predicate_before_copula(tokens: list[Tok], index: int) -> bool:
    """ "dass Rudi Hundstorfer ein hervorragender Kandidat wäre.": a copula right after the
    role that ends its clause makes the role the predicate of the subject before it."""
    if index + 1 >= len(tokens) or tokens[index + 1].text not in context_words()["copulas"]:
        return False
    return index + 2 >= len(tokens) or tokens[index + 2].text in CLAUSE_BOUNDARIES


def _alternative_to_generic(tokens: list[Tok], article: int) -> bool:
    """ "für einen Geschäftsführer bzw. eine Geschäftsführerin": the role joined as an
    alternative to a generic one is generic too."""
    joiner = article - 1
    if joiner < 2 or tokens[joiner].text not in _alternatives():
        return False
    for earlier in range(joiner - 2, max(joiner - 2 - ALTERNATIVE_REACH, -1), -1):
        if tokens[earlier].text.lower() in INDEFINITE_FORMS:
            return is_generic_role(tokens, earlier, joiner - 1)
    return False
