"""How salient a mention's position in its clause is, for ranking pronoun antecedents.

A subject (the first phrase of a clause, or the phrase right after its finite verb) gets a
bonus; a name after a preposition or a noun (a genitive attribute) a penalty; an object or a
passive agent neither.
"""

from __future__ import annotations

from functools import cache

from lagebild.entities.candidates import Tok
from lagebild.entities.kb import data_lines
from lagebild.entities.names import first_names, title_of
from lagebild.entities.quoted_names import introduces_name
from lagebild.entities.token_layout import CLAUSE_BREAKS, clause_start, is_finite

SUBJECT_BONUS = 50
OBLIQUE_PENALTY = 30  # a name inside a prepositional phrase or a genitive attribute
#: tags (STTS) and words that may stand between a clause start and a subject's name
_NOUN_PHRASE_TAGS = frozenset({"ART", "ADJA", "CARD", "PIAT", "PDAT", "PPOSAT", "ADV"})
#: first tags of a clause's first phrase when it is a noun phrase, likely the subject, so
#: that the phrase after the finite verb is an object ("Sarkozy verlangte die Freilassung")
_NOMINAL_TAGS = frozenset(
    {"ART", "NN", "NE", "PPER", "ADJA", "PDS", "PIS", "CARD", "PDAT", "PIAT", "PPOSAT"}
)
#: tags after the article that opens an extended attribute ("die der Koalition angehörende",
#: "die seit Jahren regierende"), and how far back that article may stand
_ATTRIBUTE_OPENERS = frozenset({"ART", "APPR", "APPRART", "ADV", "CARD"})
_MAX_ATTRIBUTE = 12
_AGENT_PREPOSITIONS = frozenset({"von", "vom", "durch"})
_PASSIVE_AUXILIARIES = frozenset({"wurde", "wurden", "wird", "werden", "worden"})
_OBLIQUE_ARTICLES = frozenset({"den", "dem", "des", "einen", "einem", "eines"})
_DETERMINERS = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einen", "einem", "eines"}
)


def mention_role(tokens: list[Tok], first: int, sentences: list[int]) -> int:
    """How salient a mention's position is: a subject, the first phrase of a clause ("Der
    Präsident sagte") or right after the finite verb ("sagte Sarkozy"), gets the bonus; a
    name after a preposition ("unter Robert Mugabe") or a noun (genitive) the penalty."""
    index = _attribute_start(tokens, _phrase_start(tokens, first, sentences), sentences)
    if index < first and tokens[index].text.lower() in _OBLIQUE_ARTICLES:
        return 0  # "den Rücktritt", "dem Präsidenten": not a subject
    if clause_start(tokens, index, sentences):
        return SUBJECT_BONUS
    if is_finite(tokens[index - 1]):
        opening = index - 1
        while opening > 0 and not clause_start(tokens, opening, sentences):
            opening -= 1
        if (
            opening == index - 1
            or tokens[opening].tag not in _NOMINAL_TAGS
            or _object_prefield(tokens[opening])
        ):
            return SUBJECT_BONUS  # "Am Montag sagte Obama", "…“, sagte Sarkozy", "Das sagte Obama"
        return 0
    before = tokens[index - 1]
    if before.text in _AGENT_PREPOSITIONS and _passive(tokens, index, sentences):
        return 0  # "wurde von einer Armeesprecherin bestätigt": who acts
    if before.tag.startswith("APPR") or before.tag in ("NN", "NE"):
        return -OBLIQUE_PENALTY
    return 0


def _object_prefield(token: Tok) -> bool:
    """A clause opened by a pronoun that is the verb's object ("Das sagte Obama", "Wenig von
    Grenzschließungen hält Gentiloni"): the name after the verb is the subject."""
    return token.tag in ("PDS", "PIS") and token.text.lower() in _prefield_objects()


@cache
def _prefield_objects() -> frozenset[str]:
    return frozenset(data_lines("prefield_objects.txt"))


def _passive(tokens: list[Tok], index: int, sentences: list[int]) -> bool:
    """A form of "werden" before ``index`` in its sentence."""
    position = index - 1
    while position >= 0 and sentences[position] == sentences[index]:
        if tokens[position].text.lower() in _PASSIVE_AUXILIARIES:
            return True
        position -= 1
    return False


def _phrase_start(tokens: list[Tok], first: int, sentences: list[int]) -> int:
    index = first
    while index > 0 and sentences[index - 1] == sentences[first]:
        before = tokens[index - 1]
        if (
            before.tag in _NOUN_PHRASE_TAGS  # "ART" among them: a tagged article
            or (not before.tag and before.text.lower() in _DETERMINERS)  # an untagged one
            or (before.text[:1].isupper() and title_of(before.text) is not None)
            or (before.tag == "NN" and introduces_name(before.text))  # "die Partei D66"
            or _genitive_before_title(before, tokens[index])  # "Italiens Außenminister X"
            or _role_before_first_name(before, tokens[index], index == first)
            or _joined_roles(tokens, index, first)  # "Verhandler und Landesrat Michael S."
        ):
            index -= 1
            continue
        break
    return index


def _role_before_first_name(before: Tok, token: Tok, at_name: bool) -> bool:
    """ "Apple-CEO" in "Apple-CEO Tim Cook", "Landeshauptmannvize Johann Tschürtz": a noun
    right before a first name describes the person (an apposition), no genitive owner; a
    genitive attribute follows its noun by the surname ("die Regierung Merkel")."""
    noun = before.tag == "NN" or (before.tag == "NE" and "-" in before.text)  # "Apple-CEO"
    return at_name and noun and token.text in first_names()


def _joined_roles(tokens: list[Tok], index: int, first: int) -> bool:
    """ "und" between two nouns before a name, the second reached as its apposition
    ("Der Koalitionsverhandler und Wirtschaftslandesrat Michael Strugl"): both describe him."""
    return (
        index == first - 1
        and index >= 2
        and tokens[index - 1].text == "und"
        and tokens[index].tag == "NN"
        and tokens[index - 2].tag in ("NN", "NE")
        and tokens[first].text in first_names()
    )


def _genitive_before_title(before: Tok, token: Tok) -> bool:
    """ "Italiens" in "Italiens Außenminister Paolo Gentiloni": a name's genitive that opens
    the phrase of a title, no attribute of the noun before."""
    return (
        before.tag == "NE"
        and before.text.endswith("s")
        and token.text[:1].isupper()
        and title_of(token.text) is not None
    )


def _attribute_start(tokens: list[Tok], index: int, sentences: list[int]) -> int:
    """ "die der Koalition angehörende Partei D66": a phrase whose first word is a present
    participle closing an extended attribute starts at the article that opens the attribute,
    an article followed by the attribute's own article or preposition."""
    if tokens[index].tag != "ADJA" or not tokens[index].text.lower().rstrip("nrsm").endswith("nde"):
        return index
    position = index - 1
    while (
        position > 0
        and index - position <= _MAX_ATTRIBUTE
        and (sentences[position] == sentences[index])
    ):
        token = tokens[position]
        if token.text in CLAUSE_BREAKS or is_finite(token):
            break
        if token.tag == "ART" and tokens[position + 1].tag in _ATTRIBUTE_OPENERS:
            return position
        position -= 1
    return index
