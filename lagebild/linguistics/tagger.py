"""Part of speech and lemmas for German with the Hanover Tagger (HanTa).

Per sentence, HanTa gives each word an STTS tag, a lemma and its morpheme segments. This
component writes ``token.tag_`` (STTS as in TIGER/UD German, "VAFIN" rather than HanTa's
"VA(FIN)"), ``token.pos_`` (Universal POS, from ``data/stts_upos.tsv`` refined by context
following UD German GSD: haben/modal verbs without a verb to support are VERB, not AUX) and
``token.lemma_``. HanTa lower-cases inside names and after hyphens ("USA" -> "Usa",
"Ukraine-Krise" -> "Ukraine-krise"); noun and name lemmas take back the case of the form.

HanTa's searches run as re-implemented in :mod:`lagebild.linguistics.hanta_fast` (same
results, about 1.8 times faster); tags, UPOS and lemmas are written to the Doc in one array.

Token extension set here: ``Token._.hanta_morphemes`` -- HanTa's morpheme segments,
e.g. ``(("hätt", "VA_VAR"), ("en", "SUF_FIN"))``, read by the morphology component. They are
kept as one list per Doc (``Doc.user_data``) and read through a getter: setting an extension
on every token costs more than the tag, lemma and UPOS arrays together.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy
from spacy.attrs import IS_SPACE, LEMMA, POS, TAG
from spacy.language import Language
from spacy.symbols import IDS as UPOS_IDS
from spacy.tokens import Doc, Token

from lagebild.linguistics.clause_tags import correct_clause_tags
from lagebild.linguistics.dateline_split import report_start
from lagebild.linguistics.frequent_forms import Analysis, Candidates
from lagebild.linguistics.phrase_tags import correct_phrase_tags, participle_lemma
from lagebild.linguistics.resources import (
    pronoun_lemmas,
    proper_noun_lemmas,
    separable_particles,
    stts_to_upos,
    upos_overrides,
)
from lagebild.linguistics.statistical import StatisticalTagger
from lagebild.pipeline import doc_words, remember_strings

HANTA_MODEL = "morphmodel_ger.pgz"
#: Words whose analyses the tagger keeps by default (see ``GermanTagger``).
DEFAULT_CACHED_WORDS = 50_000

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
#: Where the tagger keeps a Doc's morpheme segments (one entry per token).
MORPHEMES_KEY = "lagebild.hanta_morphemes"


def token_morphemes(token: Token) -> tuple[tuple[str, str], ...] | None:
    """HanTa's morpheme segments of ``token`` (None before tagging and for whitespace)."""
    morphemes = token.doc.user_data.get(MORPHEMES_KEY)
    return morphemes[token.i] if morphemes is not None else None


def register_token_extensions() -> None:
    if not Token.has_extension("hanta_morphemes"):
        Token.set_extension("hanta_morphemes", getter=token_morphemes)


@Language.factory(
    "lagebild_tagger",
    requires=["token.is_sent_start"],
    assigns=["token.tag", "token.pos", "token.lemma"],
    default_config={
        "statistical": False,
        "max_cached_words": DEFAULT_CACHED_WORDS,
        "word_table": True,
        "unknown_words": True,
        "frequent_forms": True,
    },
)
def make_tagger(
    nlp: Language,
    name: str,
    statistical: bool,
    max_cached_words: int,
    word_table: bool,
    unknown_words: bool,
    frequent_forms: bool,
) -> GermanTagger:
    return GermanTagger(
        statistical=statistical,
        max_cached_words=max_cached_words,
        word_table=word_table,
        unknown_words=unknown_words,
        frequent_forms=frequent_forms,
    )


class GermanTagger:
    """Loads the HanTa model once and tags every sentence of a Doc.

    With ``word_table`` (the default), frequent words HanTa's lexicon lacks are looked up in
    the precomputed table of :mod:`lagebild.linguistics.word_table` instead of analysed; with
    ``unknown_words`` as well (the default), other compounds and numbers are analysed from
    known words (:mod:`lagebild.linguistics.unknown_words`). With both, and
    ``frequent_forms`` (the default), the analyses of frequent word forms are read from the
    file of :mod:`lagebild.linguistics.frequent_forms` at their first sight instead of
    computed (the same results, computed by the same code ahead of time).
    With ``statistical`` (an experiment, off by default: faster, less accurate), the words
    HanTa's lexicon lacks are scored by the small CNN of
    :mod:`lagebild.linguistics.statistical` instead of HanTa's morpheme analysis for every tag.
    """

    def __init__(
        self,
        statistical: bool = False,
        max_cached_words: int = DEFAULT_CACHED_WORDS,
        word_table: bool = True,
        unknown_words: bool = True,
        frequent_forms: bool = True,
    ) -> None:
        from lagebild.linguistics.frequent_forms import FrequentForms
        from lagebild.linguistics.hanta_fast import FastHanoverTagger
        from lagebild.linguistics.word_table import WordTable

        register_token_extensions()
        # Every per-word cache is bounded relative to ``max_cached_words`` (a word has a
        # few (stem, tag) analyses), so one number sets where memory levels off.
        self.hanta = FastHanoverTagger(
            HANTA_MODEL,
            max_cached_words=max_cached_words,
            word_table=WordTable() if word_table else None,
            unknown_words=unknown_words and word_table,
        )
        # The stored forms were computed with the word table and unknown words on.
        self.frequent_forms = (
            FrequentForms() if frequent_forms and word_table and unknown_words else None
        )
        # Analyses per form and HanTa tag, read ahead for the document being tagged.
        self.read_ahead: dict[str, dict[int, Analysis]] = {}
        self.statistical: StatisticalTagger | None = None
        if statistical:
            self.statistical = StatisticalTagger(self.hanta)
        self.upos = stts_to_upos()
        self.upos_overrides = upos_overrides()
        self.pronoun_lemmas = pronoun_lemmas()
        self.proper_noun_lemmas = proper_noun_lemmas()
        self.particle_upos = separable_particles()
        # HanTa's makelemma scans its whole suffix table per call; stems repeat a lot.
        self.make_lemma = lru_cache(maxsize=2 * max_cached_words)(self._make_lemma)
        # News repeats words: tag, lemma and morphemes follow from (form, HanTa's tag), one
        # look-up per token.
        self.word_analysis = lru_cache(maxsize=4 * max_cached_words)(self._word_analysis)

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        bounds = (
            [(s.start, s.end) for s in doc.sents]
            if doc.has_annotation("SENT_START")
            else [(0, len(doc))]
        )
        texts = doc_words(doc)
        self.prefetch_new_words(texts)
        spaces = doc.to_array(IS_SPACE).tolist()
        tags = ["_SP"] * len(doc)
        lemmas = list(texts)
        upos = ["SPACE"] * len(doc)
        morphemes: list[tuple[tuple[str, str], ...] | None] = [None] * len(doc)
        predicted = self.statistical.log_probabilities(doc) if self.statistical else None
        for start, end in bounds:
            words = [i for i in range(start, end) if not spaces[i]]
            if words:
                self.tag_words(words, texts, tags, lemmas, upos, morphemes, predicted)
        annotations = annotation_array(doc, tags, upos, lemmas)
        # the stub wants thinc's Ints2d; spaCy reads any 2-d integer numpy array
        doc.from_array([TAG, POS, LEMMA], annotations)  # type: ignore[arg-type]
        remember_strings(doc, TAG, annotations[:, 0], tags)
        remember_strings(doc, LEMMA, annotations[:, 2], lemmas)
        doc.user_data[MORPHEMES_KEY] = morphemes
        return doc

    def prefetch_new_words(self, texts: list[str]) -> None:
        """Read the precomputed analyses of the words the sentence search has not met yet
        (the word table's rows are read as they are asked for)."""
        table = self.hanta.word_table
        if table is None:
            return
        table.new_document()
        known = self.hanta.word_candidates
        new_words = {
            text
            for text in set(texts)
            if (text, True) not in known and (text, False) not in known and not text.isspace()
        }
        self.read_frequent_forms(new_words)

    def read_frequent_forms(self, words: set[str]) -> None:
        """Read ahead the stored candidates and analyses of those of ``words`` the file of
        frequent forms holds (they replace those of the document before)."""
        candidates: dict[tuple[str, bool], Candidates] = {}
        self.hanta.read_ahead = candidates
        self.read_ahead = {}
        if self.frequent_forms is None:
            return
        record = self.frequent_forms.record
        for word in words:
            found = record(word)
            if found is not None:
                candidates[(word, False)], candidates[(word, True)], self.read_ahead[word] = found

    def tag_words(
        self,
        words: list[int],
        texts: list[str],
        tags: list[str],
        lemmas: list[str],
        upos: list[str],
        morphemes: list[tuple[tuple[str, str], ...] | None],
        predicted: numpy.ndarray | None = None,
    ) -> None:
        """Tag the words (doc indices, no whitespace tokens) of one sentence in place; with
        ``predicted`` (the statistical tagger's log p(tag) per doc token), its scores stand in
        for HanTa's analysis of the words HanTa's lexicon lacks."""
        forms = [texts[i] for i in words]
        hanta_forms = [hanta_form(form) for form in forms]
        if predicted is None or self.statistical is None:
            found = self.search_sentence(hanta_forms)
        else:
            lexicon, normalize, emissions = (
                self.hanta.cache,
                self.hanta.normalize,
                self.statistical.emissions,
            )
            scores = [
                {}
                if normalize(form) in lexicon
                else emissions(predicted[i], form[0].isupper() if k else None)
                for k, (i, form) in enumerate(zip(words, hanta_forms, strict=True))
            ]
            found = self.hanta.tag_sent_viterbi(hanta_forms, True, scores)
        word_analysis = self.word_analysis
        sentence_tags = []
        for i, form, hanta_tag in zip(words, forms, found, strict=True):
            tags[i], lemmas[i], morphemes[i] = word_analysis(form, hanta_tag)
            sentence_tags.append(tags[i])
        for k in correct_clause_tags(forms, sentence_tags):
            tags[words[k]] = sentence_tags[k]
        for k in correct_phrase_tags(forms, sentence_tags):
            tags[words[k]] = sentence_tags[k]
            if sentence_tags[k] == "ADJA":
                lemmas[words[k]] = participle_lemma(forms[k])
        for k, i in enumerate(words):
            upos[i] = self.universal_pos(texts[i], tags[i], lemmas[i], sentence_tags, k)

    def search_sentence(self, forms: list[str]) -> list[int]:
        """HanTa's tags of one sentence's words. After a dateline opening it ("Rabat – In
        Marokko …") the report is searched again as a sentence of its own, whose first word
        may then be a capitalised function word ("In") rather than a name or a foreign word;
        the dateline keeps the tags of the whole sentence's search (alone, a place name
        there often reads as unknown, XY). A capitalised word the whole sentence's search
        took for a name keeps that tag where the report's own search reads it as a foreign
        word: that search's sentence start makes HanTa read capitalised English name words
        ("Vienna Insurance Group") as FM."""
        found = self.hanta.tag_sent_viterbi(forms, True)
        split = report_start(forms)
        if split:
            name, foreign = self.hanta.tag2int["NE"], self.hanta.tag2int["FM"]
            report = self.hanta.tag_sent_viterbi(forms[split:], True)
            for k, tag in enumerate(report, split):
                if not (tag == foreign and found[k] == name and forms[k][:1].isupper()):
                    found[k] = tag
        return found

    def _word_analysis(self, form: str, hanta_tag: int) -> Analysis:
        """STTS tag, lemma and HanTa's morpheme segments of a word the sentence search gave
        HanTa's tag number ``hanta_tag`` (HanTa's ``tag_sent`` at tag level 3, per word).

        All of it strings in tuples: the garbage collector stops tracking such cache entries,
        where lists would be walked again by every full collection (tens of thousands of them
        once the cache is full, most of a full collection's time)."""
        stored = self.read_ahead.get(form)
        if stored is not None and hanta_tag in stored:
            return stored[hanta_tag]
        stem, word_morphemes, hanta_name = self.hanta.analyze_stem(hanta_form(form), hanta_tag)
        tag = punctuation_tag(form) or stts_tag(hanta_name)
        return tag, self.lemma(form, stem, hanta_name, tag), word_morphemes

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

    def universal_pos(
        self, form: str, tag: str, lemma: str, sentence_tags: list[str], position: int
    ) -> str:
        """UPOS of the word at ``position`` of a sentence with STTS tags ``sentence_tags``."""
        upos = self.upos_overrides.get((tag, lemma)) or self.upos.get(tag, "X")
        if tag == "NN" and lemma in self.proper_noun_lemmas:
            return "PROPN"
        if tag == "PTKVZ":
            return self.particle_upos.get(form.lower(), "ADV")
        if tag in ("VAFIN", "VMFIN") and lemma not in ("sein", "werden"):
            # haben and modal verbs are auxiliaries only where they support another verb.
            supported = _PARTICIPLES if lemma == "haben" else _INFINITIVES | _PARTICIPLES
            if not _supports_verb(sentence_tags, position, supported):
                upos = "VERB"
        return upos


def annotation_array(
    doc: Doc, tags: list[str], upos: list[str], lemmas: list[str]
) -> numpy.ndarray:
    """The TAG, POS and LEMMA columns of ``doc`` for one ``Doc.from_array`` (one array write
    instead of three string setters per token). Each distinct string is added to the string
    store once: a news article repeats most of its tags and many of its lemmas."""
    add = doc.vocab.strings.add
    tag_ids = {tag: add(tag) for tag in set(tags)}
    lemma_ids = {lemma: add(lemma) for lemma in set(lemmas)}
    size = len(tags)
    values = numpy.empty((size, 3), dtype="uint64")
    values[:, 0] = numpy.fromiter(map(tag_ids.__getitem__, tags), "uint64", size)
    values[:, 1] = numpy.fromiter(map(UPOS_IDS.__getitem__, upos), "uint64", size)
    values[:, 2] = numpy.fromiter(map(lemma_ids.__getitem__, lemmas), "uint64", size)
    return values


def _supports_verb(tags: list[str], position: int, supported: set[str]) -> bool:
    """A verb of ``supported`` form follows in the same clause, or directly precedes (V-final)."""
    if position > 0 and tags[position - 1] in supported:
        return True
    for tag in tags[position + 1 :]:
        if tag in _CLAUSE_END:
            return False
        if tag in supported:
            return True
    return False


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
    if form.startswith(lemma):  # most nouns: nothing to restore
        return lemma
    chars = list(lemma)
    for i, (lemma_char, form_char) in enumerate(zip(lemma, form, strict=False)):
        if lemma_char.lower() != form_char.lower():
            break
        chars[i] = form_char
    return "".join(chars)


register_token_extensions()
