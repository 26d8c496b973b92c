"""The other side of a meeting, told in the relative clause on it.

"Nach einer Anhörung der EU über Internet, in der Hu die Vergabe der Spiele kritisierte":
whoever acts in a meeting of one side (a hearing, talks, a summit) without being that side
is the one it met. The relative clause must follow the meeting noun and the phrases it
governs directly, and its pronoun must agree with the noun ("in der" a feminine noun).
"""

from __future__ import annotations

from typing import Final

from spacy.tokens import Doc

from lagebild.events.clauses import PREPOSITION_TAGS, Chunk, Clause, attached_phrases
from lagebild.events.recipients import distinct
from lagebild.events.subjects import subject
from lagebild.events.words import Word
from lagebild.lexicon import noun_genera
from lagebild.model import EventActor

#: Dative relative pronouns after a preposition and the genders of the singular nouns they
#: may stand for ("denen": any plural).
_RELATIVE_GENDERS: Final = {"der": frozenset({"f"}), "dem": frozenset({"m", "n"})}
_PLURAL_RELATIVE: Final = "denen"


def partner_in_relative(
    doc: Doc,
    clause: Clause,
    clauses: list[Clause],
    chunk: Chunk,
    word: Word,
    actor: EventActor | None,
) -> EventActor | None:
    """The subject of the relative clause on the meeting noun ``word``, if another side."""
    if actor is None:
        return None
    attached = attached_phrases(clause, chunk.last, clause.chunks)
    end = attached[-1].last if attached else chunk.last
    for relative in clauses:
        pronoun = _relative_pronoun(clause, relative)
        if pronoun is None or pronoun.i <= end:
            continue
        # only a comma (cut out of the clauses) or a year may stand between: "im Dezember 2007,"
        between = (clause.by_position.get(i) for i in range(end + 1, pronoun.i - 1))
        if any(w is not None and w.tag != "CARD" for w in between):
            continue
        if not _agrees(pronoun, word):
            return None
        _, partner = subject(doc, relative, clauses)
        return partner if partner is not None and distinct(partner, actor) else None
    return None


def _relative_pronoun(clause: Clause, relative: Clause) -> Word | None:
    """The pronoun of a relative clause opened by a preposition ("in der", "bei dem"), which
    the clause split may leave with the clause before."""
    words = relative.words
    if relative is clause or not relative.subordinate or not words:
        return None
    if words[0].tag == "PRELS":
        before = clause.by_position.get(words[0].i - 1)
        return words[0] if before is not None and before.tag in PREPOSITION_TAGS else None
    if len(words) > 1 and words[0].tag in PREPOSITION_TAGS and words[1].tag == "PRELS":
        return words[1]
    return None


def _agrees(pronoun: Word, noun: Word) -> bool:
    if pronoun.lower == _PLURAL_RELATIVE:
        return noun.text != noun.lemma
    genders = _RELATIVE_GENDERS.get(pronoun.lower)
    return (
        genders is not None
        and noun.text == noun.lemma
        and (noun_genera().get(noun.lemma) in genders)
    )
