"""Role nouns that name nobody right there ("einer Armeesprecherin", "der Bundeskanzler von
den Grünen"): an unnamed person or a back-reference, as :func:`titled_persons` reads them
(:mod:`lagebild.entities.persons`)."""

from __future__ import annotations

from lagebild.entities.candidates import Candidate, Tok
from lagebild.entities.generic_roles import is_generic_role
from lagebild.entities.kb import ActorKB, context_words
from lagebild.entities.names import Title, title_of
from lagebild.entities.origins import state_codes
from lagebild.entities.person_names import DEFINITE_ARTICLES
from lagebild.lexicon import noun_genera

#: indefinite articles no feminine noun takes
NON_FEMININE_ARTICLES = frozenset({"ein", "einem", "einen", "eines"})


def unnamed_person(
    tokens: list[Tok],
    phrase_start: int,
    index: int,
    title: Title,
    gender: str | None,
    affiliation: str | None,
    roles: list[str],
) -> Candidate:
    """ "einer Armeesprecherin": someone unnamed, whom later pronouns may refer to."""
    gender = gender_after_article(tokens[phrase_start - 1].text, gender)
    return Candidate(
        first=phrase_start,
        last=index,
        type="PER",
        kind="role",
        key=f"PER:unnamed:{index}",
        name=described_name(
            tokens[phrase_start:index],
            tokens[index].text if gender == "f" else title.base,
            gender,
        ),
        affiliation=affiliation,
        roles=roles,
        gender=gender,
        priority=5,
        generic=is_generic_role(tokens, phrase_start - 1, index),
    )


def party_after_von(tokens: list[Tok], index: int, code_after: str | None) -> bool:
    """ "der Bundeskanzler von den Grünen": the actor after the role is linked by "von" and
    an article, and is no state ("der Botschafter von Osttimor" is whom he serves)."""
    return (
        code_after is not None
        and code_after not in state_codes()
        and index + 2 < len(tokens)
        and tokens[index + 1].text == "von"
        and tokens[index + 2].text in DEFINITE_ARTICLES
    )


#: how far a verb-final clause's copula may stand after its predicate noun
PREDICATE_REACH = 6


def is_predicate(tokens: list[Tok], article: int, index: int) -> bool:
    """ "X ist ein Kandidat", "bin ich ein Politiker", "das ein Beitrittskandidat zur EU ist":
    a role noun that is the predicate of a copula describes its subject and introduces no
    person. In a verb-final clause a pronoun before the article is the subject ("das",
    "er")."""
    copulas = frozenset(context_words()["copulas"])
    if article > 0 and tokens[article - 1].text in copulas:
        return True
    if (
        article > 1
        and tokens[article - 1].text.lower() in context_words()["inverted_subjects"]
        and tokens[article - 2].text in copulas
    ):
        return True  # "Im Herzen bin ich ein heimlicher Politiker": the subject after the copula
    if article == 0:
        return False
    subject = tokens[article - 1]
    if not (
        subject.tag in ("PRELS", "PPER", "PDS")
        or not subject.tag
        and subject.text in context_words()["predicate_subjects"]
    ):
        return False
    for cursor in range(index + 1, min(index + 1 + PREDICATE_REACH, len(tokens))):
        word = tokens[cursor].text
        if word in copulas:
            return cursor + 1 >= len(tokens) or tokens[cursor + 1].text in (",", ".", ";")
        if word in (",", ".", ";", ":"):
            return False
    return False


def state_genitive(tokens: list[Tok], index: int, kb: ActorKB) -> bool:
    """ "Ecuadors" in "Ecuadors Präsident": a state's genitive opening a phrase (not after an
    article or preposition, where it belongs to the noun before: "die Rede Ecuadors")."""
    word = tokens[index].text
    surface = kb.phrases.get((word,))
    if surface is None or surface.kind != "name" or surface.actor.type != "GPE":
        return False
    before = tokens[index - 1].text if index > 0 else "."
    return (
        word.endswith("s")
        and word != surface.base
        and (before in (".", "!", "?", ":", ",", "und") or before.islower() and before.isalpha())
        and not (before.islower() and tokens[index - 1].tag.startswith("AP"))
    )


def described_name(adjectives: list[Tok], noun: str, gender: str | None) -> str:
    """An unnamed person's name with the words that describe them, in the nominative
    ("einer französischen Lehrerin" -> "Französische Lehrerin", "eines männlichen
    Familienmitglieds" -> "Männliches Familienmitglied"), as groups are named."""
    inflection = "e" if gender == "f" else "es" if is_neuter(noun) else "er"
    words = []
    for adjective in adjectives:
        stem = adjective.text
        for ending in ("en", "em", "er", "es", "e"):
            if stem.endswith(ending) and len(stem) > len(ending) + 2:
                stem = stem[: -len(ending)]
                break
        words.append(stem + inflection)
    if words:
        words[0] = words[0][:1].upper() + words[0][1:]
    return " ".join([*words, noun])


def gender_after_article(article: str, gender: str | None) -> str | None:
    """ "einem unabhängigen Vorsitzenden": an adjectival title's "-en" form reads as feminine,
    but after a masculine or neuter article ("ein", "einem", "einen", "eines") it is a man."""
    return "m" if gender == "f" and article.lower() in NON_FEMININE_ARTICLES else gender


def is_neuter(noun: str) -> bool:
    """ "Mitglied", "Familienmitglied": a neuter noun, compounds by their title's head."""
    title = title_of(noun)
    genera = noun_genera()
    return genera.get(noun) == "n" or title is not None and genera.get(title.head) == "n"
