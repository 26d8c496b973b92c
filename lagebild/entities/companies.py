"""Companies the knowledge base does not list, named next to a company word: "der Ölkonzern
Petrobras", "Hersteller Canonical", and "Apple" where "Apple-Chef" stands beside a bare
"Apple". Every later use of the name in the article is a mention. (Names before a legal
form, "Meinl Success AG", are organisation patterns: :mod:`lagebild.entities.actors`.)

The word lists are data files: ``company_nouns.txt`` and ``company_role_parts.txt``.
"""

from __future__ import annotations

from functools import cache

from lagebild.entities.candidates import Candidate, Tok, named_organisation
from lagebild.entities.kb import ActorKB, context_words, data_lines
from lagebild.entities.names import first_names, is_common_noun
from lagebild.entities.origins import state_of_place
from lagebild.entities.suffixes import Tails, last_letters, may_end_in
from lagebild.entities.word_positions import WordPositions

#: below names the knowledge base or the text defines (3) and named persons: weak evidence
PRIORITY = 2
#: words of a company's name at most ("Kaspersky Lab", "Berkshire Hathaway")
MAX_NAME_TOKENS = 3


@cache
def company_nouns() -> tuple[str, ...]:
    """Company nouns in lower case, with their genitive forms ("konzerns")."""
    nouns = [noun.lower() for noun in data_lines("company_nouns.txt")]
    return tuple(form for noun in nouns for form in (noun, noun + "s", noun + "es"))


@cache
def role_parts() -> frozenset[str]:
    return frozenset(data_lines("company_role_parts.txt"))


@cache
def _function_words() -> frozenset[str]:
    words = context_words()
    return frozenset(word.lower() for word in words["articles"])


@cache
def _company_noun_tails() -> Tails | None:
    return last_letters(company_nouns())


def is_company_noun(word: str) -> bool:
    """ "Konzern", "Ölkonzerns", "IT-Sicherheitsfirma": a company noun, alone or as the end
    (a noun: "umfassender" ends in "sender" too). Most words are answered by their last
    letters, before the test of every listed form."""
    if not word[:1].isupper():
        return False
    lowered = word.lower()
    return may_end_in(lowered, _company_noun_tails()) and lowered.endswith(company_nouns())


def _name_word(word: str, kb: ActorKB) -> bool:
    """A word that may be (part of) a company's name: capitalised, no German noun, no first
    name, no place and no actor the knowledge base knows."""
    return (
        word[:1].isupper()
        and word.replace("&", "").replace("-", "").isalnum()
        and word.lower() not in _function_words()
        and not is_common_noun(word)
        and word not in first_names()
        and (word,) not in kb.phrases
        and state_of_place(word) is None
    )


def _run_after(tokens: list[Tok], first: int, kb: ActorKB) -> int | None:
    """The last token of a name that begins at ``first``, or None when none begins there."""
    last = first - 1
    while (
        last + 1 < len(tokens)
        and last + 1 - first < MAX_NAME_TOKENS
        and _name_word(tokens[last + 1].text, kb)
    ):
        last += 1
    return last if last >= first else None


def _named_companies(
    tokens: list[Tok], kb: ActorKB, positions: WordPositions
) -> set[tuple[str, ...]]:
    names: set[tuple[str, ...]] = set()
    texts = positions.words
    alone = set(texts)
    # a company noun is capitalised: only those words are tested
    company_words = {
        text for text in {texts[index] for index in positions.capitalised} if is_company_noun(text)
    }
    parts = role_parts()
    for index, text in enumerate(texts):
        if index and texts[index - 1] in company_words:
            last = _run_after(tokens, index, kb)
            if last is not None:
                names.add(tuple(texts[index : last + 1]))
        if "-" in text:
            name, _, part = text.partition("-")
            if part in parts and name in alone and _name_word(name, kb):
                names.add((name,))
    return names


def company_candidates(
    tokens: list[Tok], kb: ActorKB, positions: WordPositions | None = None
) -> list[Candidate]:
    if positions is None:  # a caller without find_candidates's shared pass
        positions = WordPositions.of(tokens)
    names = _named_companies(tokens, kb, positions)
    if not names:
        return []
    texts = positions.words
    found = []
    for words in names:
        name = " ".join(words)
        for index in range(len(tokens) - len(words) + 1):
            if texts[index] == words[0] and tuple(texts[index : index + len(words)]) == words:
                last = index + len(words) - 1
                found.append(named_organisation(index, last, name, PRIORITY))
    return found
