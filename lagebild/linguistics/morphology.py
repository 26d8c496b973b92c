"""Verb mood (Konjunktiv I/II), verb forms, and separable verbs reunited.

Sets ``token.morph`` for verbs: finite verbs get ``VerbForm=Fin`` with ``Mood`` and, where the
form shows it, ``Tense`` (see :mod:`lagebild.linguistics.mood`: ``Mood=Sub`` is a clear
Konjunktiv, ``Mood=Ind,Sub`` a form that reads both ways, e.g. "zählten"); infinitives get
``VerbForm=Inf``, participles ``VerbForm=Part``.

Separable verbs: a finite verb whose particle stands at the end of its clause gets the full
lemma ("räumte Rjabkow ein" -> ``einräumen``, "wies … zurück" -> ``zurückweisen``), and the
two tokens are linked through Token extensions registered here:

* ``Token._.separable_particle`` -- on the verb: the doc index of its particle, else None;
* ``Token._.particle_of`` -- on the particle: the doc index of its verb, else None;
  both read from one map per Doc (:func:`recorded_particles`).

So the span "räumte … ein" is ``doc[verb.i]`` plus ``doc[verb._.separable_particle]``.
"""

from __future__ import annotations

from bisect import bisect_right

import numpy
from spacy.attrs import LEMMA, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc, MorphAnalysis, Token

from lagebild.linguistics.mood import MoodFeatures, finite_verb_features
from lagebild.linguistics.separable import find_particle, reunited_lemma
from lagebild.pipeline import doc_strings, doc_words, remember_strings

_NONFINITE = {
    "VVINF": "Inf",
    "VAINF": "Inf",
    "VMINF": "Inf",
    "VVIZU": "Inf",
    "VVPP": "Part",
    "VAPP": "Part",
    "VMPP": "Part",
}
_FINITE = {"VVFIN", "VAFIN", "VMFIN"}


#: Where a Doc's separable verbs are kept: {doc index of the verb: doc index of its particle}.
PARTICLES_KEY = "lagebild.separable_particles"


def recorded_particles(doc: Doc) -> dict[int, int]:
    """The Doc's separable verbs and their particles (empty before this component ran)."""
    return doc.user_data.get(PARTICLES_KEY, {})


def _particle_of_verb(token: Token) -> int | None:
    return recorded_particles(token.doc).get(token.i)


def _verb_of_particle(token: Token) -> int | None:
    return next((v for v, p in recorded_particles(token.doc).items() if p == token.i), None)


def register_token_extensions() -> None:
    # Read through getters from one map per Doc: readers of every token (the event rules)
    # then need no Token object per token.
    if not Token.has_extension("separable_particle"):
        Token.set_extension("separable_particle", getter=_particle_of_verb)
    if not Token.has_extension("particle_of"):
        Token.set_extension("particle_of", getter=_verb_of_particle)


@Language.factory(
    "lagebild_morphology",
    requires=["token.tag"],
    assigns=["token.morph", "token.lemma"],
)
def make_morphology(nlp: Language, name: str) -> GermanMorphology:
    return GermanMorphology()


class GermanMorphology:
    def __init__(self) -> None:
        register_token_extensions()
        from lagebild.linguistics.tagger import register_token_extensions as tagger_extensions

        tagger_extensions()

    def __call__(self, doc: Doc) -> Doc:
        # one array read instead of a Token object per token (most tokens are no verbs)
        tags = doc_strings(doc, TAG)
        nonfinite = {
            name: MorphAnalysis(doc.vocab, {"VerbForm": _NONFINITE[name]})
            for name in set(tags)
            if name in _NONFINITE
        }
        finite = []
        # a verb's features are one of a few moods and tenses: each analysis is made once
        analyses: dict[MoodFeatures, MorphAnalysis] = {}
        for i, tag in enumerate(tags):
            if tag in _FINITE:
                finite.append(i)
                token = doc[i]
                features = finite_verb_features(token)
                analysis = analyses.get(features)
                if analysis is None:
                    analysis = analyses[features] = MorphAnalysis(doc.vocab, features.as_ud())
                token.morph = analysis
            elif tag in nonfinite:
                doc[i].morph = nonfinite[tag]
        particles: dict[int, int] = {}
        doc.user_data[PARTICLES_KEY] = particles
        if not finite:
            return doc
        sentence_ends = _sentence_ends(doc)
        words, lemmas = doc_words(doc), doc_strings(doc, LEMMA)
        reunited: dict[int, str] = {}
        for i in finite:
            end = sentence_ends[bisect_right(sentence_ends, i)]
            particle = find_particle(i, end, words, tags, lemmas[i])
            if particle is not None:
                reunited[i] = reunited_lemma(lemmas[i], words[particle])
                particles[i] = particle
        if reunited:
            _set_lemmas(doc, lemmas, reunited)
        return doc


def _sentence_ends(doc: Doc) -> list[int]:
    """The end of each sentence, as ``sentence.end`` of ``doc.sents`` (the whole Doc where
    no sentence starts are set), from one array read rather than a Span per sentence."""
    opens = doc.to_array(SENT_START)[1:] == 1  # uint64: -1 wrapped
    return [*(numpy.flatnonzero(opens) + 1).tolist(), len(doc)]


def _set_lemmas(doc: Doc, lemmas: list[str], reunited: dict[int, str]) -> None:
    """Give the tokens their ``reunited`` lemmas in place of ``lemmas`` (the tagger's), and
    keep all lemmas as :func:`doc_strings` reads them: the later stages read every lemma,
    and a few changed ones would otherwise have them look up all of them again."""
    lemmas = list(lemmas)  # doc_strings' list is shared
    for i, lemma in reunited.items():
        doc[i].lemma_ = lemmas[i] = lemma
    remember_strings(doc, LEMMA, doc.to_array(LEMMA), lemmas)


register_token_extensions()
