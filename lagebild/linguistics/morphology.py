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

from lagebild.linguistics.mood import (
    FormFeatures,
    MoodFeatures,
    Morphemes,
    form_features,
    resolve_ich,
)
from lagebild.linguistics.separable import find_particle, reunited_lemma
from lagebild.linguistics.tagger import MORPHEMES_KEY
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
_VERB_TAGS = _FINITE | _NONFINITE.keys()


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


#: How many verb forms a GermanMorphology keeps the features of (a few MB at most).
MAX_CACHED_FORMS = 50_000


class GermanMorphology:
    def __init__(self) -> None:
        #: the features of each finite verb form met: (word, lemma, segments) -> features
        self.form_features: dict[tuple[str, str, Morphemes | None], FormFeatures] = {}
        register_token_extensions()
        from lagebild.linguistics.tagger import register_token_extensions as tagger_extensions

        tagger_extensions()

    def __call__(self, doc: Doc) -> Doc:
        # one array read instead of a Token object per token (most tokens are no verbs); the
        # verbs' features are read from these strings too
        tags = doc_strings(doc, TAG)
        words, lemmas = doc_words(doc), doc_strings(doc, LEMMA)
        verbs = [i for i, tag in enumerate(tags) if tag in _VERB_TAGS]
        self._set_verb_forms(doc, verbs, tags, words, lemmas)
        finite = [i for i in verbs if tags[i] in _FINITE]
        particles: dict[int, int] = {}
        doc.user_data[PARTICLES_KEY] = particles
        if not finite:
            return doc
        sentence_ends = _sentence_ends(doc)
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

    def _set_verb_forms(
        self, doc: Doc, verbs: list[int], tags: list[str], words: list[str], lemmas: list[str]
    ) -> None:
        """``token.morph`` of the ``verbs`` (doc indices): a Token is made only to set it;
        each of the few distinct analyses (a verb form, a mood and tense) is made once, and
        a form's features are worked out once."""
        morphemes = doc.user_data.get(MORPHEMES_KEY)
        known = self.form_features
        if len(known) > MAX_CACHED_FORMS:
            known.clear()
        nonfinite: dict[str, MorphAnalysis] = {}
        finite: dict[FormFeatures, MorphAnalysis] = {}
        for i in verbs:
            tag = tags[i]
            if tag in _FINITE:
                form = (words[i], lemmas[i], morphemes[i] if morphemes is not None else None)
                features = known.get(form)
                if features is None:
                    features = known[form] = form_features(*form)
                key = (resolve_ich(features[0], words, i), features[1])
                analysis = finite.get(key)
                if analysis is None:
                    analysis = finite[key] = MorphAnalysis(doc.vocab, MoodFeatures(*key).as_ud())
            else:
                analysis = nonfinite.get(tag)
                if analysis is None:
                    verb_form = {"VerbForm": _NONFINITE[tag]}
                    analysis = nonfinite[tag] = MorphAnalysis(doc.vocab, verb_form)
            doc[i].morph = analysis


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
