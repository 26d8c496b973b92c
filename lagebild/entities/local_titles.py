"""The state of a region's or city's adjective before a title: "der Tiroler Landeshauptmann"
and "der Straßburger Touristikchef" act for Austria and France, whatever state the article
names last before them (a party in brackets after the name still outweighs it)."""

from __future__ import annotations

from lagebild.entities.candidates import Tok
from lagebild.entities.origins import state_of_city_adjective, state_of_region_adjective

#: how many words before a title are looked at for a region's adjective ("der neue Tiroler
#: Landeshauptmann")
REGION_ADJECTIVE_REACH = 2


def _lone_adjective(tokens: list[Tok], index: int) -> bool:
    """ "der Straßburger Touristikchef": a city's adjective tagged as one, after a word in
    lower case ("der"), not the end of a longer name ("New Yorker") nor a noun ("Sieger")."""
    return tokens[index].tag == "ADJA" and index > 0 and not tokens[index - 1].text[:1].isupper()


def local_state_before(tokens: list[Tok], index: int) -> str | None:
    """The state of a region's or city's adjective right before the title at ``index`` ("der
    Tiroler Landeshauptmann", "des steirischen Landesrats", "der Straßburger Touristikchef"),
    whatever state is named last before; weaker than a party in brackets after the name."""
    for cursor in range(index - 1, max(index - REGION_ADJECTIVE_REACH, 0) - 1, -1):
        word = tokens[cursor].text
        state = state_of_region_adjective(word) or (
            state_of_city_adjective(word) if _lone_adjective(tokens, cursor) else None
        )
        if state:
            return state
    return None
