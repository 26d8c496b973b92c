"""Sentences, clauses and quoted stretches of a token list, for pronoun resolution.

Pronouns are resolved on the entity layer's tokens, before any parse: these helpers cut the
tokens into sentences (the splitter's, else end punctuation), clauses (between commas,
dashes, colons and quotes) and the stretches inside quotation marks, and tell where a clause
starts and which token is a finite verb.
"""

from __future__ import annotations

from lagebild.entities.candidates import Tok
from lagebild.entities.kb import context_words

OPENING_QUOTES = frozenset({"„", "»", "«", '"', "“", "‚"})
CLOSING_QUOTES = frozenset({"“", "”", "«", "»", '"', "‘"})
_QUOTES = OPENING_QUOTES | CLOSING_QUOTES
CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "—", "(", ")"})
SENTENCE_ENDS = frozenset({".", "!", "?"})
_CLAUSE_START_TAGS = frozenset({"KON", "KOUS", "PRELS", "$,", "$."})
_COORDINATED_TAGS = frozenset({"ADJA", "ADJD", "NN", "NE", "CARD"})


def sentence_ids(tokens: list[Tok]) -> list[int]:
    """The sentence of each token: the sentence splitter's where it ran, else split after
    end punctuation followed by a capital."""
    if any(token.sent >= 0 for token in tokens):
        return [token.sent for token in tokens]
    ids, current = [], 0
    for index, token in enumerate(tokens):
        ids.append(current)
        following = tokens[index + 1].text if index + 1 < len(tokens) else ""
        if token.text in SENTENCE_ENDS and following[:1].isupper():
            current += 1
    return ids


def quoted_tokens(tokens: list[Tok]) -> set[int]:
    """Tokens inside quotation marks ("…", „…“, »…«)."""
    inside, quoted = False, set()
    for index, token in enumerate(tokens):
        if not inside and token.text in OPENING_QUOTES:
            inside = True
        elif inside and token.text in CLOSING_QUOTES:
            inside = False
        elif inside:
            quoted.add(index)
    return quoted


def clause_ids(tokens: list[Tok], sentences: list[int]) -> list[int]:
    """Stretches between commas, dashes, colons, quotes and sentence ends."""
    ids, current = [], 0
    for index, token in enumerate(tokens):
        if (
            token.text in CLAUSE_BREAKS
            or token.text in _QUOTES
            or (index > 0 and sentences[index] != sentences[index - 1])
        ):
            current += 1
        ids.append(current)
    return ids


def is_finite(token: Tok) -> bool:
    """A finite verb by its tag; untagged text knows the speech verbs at least."""
    if token.tag:
        return token.tag.endswith("FIN")
    return token.text in context_words()["speech_verbs"]


def clause_start(tokens: list[Tok], index: int, sentences: list[int]) -> bool:
    """Token ``index`` opens a clause: first of its sentence, or after a comma, a
    conjunction or a relative pronoun."""
    if index == 0 or sentences[index - 1] != sentences[index]:
        return True
    before = tokens[index - 1]
    if before.tag == "KON" and index > 1 and tokens[index - 2].tag in _COORDINATED_TAGS:
        return False  # "linke und rechte Demonstranten": one phrase, not a new clause
    return (
        before.text in CLAUSE_BREAKS
        or before.tag in _CLAUSE_START_TAGS
        or before.text in _QUOTES
    )
