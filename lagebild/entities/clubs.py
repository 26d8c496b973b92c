"""Clubs named by a bare word after an article: "die Austria will nachlegen", "gegen die
Austria" (``article_clubs.tsv``). The word alone stands in names ("Austria Presse Agentur",
"HD Austria"), so only the word after an article and before no further capitalised name
word but the club's place counts, in an article that names no other club of the word."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from lagebild.entities.candidates import Candidate, Tok
from lagebild.entities.kb import data_rows
from lagebild.entities.origins import is_place_name, state_of_listed_region

#: above a person's name run, which would read "Austria" as a surname-like name
PRIORITY = 3


@dataclass(frozen=True)
class ArticleClub:
    name: str  # canonical ("FK Austria Wien")
    articles: frozenset[str]  # the words before the bare word that mark the club
    place: str  # its own place ("Wien"): "Austria Wien" is the same club


@cache
def article_clubs() -> dict[str, ArticleClub]:
    """Bare word ("Austria") -> the club it names after an article."""
    return {
        row[0].strip(): ArticleClub(
            row[1].strip(), frozenset(row[2].strip().split("|")), row[3].strip()
        )
        for row in data_rows("article_clubs.tsv")
    }


def _names_other_club(tokens: list[Tok], positions: list[int], club: ArticleClub) -> bool:
    """Whether the word stands before another place somewhere ("Austria Salzburg")."""
    for index in positions:
        following = tokens[index + 1].text if index + 1 < len(tokens) else ""
        if following != club.place and (
            state_of_listed_region(following) or is_place_name(following)
        ):
            return True
    return False


def club_candidates(tokens: list[Tok]) -> list[Candidate]:
    clubs = article_clubs()
    found = []
    # a set look-up per word rules out nearly every token
    positions = [index for index, token in enumerate(tokens) if token.text in clubs]
    for index in positions:
        club = clubs[tokens[index].text]
        if index == 0 or tokens[index - 1].text not in club.articles:
            continue
        following = tokens[index + 1].text if index + 1 < len(tokens) else ""
        if following[:1].isupper() and following != club.place:
            continue  # "der Austria Presse Agentur": part of another name
        if _names_other_club(tokens, positions, club):
            break  # "die Austria" may be Austria Salzburg
        found.append(
            Candidate(
                first=index,
                last=index + 1 if following == club.place else index,
                type="ORG",
                kind="name",
                key=f"ORG:{club.name}",
                name=club.name,
                code=club.name,
                priority=PRIORITY,
            )
        )
    return found
