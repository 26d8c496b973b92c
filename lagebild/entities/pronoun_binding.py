"""Which entities a pronoun cannot point to because they are the subject of its own verb.

A personal pronoun right after its finite verb ("überreichte ihm", "hält sie") is not the
subject named before that verb: "Bischof Zsifkovics dankte dem Polizeichef und überreichte
ihm den Orden" (a verb coordinated by "und" shares the subject of the verb before it), "Die
Direktorin des Museums, Friederike Seyfried, etwa hält sie für Spekulation" (a subject
whose apposition the clause marks split off). German takes up its own subject with a
reflexive ("sich"), never with "ihm" or "sie".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from lagebild.entities.candidates import Tok
from lagebild.entities.mention_roles import SUBJECT_BONUS
from lagebild.entities.token_layout import CLAUSE_BREAKS, is_finite

#: tags that may stand between a finite verb and its pronoun ("überreichte dann ihm")
_BETWEEN_TAGS = frozenset({"ADV"})
#: marks and tags that end the stretch before a verb (a comma does not: an apposition)
_PREFIELD_BREAKS = frozenset({":", ";", "–", "—", "(", ")"})
_CLAUSE_OPENERS = frozenset({"KOUS", "PRELS", "PWS", "PWAV"})


class Mention(Protocol):
    """A mention as pronoun resolution keeps it: first token, cluster key, role."""

    @property
    def first(self) -> int: ...
    @property
    def key(self) -> str: ...
    @property
    def role(self) -> int: ...


def verb_subjects(
    tokens: list[Tok], index: int, sentences: list[int], mentions: Sequence[Mention]
) -> set[str]:
    """Keys of the subject mentions of the finite verb right before the pronoun at
    ``index``; none where no finite verb stands right before it."""
    verb = index - 1
    while verb >= 0 and tokens[verb].tag in _BETWEEN_TAGS and sentences[verb] == sentences[index]:
        verb -= 1
    if verb < 0 or sentences[verb] != sentences[index] or not is_finite(tokens[verb]):
        return set()
    if verb > 0 and tokens[verb - 1].tag == "KON":
        # "… und überreichte ihm": the subject is that of the verb before the conjunction,
        # before it or right after it ("dankte der Bischof dem Polizeichef und …")
        earlier = _previous_finite(tokens, verb - 1, sentences)
        if earlier is None:
            return set()
        inverted = {
            m.key
            for m in mentions
            if m.role == SUBJECT_BONUS
            and earlier < m.first < verb - 1
            and not any(t.text in CLAUSE_BREAKS for t in tokens[earlier : m.first])
        }
        return inverted | _prefield_subjects(tokens, earlier, sentences, mentions)
    return _prefield_subjects(tokens, verb, sentences, mentions)


def _prefield_subjects(
    tokens: list[Tok], verb: int, sentences: list[int], mentions: Sequence[Mention]
) -> set[str]:
    start = _prefield_start(tokens, verb, sentences)
    return {m.key for m in mentions if m.role == SUBJECT_BONUS and start <= m.first < verb}


def _prefield_start(tokens: list[Tok], verb: int, sentences: list[int]) -> int:
    """The first token of the stretch before a V2 ``verb``: after the sentence start, a
    colon or a dash; after another verb or a subordinate clause, from the last comma on
    ("war er vorne, auch danach war er"), and nothing where a subordinate clause comes right
    before the verb. Commas alone do not end it: an apposition ("Die Direktorin, Seyfried,
    etwa hält sie")."""
    position = verb - 1
    comma = None
    while position >= 0 and sentences[position] == sentences[verb]:
        token = tokens[position]
        if token.text in _PREFIELD_BREAKS:
            return position + 1
        if token.tag in _CLAUSE_OPENERS and comma is None:
            return verb  # "Wenn die Polizei … untersucht, könnte sie": a clause before the verb
        if is_finite(token) or token.tag in _CLAUSE_OPENERS or token.tag.startswith("V"):
            # an earlier clause ("war er vorne, auch danach war er"; a participle may be a
            # finite verb the tagger missed): its subject is not in the stretch
            return verb if comma is None else comma + 1
        if token.text == "," and comma is None:
            comma = position
        position -= 1
    return position + 1


def _previous_finite(tokens: list[Tok], index: int, sentences: list[int]) -> int | None:
    position = index - 1
    while position >= 0 and sentences[position] == sentences[index]:
        if is_finite(tokens[position]):
            return position
        position -= 1
    return None
