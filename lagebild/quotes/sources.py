"""Whether a phrase after a preposition names a source: someone who speaks or publishes.

"gemäß der Netzzeitung", "gemäß einem Sprecher des Unternehmens" report what a person, an
organisation or a medium said; "gemäß der Richtlinie", "gemäß dem Dekret" state conformity
with a rule and report nothing.
"""

from __future__ import annotations

from spacy.tokens import Doc

from lagebild.entities.mention_index import entity_at, has_entities
from lagebild.quotes.chunks import noun_phrase
from lagebild.quotes.lexicon import is_role, is_speaker_group, word_list
from lagebild.quotes.token_table import TokenTable, token_table

#: media a speaker talks to or a source publishes in; "-zeitung" stands for an ending
DATIVE_MEDIA = "dative_media.txt"
#: entity types that speak
SPEAKING_TYPES = frozenset({"PER", "ORG"})
#: articles that open a genitive attribute after the phrase's noun
GENITIVE_ARTICLES = frozenset({"des", "der"})


def listed(word: str, name: str) -> bool:
    """``word`` in the word list ``name``, or ending in one of its "-ending" lines."""
    entries = word_list(name)
    lower = word.lower()
    return word in entries or any(
        lower.endswith(entry[1:]) for entry in entries if entry.startswith("-")
    )


def names_a_source(doc: Doc, i: int, end: int, masked: frozenset[int]) -> bool:
    """The noun phrase at ``i`` names a person (a role, a group, a named person), an
    organisation or a medium."""
    phrase = noun_phrase(doc, i, end, masked)
    if phrase is None:
        return False
    table = token_table(doc)
    words = table.words[phrase[0] : phrase[1]]
    if any(is_role(w) or is_speaker_group(w) or listed(w, DATIVE_MEDIA) for w in words):
        return True
    if not has_entities(doc):
        return False
    head_end = _before_genitive(table, phrase[0], phrase[1])
    entity = entity_at(doc, table.offsets[phrase[0]], table.end_char(head_end - 1))
    return entity is not None and entity.type in SPEAKING_TYPES


def _before_genitive(table: TokenTable, start: int, end: int) -> int:
    """Where the genitive attribute of the phrase ``start``..``end`` begins (its end if it has
    none): "einer Entscheidung des EuGH" is the decision's, not the court's word."""
    return next((k for k in range(start + 1, end) if table.lower[k] in GENITIVE_ARTICLES), end)


def named_rule(doc: Doc, i: int, end: int, masked: frozenset[int]) -> bool:
    """ "laut der Dublin-III-Verordnung", "gemäß der EU-Richtlinie": a named regulation states a
    rule, no source. Plain "laut Gesetz", "laut Verfassung" stay sources: the annotators of
    the Wikinews quotes mark them so."""
    phrase = noun_phrase(doc, i, end, masked)
    if phrase is None:
        return False
    words = token_table(doc).words[phrase[0] : phrase[1]]
    return any("-" in w and listed(w, "named_rules.txt") for w in words)


def no_source_after_nach(table: TokenTable, i: int, end: int) -> bool:
    """ "nach der Auszählung der Stimmen", "nach der Auswertung des Flugschreibers": after an
    event (``events_after_nach.txt``, with a definite article); "nicht nach Wunsch verlaufen": as
    wished (``manner_after_nach.txt``, bare). Neither names a source."""
    j = i + 1
    if j + 1 < end and table.lower[j] in {"der", "dem"}:
        return table.words[j + 1] in word_list("events_after_nach.txt")
    return j < end and table.words[j] in word_list("manner_after_nach.txt")
