"""Separable verbs reunited: "räumte … ein" -> "einräumen".

A finite verb in second (or first) position leaves its particle at the end of the clause.
For each finite verb we look ahead to the end of its clause (a comma, sentence punctuation,
a quote mark, bracket or dash, a coordinating conjunction, or the next finite verb) for a
particle: a token tagged PTKVZ, or a word from ``data/separable_particles.tsv`` that closes
the clause although HanTa tagged it as a preposition, adverb or article.
"""

from __future__ import annotations

from lagebild.linguistics.resources import separable_particles

_CLAUSE_BOUNDARY_TAGS = {"$,", "$.", "$(", "KON"}
_FINITE = {"VVFIN", "VAFIN", "VMFIN"}
_MISTAGGED_PARTICLE_TAGS = {"APPR", "ADV", "ART", "ADJD", "APZR"}
#: Verbs whose finite forms do not take a separated particle in practice.
_NO_PARTICLE_LEMMAS = {"sein", "werden"}


def find_particle(verb: int, end: int, words: list[str], tags: list[str], lemma: str) -> int | None:
    """The doc index of the separated particle of the finite verb at doc index ``verb``
    (lemma ``lemma``) in a sentence that ends before ``end``, or None. Read from the Doc's
    token texts and tags (:func:`lagebild.pipeline.doc_words`, ``doc_strings``): the
    morphology component asks it of every finite verb."""
    tag = tags[verb]
    if tag not in _FINITE or lemma in _NO_PARTICLE_LEMMAS or tag == "VMFIN":
        return None
    clause: list[int] = []
    for k in range(verb + 1, end):
        if words[k].isspace():  # ``token.is_space``
            continue
        tag = tags[k]
        if tag in _CLAUSE_BOUNDARY_TAGS or tag in _FINITE:
            break
        if tag == "PTKVZ":
            return k
        clause.append(k)
    if len(clause) > 1:
        last = clause[-1]
        if tags[last] in _MISTAGGED_PARTICLE_TAGS and words[last].lower() in separable_particles():
            return last
    return None


def reunited_lemma(lemma: str, particle: str) -> str:
    """The verb's ``lemma`` with its separated ``particle`` (the particle's text) in front."""
    prefix = particle.lower()
    return lemma if lemma.startswith(prefix) else prefix + lemma
