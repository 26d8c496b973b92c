"""Given names that are common nouns too ("Kasper", "Ban"): after a title they begin a
person's name where a proper noun follows ("Henkel-Chef Kasper Rorsted", "UNO-Generalsekretär
Ban Ki Moon"), which the name rules otherwise refuse to begin with a common noun."""

from __future__ import annotations

from lagebild.entities.actors import organisation_head
from lagebild.entities.candidates import Tok
from lagebild.entities.kb import ActorKB
from lagebild.entities.names import looks_like_name, title_of
from lagebild.entities.person_names import is_name_token, name_tokens_after


def name_after_noun_given_name(tokens: list[Tok], start: int, kb: ActorKB) -> int:
    """ "Henkel-Chef Kasper Rorsted", "UNO-Generalsekretär Ban Ki Moon": after a title, a
    given name that is also a common noun ("Kasper", "Ban") when a proper noun that is no
    common noun follows it; the index after the name, else ``start``."""
    if start + 1 >= len(tokens):
        return start
    given, family = tokens[start], tokens[start + 1]
    if not (
        given.text.isalpha()
        and given.text[:1].isupper()
        and not given.text.isupper()  # "JP Morgan": an acronym
        and not organisation_head(given.text)  # "Werbeagentur Saatchi"
        and family.tag == "NE"
        and looks_like_name(family.text, family.tag)
        and not title_of(given.text)
        and (given.text,) not in kb.phrases
        and is_name_token(family, kb)
    ):
        return start
    return max(name_tokens_after(tokens, start + 1, kb), start + 2)
