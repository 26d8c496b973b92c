"""Part of speech and lemmas for German with the Hanover Tagger (HanTa).

Per sentence, HanTa gives each word an STTS tag, a lemma and its morpheme segments. This
component writes ``token.tag_`` (STTS as in TIGER/UD German, "VAFIN" rather than HanTa's
"VA(FIN)"), ``token.pos_`` (Universal POS, from ``data/stts_upos.tsv`` refined by context
following UD German GSD: haben/modal verbs without a verb to support are VERB, not AUX) and
``token.lemma_``. HanTa lower-cases inside names and after hyphens ("USA" -> "Usa",
"Ukraine-Krise" -> "Ukraine-krise"); noun and name lemmas take back the case of the form.

Token extension set here: ``Token._.hanta_morphemes`` -- HanTa's morpheme segments,
e.g. ``[("hätt", "VA_VAR"), ("en", "SUF_FIN")]``, read by the morphology component.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from lagebild.linguistics.resources import (
    pronoun_lemmas,
    proper_noun_lemmas,
    separable_particles,
    stts_to_upos,
    upos_overrides,
)

HANTA_MODEL = "morphmodel_ger.pgz"

#: HanTa tags that are not plain STTS.
_HANTA_TO_STTS = {"NNA": "NN", "NNI": "NN", "UNKNOWN": "XY", "PIDAT": "PIAT"}
_PUNCT_ONLY = re.compile(r"^[^\w\s]+$")
_SENTENCE_PUNCT = {".", "!", "?", ";", ":", "…"}
_VERB_TO_SUPPORT = {"VVPP", "VAPP", "VMPP", "VVINF", "VAINF", "VMINF", "VVIZU"}
# Longer tokens are not words HanTa can segment in reasonable time (see hanta_form).
MAX_HANTA_WORD_CHARS = 64
_KEEP_FORM_AS_LEMMA = {"CARD", "FM", "XY", "$(", "$,", "$.", "TRUNC"}
_PRONOUN_TAGS = {"PPER", "PRF", "PIS", "PIAT", "PIDAT", "PDS", "PDAT"}
_PARTICIPLES = {"VVPP", "VAPP", "VMPP"}
_INFINITIVES = {"VVINF", "VAINF", "VMINF"}
_CLAUSE_END = {"$,", "$."}


def register_token_extensions() -> None:
    if not Token.has_extension("hanta_morphemes"):
        Token.set_extension("hanta_morphemes", default=None)


@Language.factory(
    "lagebild_tagger",
    requires=["token.is_sent_start"],
    assigns=["token.tag", "token.pos", "token.lemma"],
)
def make_tagger(nlp: Language, name: str) -> GermanTagger:
    return GermanTagger()


class GermanTagger:
    """Loads the HanTa model once and tags every sentence of a Doc."""

    def __init__(self) -> None:
        from HanTa import HanoverTagger

        register_token_extensions()
        self.hanta = HanoverTagger.HanoverTagger(HANTA_MODEL)
        memoize_word_analyses(self.hanta)
        self.upos = stts_to_upos()
        self.upos_overrides = upos_overrides()
        self.pronoun_lemmas = pronoun_lemmas()
        self.proper_noun_lemmas = proper_noun_lemmas()
        self.particle_upos = separable_particles()
        # HanTa's makelemma scans its whole suffix table per call; stems repeat a lot.
        self.make_lemma = lru_cache(maxsize=100_000)(self._make_lemma)

    def __call__(self, doc: Doc) -> Doc:
        sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        for sentence in sentences:
            self.tag_sentence(sentence)
        return doc

    def tag_sentence(self, sentence: Span) -> None:
        words = [t for t in sentence if not t.is_space]
        for token in sentence:
            if token.is_space:
                token.tag_, token.pos_, token.lemma_ = "_SP", "SPACE", token.text
        if not words:
            return
        analyses = self.hanta.tag_sent([hanta_form(t.text) for t in words], taglevel=3)
        for token, (_, stem, morphemes, hanta_tag) in zip(words, analyses, strict=True):
            tag = punctuation_tag(token.text) or stts_tag(hanta_tag)
            token.tag_ = tag
            token._.hanta_morphemes = morphemes
            token.lemma_ = self.lemma(token.text, stem, hanta_tag, tag)
        for token in words:
            token.pos_ = self.universal_pos(token, words)

    def lemma(self, form: str, stem: str, hanta_tag: str, tag: str) -> str:
        if tag in _KEEP_FORM_AS_LEMMA or not stem or len(form) > MAX_HANTA_WORD_CHARS:
            return form
        if (tag in _PRONOUN_TAGS or tag == "ADJA") and form.lower() in self.pronoun_lemmas:
            return self.pronoun_lemmas[form.lower()]
        lemma = self.make_lemma(stem, hanta_tag)
        if tag in ("NN", "NE"):
            lemma = restore_case(lemma, form)
        return lemma

    def _make_lemma(self, stem: str, hanta_tag: str) -> str:
        return str(self.hanta.makelemma([stem], hanta_tag))

    def universal_pos(self, token: Token, words: list[Token]) -> str:
        tag = token.tag_
        upos = self.upos_overrides.get((tag, token.lemma_)) or self.upos.get(tag, "X")
        if tag == "NN" and token.lemma_ in self.proper_noun_lemmas:
            return "PROPN"
        if tag == "PTKVZ":
            return self.particle_upos.get(token.text.lower(), "ADV")
        if tag in ("VAFIN", "VMFIN") and token.lemma_ not in ("sein", "werden"):
            # haben and modal verbs are auxiliaries only where they support another verb.
            supported = _PARTICIPLES if token.lemma_ == "haben" else _INFINITIVES | _PARTICIPLES
            if not _supports_verb(token, words, supported):
                upos = "VERB"
        return upos


def _supports_verb(token: Token, words: list[Token], supported: set[str]) -> bool:
    """A verb of ``supported`` form follows in the same clause, or directly precedes (V-final)."""
    position = words.index(token)
    if position > 0 and words[position - 1].tag_ in supported:
        return True
    for later in words[position + 1:]:
        if later.tag_ in _CLAUSE_END:
            return False
        if later.tag_ in supported:
            return True
    return False


def memoize_word_analyses(hanta: Any, size: int = 100_000) -> None:
    """Cache HanTa's per-word work on this tagger instance.

    HanTa re-analyses every word outside its small built-in cache on each occurrence; news
    repeats names and compounds, so memoising the two per-word steps (tag candidates and
    morpheme segmentation; pure functions of their arguments, results only read) roughly
    halves the tagging time of an article.
    """
    for method in ("_tag_word", "analyze_viterbi"):
        if hasattr(hanta, method):
            setattr(hanta, method, lru_cache(maxsize=size)(getattr(hanta, method)))


def hanta_form(text: str) -> str:
    """The word as HanTa sees it: over-long tokens cut to their end (German heads are final).

    HanTa's segmentation grows quadratically with word length; a 20,000-character token
    (a URL, base64, a keyboard run) would otherwise tag for hours.
    """
    return text if len(text) <= MAX_HANTA_WORD_CHARS else text[-MAX_HANTA_WORD_CHARS:]


def stts_tag(hanta_tag: str) -> str:
    """HanTa's "VA(FIN)" -> STTS "VAFIN"."""
    tag = hanta_tag.replace("(", "").replace(")", "")
    return _HANTA_TO_STTS.get(tag, tag)


def punctuation_tag(text: str) -> str | None:
    if not _PUNCT_ONLY.match(text):
        return None
    if text == ",":
        return "$,"
    if text in _SENTENCE_PUNCT or set(text) <= {".", "!", "?"}:
        return "$."
    return "$("


def restore_case(lemma: str, form: str) -> str:
    """Give the lemma the letter case of the form where they spell the same ("Usa" -> "USA")."""
    chars = list(lemma)
    for i, (lemma_char, form_char) in enumerate(zip(lemma, form, strict=False)):
        if lemma_char.lower() != form_char.lower():
            break
        chars[i] = form_char
    return "".join(chars)


register_token_extensions()
