"""Possessives in source phrases ("seiner Meinung nach", "nach ihren Angaben", "ihrer
Einschätzung zufolge"): their owner is the one whose words the sentence reports, and is
linked like a personal pronoun.

Only possessives in such phrases are taken: there the owner is a speaker (a person or a
body), which the quotes layer needs; elsewhere ("seine Truppen", "ihre Kinder") the owner
is as often a thing or a group no entity covers. "Ihrer Meinung nach" capitalised inside a
sentence addresses the reader or the interviewee, no one named before.
"""

from __future__ import annotations

from functools import cache

from lagebild.entities.candidates import Tok
from lagebild.entities.kb import data_lines, data_rows
from lagebild.entities.pronoun_agreement import PronounForm
from lagebild.entities.token_layout import sentence_ids
from lagebild.entities.word_positions import positions_in

#: a possessive's "case": it is no subject, nor an object of its own verb
POSSESSIVE_CASE = frozenset({"gen"})


@cache
def possessive_forms() -> dict[str, PronounForm]:
    """Lowercase possessive -> what its owner agrees with ("seiner" -> m)."""
    return {
        row[0].strip(): PronounForm(frozenset(row[1].strip().split("|")), POSSESSIVE_CASE)
        for row in data_rows("possessive_pronouns.tsv")
    }


@cache
def _source_nouns() -> frozenset[str]:
    return frozenset(data_lines("source_phrase_nouns.txt"))


@cache
def _source_words() -> dict[str, frozenset[str]]:
    """Position ("before", "after") -> the words that make a source phrase there."""
    found: dict[str, set[str]] = {}
    for row in data_rows("source_phrase_prepositions.tsv"):
        found.setdefault(row[1].strip(), set()).add(row[0].strip())
    return {position: frozenset(words) for position, words in found.items()}


def source_possessives(
    tokens: list[Tok], lowered: list[str] | None = None
) -> dict[int, PronounForm]:
    """Token index -> agreement of each possessive that opens a source phrase (``lowered``:
    the tokens' words in lower case, where the caller has them)."""
    forms = possessive_forms()
    nouns = _source_nouns()
    words = _source_words()
    found: dict[int, PronounForm] = {}
    # the look-up of every token in one comprehension; the few possessives tested after it
    if lowered is None:
        lowered = [token.text.lower() for token in tokens]
    for index in positions_in(lowered[:-1], forms):
        token = tokens[index]
        if tokens[index + 1].text not in nouns:
            continue
        if token.text[:1].isupper() and not _sentence_start(tokens, index):
            continue  # "Wer hat Ihrer Meinung nach recht?": the polite address
        before = tokens[index - 1].text.lower() if index > 0 else ""
        after = tokens[index + 2].text.lower() if index + 2 < len(tokens) else ""
        if before in words.get("before", ()) or after in words.get("after", ()):
            found[index] = forms[token.text.lower()]
    return found


def _sentence_start(tokens: list[Tok], index: int) -> bool:
    if index == 0:
        return True
    sentences = sentence_ids(tokens)  # only for the rare capital possessive
    return sentences[index - 1] != sentences[index]
