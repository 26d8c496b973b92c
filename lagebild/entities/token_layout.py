"""Sentences, clauses and quoted stretches of a token list, for pronoun resolution.

Pronouns are resolved on the entity layer's tokens, before any parse: these helpers cut the
tokens into sentences (the splitter's, else end punctuation), clauses (between commas,
dashes, colons and quotes) and the stretches inside quotation marks, and tell where a clause
starts and which token is a finite verb.
"""

from __future__ import annotations

from itertools import accumulate

from lagebild.entities.candidates import Tok
from lagebild.entities.kb import context_words

OPENING_QUOTES = frozenset({"„", "»", "«", '"', "“", "‚"})
CLOSING_QUOTES = frozenset({"“", "”", "«", "»", '"', "‘"})
_QUOTES = OPENING_QUOTES | CLOSING_QUOTES
CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "—", "(", ")"})
SENTENCE_ENDS = frozenset({".", "!", "?"})
_CLAUSE_START_TAGS = frozenset({"KON", "KOUS", "PRELS", "$,", "$."})
_COORDINATED_TAGS = frozenset({"ADJA", "ADJD", "NN", "NE", "CARD"})
#: tokens that end a clause for :func:`clause_ids`: breaks and quotation marks
_CLAUSE_MARKS = CLAUSE_BREAKS | _QUOTES


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
    """Tokens inside quotation marks ("…", „…“, »…«); after a mark that nothing closes, the
    rest of its sentence."""
    quoted: set[int] = set()
    opened: int | None = None  # the opening mark of the stretch the walk is inside
    # only quotation marks open or close a stretch: they are found in one comprehension,
    # and each stretch is everything between its marks (a mark inside that cannot close
    # it too)
    for index in [index for index, token in enumerate(tokens) if token.text in _QUOTES]:
        text = tokens[index].text
        if opened is None and text in OPENING_QUOTES:
            opened = index
        elif opened is not None and text in CLOSING_QUOTES:
            quoted.update(range(opened + 1, index))
            opened = None
    if opened is not None:
        # never closed: quoted to the end of its sentence (as to the end of the article, one
        # stray mark in a headline would hide every later pronoun)
        quoted.update(range(opened + 1, _sentence_end(tokens, opened)))
    return quoted


def _sentence_end(tokens: list[Tok], index: int) -> int:
    """The index after the last token of ``index``'s sentence (the splitter's, else up to
    end punctuation)."""
    sentence = tokens[index].sent
    for following in range(index + 1, len(tokens)):
        if sentence >= 0 and tokens[following].sent != sentence:
            return following
        if sentence < 0 and tokens[following].text in SENTENCE_ENDS:
            return following + 1
    return len(tokens)


def clause_ids(tokens: list[Tok], sentences: list[int]) -> list[int]:
    """Stretches between commas, dashes, colons, quotes and sentence ends."""
    # whether each token opens a clause (the first token no sentence), then the running
    # count of openings: comprehensions and accumulate, no Python loop body per token
    previous = sentences[:1] + sentences[:-1]
    opens = [
        token.text in _CLAUSE_MARKS or sentence != before
        for token, sentence, before in zip(tokens, sentences, previous, strict=True)
    ]
    return list(accumulate(opens, initial=0))[1:]


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
        before.text in CLAUSE_BREAKS or before.tag in _CLAUSE_START_TAGS or before.text in _QUOTES
    )
