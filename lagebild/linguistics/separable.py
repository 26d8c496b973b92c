"""Separable verbs reunited: "räumte … ein" -> "einräumen".

A finite verb in second (or first) position leaves its particle at the end of the clause.
For each finite verb we look ahead to the end of its clause (a comma, sentence punctuation,
a quote mark, bracket or dash, a coordinating conjunction, or the next finite verb) for a
particle: a token tagged PTKVZ, or a word from ``data/separable_particles.tsv`` that closes
the clause although HanTa tagged it as a preposition, adverb or article.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.linguistics.resources import separable_particles

_CLAUSE_BOUNDARY_TAGS = {"$,", "$.", "$(", "KON"}
_FINITE = {"VVFIN", "VAFIN", "VMFIN"}
_MISTAGGED_PARTICLE_TAGS = {"APPR", "ADV", "ART", "ADJD", "APZR"}
#: Verbs whose finite forms do not take a separated particle in practice.
_NO_PARTICLE_LEMMAS = {"sein", "werden"}


def find_particle(verb: Token, sentence: Span) -> Token | None:
    """The separated particle of a finite verb, or None."""
    if verb.tag_ not in _FINITE or verb.lemma_ in _NO_PARTICLE_LEMMAS or verb.tag_ == "VMFIN":
        return None
    particles = separable_particles()
    clause: list[Token] = []
    for token in sentence[verb.i - sentence.start + 1 :]:
        if token.is_space:
            continue
        if token.tag_ in _CLAUSE_BOUNDARY_TAGS or token.tag_ in _FINITE:
            break
        clause.append(token)
    for token in clause:
        if token.tag_ == "PTKVZ":
            return token
    if clause:
        last = clause[-1]
        if last.tag_ in _MISTAGGED_PARTICLE_TAGS and last.lower_ in particles and len(clause) > 1:
            return last
    return None


def reunited_lemma(verb: Token, particle: Token) -> str:
    prefix = particle.lower_
    lemma = verb.lemma_
    return lemma if lemma.startswith(prefix) else prefix + lemma
