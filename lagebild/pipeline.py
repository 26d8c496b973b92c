"""The analysis pipeline: spaCy's German language class with lagebild's components.

Each component is a ``Doc -> Doc`` factory registered with spaCy, declaring in
``requires``/``assigns`` what it reads and sets; ``nlp.analyze_pipes`` checks the order
when the pipeline is built. Annotations live on ``Doc._`` extensions as the typed records
of :mod:`lagebild.model`, with character offsets into ``doc.text``.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import numpy
import spacy
from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, LENGTH, LIKE_NUM, LOWER
from spacy.language import Language
from spacy.tokens import Doc

from lagebild import __version__
from lagebild.errors import ErrorCode, LagebildError
from lagebild.model import Analysis, Provenance
from lagebild.readers.document import Document

#: The components, in order. Each module registers its factory on import.
COMPONENTS: tuple[tuple[str, str], ...] = (
    ("lagebild_structure", "lagebild.structure"),
    ("lagebild_sentences", "lagebild.linguistics.sentences"),
    ("lagebild_tagger", "lagebild.linguistics.tagger"),
    ("lagebild_morphology", "lagebild.linguistics.morphology"),
    ("lagebild_entities", "lagebild.entities.component"),
    ("lagebild_places", "lagebild.places"),
    ("lagebild_dates", "lagebild.dates"),
    ("lagebild_quotes", "lagebild.quotes.component"),
    ("lagebild_events", "lagebild.events.component"),
)

#: Environment variable choosing the tagger: unset or "hanta" (default), "hanta-table" (no
#: analyses of unknown words from known ones), "hanta-search" (no precomputed word table
#: either) or "statistical" (an experiment: a CNN scores the words HanTa lacks,
#: :mod:`lagebild.linguistics.statistical`).
TAGGER_ENV = "LAGEBILD_TAGGER"
#: Taggers ``build_pipeline`` knows (see there).
TAGGERS = ("hanta", "hanta-table", "hanta-search", "statistical")

#: Whitespace-separated chunks whose tokens spaCy's tokenizer remembers (its default, 10,000,
#: is full after a few dozen news articles; every later new chunk then goes through the affix
#: regexes again). A chunk's tokens do not depend on the cache: it only saves the search.
TOKENIZER_CACHED_CHUNKS = 200_000

#: The lexical attributes the pipeline's words get, the only ones lagebild reads of its Docs
#: (``token.is_space``/``to_array(IS_SPACE)``, ``.is_punct``, ``.is_alpha``, ``.like_num``,
#: ``.lower_``). spaCy computes every attribute its language knows (shape, norm, prefix,
#: suffix, stop word, URL …) in Python for each new word form, a good part of the tokenizer's
#: time; the statistical NER and tagger, which read NORM, PREFIX, SUFFIX and SHAPE, copy the
#: words into their own model's vocabulary. Reading another attribute means adding it here.
LEXEME_ATTRIBUTES_READ: tuple[int, ...] = (LOWER, IS_SPACE, IS_PUNCT, IS_ALPHA, LIKE_NUM)

#: Doc extensions the components fill; (name, default factory).
DOC_EXTENSIONS: tuple[str, ...] = (
    "document",
    "structure",
    "entities",
    "places",
    "focus_country",
    "focus_clear",
    "dates",
    "quotes",
    "events",
)


#: Where :func:`doc_text` keeps a Doc's text (in ``Doc.user_data``, which lives as long as the Doc).
TEXT_KEY = "lagebild.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined from the tokens once per Doc: spaCy joins it anew on every access
    (about 100 µs for a news article), and the stages read it many times."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


#: Where :func:`doc_words` keeps a Doc's token texts.
WORDS_KEY = "lagebild.words"


def doc_words(doc: Doc) -> list[str]:
    """The token texts, read once per Doc: ``words[i]`` costs a list look-up where
    ``doc[i].text`` makes a Token object each time. Token texts never change once the
    tokenizer made the Doc (no stage merges or splits tokens)."""
    words = doc.user_data.get(WORDS_KEY)
    if words is None or len(words) != len(doc):
        text = doc_text(doc)
        starts, ends = [], []
        if len(doc):
            # two flat lists: pairs from a 2-d array's ``tolist`` cost a list per token
            columns = doc.to_array([IDX, LENGTH])
            starts, ends = columns[:, 0].tolist(), (columns[:, 0] + columns[:, 1]).tolist()
        words = doc.user_data[WORDS_KEY] = [text[a:b] for a, b in zip(starts, ends, strict=True)]
    return words


#: Where :func:`doc_offsets` keeps a Doc's token offsets.
OFFSETS_KEY = "lagebild.offsets"


def doc_offsets(doc: Doc) -> list[int]:
    """``token.idx`` of every token, read once per Doc (as :func:`doc_words`)."""
    offsets = doc.user_data.get(OFFSETS_KEY)
    if offsets is None or len(offsets) != len(doc):
        offsets = doc.user_data[OFFSETS_KEY] = doc.to_array(IDX).tolist() if len(doc) else []
    return offsets


#: Where :func:`doc_strings` keeps an attribute's strings (the attribute's number appended).
STRINGS_KEY = "lagebild.strings."


def doc_strings(doc: Doc, attribute: int) -> list[str]:
    """One string attribute (``TAG``, ``LEMMA`` …) of every token, from one array read; ""
    where it is unset. The hashes are numbered by ``numpy.unique`` first: turning each 64-bit
    hash into a Python int costs more than the look-ups.

    Tags and lemmas change from stage to stage, so the strings are kept with the hashes they
    were read from and read anew only where the hashes changed: comparing the hashes costs
    little beside the look-ups, and the tags the morphology, entity and event stages read are
    mostly the same. The list is shared: do not change it."""
    if not len(doc):
        return []
    column = doc.to_array(attribute)
    hashes_read = column.tobytes()
    key = STRINGS_KEY + str(attribute)
    kept = doc.user_data.get(key)
    if kept is not None and kept[0] == hashes_read:
        return kept[1]
    hashes, numbers = numpy.unique(column, return_inverse=True)
    strings = doc.vocab.strings
    names = [strings[code] for code in hashes.tolist()]
    found = [names[number] for number in numbers.tolist()]
    doc.user_data[key] = (hashes_read, found)
    return found


def remember_strings(doc: Doc, attribute: int, column: numpy.ndarray, strings: list[str]) -> None:
    """Keep ``strings`` as what :func:`doc_strings` reads of ``attribute``, for a stage that
    has just written that column (the hashes ``column``, as ``doc.to_array`` gives them)
    from these very strings: the first reader then need not look them up again."""
    doc.user_data[STRINGS_KEY + str(attribute)] = (column.astype("uint64").tobytes(), strings)


def register_extensions() -> None:
    """Declare the Doc/Token extensions (idempotent; spaCy keeps them on the class)."""
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while the models load or one document is
    analysed; it is left as it was, also on an exception (and left off if it was off).

    Loading creates millions of long-lived objects (word lists, the tagger's model, the
    knowledge base); the collector would walk them over and over during the load (a third
    of the load time) only to find them alive. An analysis makes thousands of containers
    per article; the collector would run two or three young collections in the middle of
    it, each walking the Doc's live lists and tables (~4 % of the analysis time on news).
    Back on after the analysis, it starts one collection of its own at the next allocation
    (choosing the generation as it always does), which walks only what outlives the call
    and finds the analysis's cycles just the same, so memory stays level.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def thaw_frozen_objects() -> None:
    """Undo :func:`freeze_loaded_models` of an earlier build and collect: a pipeline that a
    process built before and has dropped since (tests, the benchmark) is freed now."""
    if gc.get_freeze_count():
        gc.unfreeze()
        gc.collect()


def freeze_loaded_models() -> None:
    """Move every object alive now, the loaded models above all, out of the collector's reach.

    A full collection walks every object the collector tracks; with the models loaded, each
    one took ~0.1-0.2 s and came every hundred articles or so, about a tenth of the analysis
    time, only to find the models alive (``gc.freeze``, the pattern of pre-forking servers;
    forked workers also keep the frozen pages shared). Frozen objects are never collected,
    so the next :func:`build_pipeline` in the same process thaws them first.
    """
    gc.freeze()


def keep_read_lexeme_attributes(nlp: Language) -> None:
    """Let the vocabulary compute only :data:`LEXEME_ATTRIBUTES_READ` for new word forms
    (the few hundred made while the tokenizer loaded keep all of theirs)."""
    vocab: Any = nlp.vocab  # spaCy's stub lacks ``lex_attr_getters`` (public in vocab.pxd)
    getters = vocab.lex_attr_getters
    vocab.lex_attr_getters = {attr: getters[attr] for attr in LEXEME_ATTRIBUTES_READ}


def build_pipeline(
    upto: str | None = None, tagger: str | None = None, tagger_cached_words: int | None = None
) -> Language:
    """Build the German pipeline, optionally only up to (and including) component ``upto``.

    ``tagger`` is "hanta" (HanTa, frequent words looked up in its precomputed word table,
    other compounds and numbers analysed from known words), "hanta-table" (table, no heads),
    "hanta-search" (HanTa searching every word, the reference for the table) or
    "statistical"; by default ``$LAGEBILD_TAGGER``, else "hanta".
    ``tagger_cached_words`` bounds the tagger's word caches (default: the tagger's own).
    """
    import importlib
    import os

    register_extensions()
    tagger = tagger or os.environ.get(TAGGER_ENV) or "hanta"
    if tagger not in TAGGERS:
        raise ValueError(f"unknown tagger {tagger!r} ({', '.join(TAGGERS)}, ${TAGGER_ENV})")
    tagger_config: dict[str, Any] = {
        "statistical": tagger == "statistical",
        "word_table": tagger != "hanta-search",
        "unknown_words": tagger == "hanta",
    }
    if tagger_cached_words is not None:
        tagger_config["max_cached_words"] = tagger_cached_words
    configs = {"lagebild_tagger": tagger_config}
    thaw_frozen_objects()
    with collector_paused():
        nlp = spacy.blank("de")
        keep_read_lexeme_attributes(nlp)
        nlp.tokenizer.max_cache_size = TOKENIZER_CACHED_CHUNKS  # type: ignore[union-attr]
        for name, module in COMPONENTS:
            importlib.import_module(module)
            nlp.add_pipe(name, config=configs.get(name, {}))
            if name == upto:
                break
    analysis = nlp.analyze_pipes()
    assert analysis is not None  # typed Optional, but spaCy always returns the analysis
    problems = analysis["problems"]
    if any(problems.values()):
        raise LagebildError(ErrorCode.E030, detail=str({k: v for k, v in problems.items() if v}))
    freeze_loaded_models()
    return nlp


class Analyzer:
    """Loads the models once and analyses any number of documents."""

    def __init__(self, nlp: Language | None = None) -> None:
        self.nlp = nlp or build_pipeline()

    def make_doc(self, document: Document) -> Doc:
        doc = self.nlp.make_doc(document.text)
        doc._.document = document
        # spaCy's tokenizer is lossless (its tokens and spaces join to the text it was
        # given): keep that text rather than join it again at the first ``doc_text``.
        doc.user_data[TEXT_KEY] = document.text
        return doc

    def annotate(self, document: Document) -> Doc:
        with collector_paused():
            doc = self.make_doc(document)
            for _, proc in self.nlp.pipeline:
                doc = proc(doc)
        return doc

    def analyze(self, document: Document, with_tokens: bool = False) -> Analysis:
        # the Doc is dropped before the collector is back on: its collection then walks less
        with collector_paused():
            doc = self.annotate(document)
            analysis = to_analysis(doc, self.nlp.pipe_names, with_tokens=with_tokens)
            del doc
        return analysis

    def analyze_many(
        self, documents: Iterable[Document], with_tokens: bool = False
    ) -> Iterator[Analysis]:
        for document in documents:
            yield self.analyze(document, with_tokens=with_tokens)


def to_analysis(doc: Doc, pipeline: list[str], with_tokens: bool = False) -> Analysis:
    """Collect the Doc's annotations into the public :class:`Analysis` record."""
    from lagebild.linguistics.export import sentences_of, tokens_of
    from lagebild.model import Structure

    document: Document = doc._.document
    return Analysis(
        id=document.id,
        source=document.source,
        url=document.url,
        title=document.title,
        author=document.author,
        published=document.published,
        text=doc_text(doc),
        structure=doc._.structure or Structure(),
        sentences=sentences_of(doc),
        tokens=tokens_of(doc) if with_tokens else None,
        entities=doc._.entities or [],
        quotes=doc._.quotes or [],
        events=doc._.events or [],
        places=doc._.places or [],
        focus_country=doc._.focus_country,
        dates=doc._.dates or [],
        provenance=Provenance(lagebild_version=__version__, pipeline=list(pipeline)),
    )
