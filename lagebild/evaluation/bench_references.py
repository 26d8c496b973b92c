"""Reference speeds ``lagebild bench`` measures on the same texts as the whole analysis.

- spaCy's bare German tokenizer (``spacy.blank("de")``): the floor of what any spaCy-based
  pipeline costs, fresh in each pass as the analysis's pipeline is (its warm speed beside it);
- HanTa tagging alone, as published (``HanoverTagger.tag_sent``, tags and lemmas): what a
  German user without lagebild would run. Each pass starts from a fresh tagger, so HanTa
  meets every word for the first time, as the analysis does in its passes.

Each figure is tokens per CPU second, the median of ``repeat`` passes.
"""

from __future__ import annotations

import statistics
import time
from typing import Any


def tokenizer_speed(texts: list[str], repeat: int) -> dict[str, Any]:
    """Tokens per CPU second of spaCy's bare German tokenizer (median of passes).

    Each pass starts from a fresh tokenizer, as each of the analysis's passes starts from a
    fresh pipeline: both meet every chunk of text for the first time (``tokens_per_cpu_s``,
    the reference). A second pass over the same tokenizer, its cache holding every chunk of
    these texts, is reported beside it (``warm_tokens_per_cpu_s``): a bound no pipeline
    meets on new text."""
    import spacy

    cold: list[float] = []
    warm: list[float] = []
    tokens = 0
    for _ in range(repeat):
        tokenizer = spacy.blank("de").tokenizer
        for seconds in (cold, warm):
            start = time.process_time()
            tokens = sum(len(tokenizer(text)) for text in texts)
            seconds.append(time.process_time() - start)
    return {
        "tokens": tokens,
        "tokens_per_cpu_s": tokens / max(statistics.median(cold), 1e-9),
        "warm_tokens_per_cpu_s": tokens / max(statistics.median(warm), 1e-9),
    }


def hanta_speed(sentences: list[list[str]], repeat: int) -> dict[str, Any]:
    """Tokens per CPU second of plain HanTa tagging and lemmatising ``sentences`` (median of
    passes, each with a freshly loaded tagger; loading is not timed)."""
    from HanTa.HanoverTagger import HanoverTagger

    from lagebild.linguistics.tagger import HANTA_MODEL, hanta_form

    words = [[hanta_form(word) for word in sentence] for sentence in sentences if sentence]
    tokens = sum(map(len, words))
    passes = []
    for _ in range(repeat):
        tagger = HanoverTagger(HANTA_MODEL)
        start = time.process_time()
        for sentence in words:
            tagger.tag_sent(sentence, taglevel=1)
        passes.append(time.process_time() - start)
    return {"tokens": tokens, "tokens_per_cpu_s": tokens / max(statistics.median(passes), 1e-9)}


def sentences_of(texts: list[str]) -> list[list[str]]:
    """The texts' sentences as lagebild splits them, as lists of words (no whitespace)."""
    from lagebild.pipeline import build_pipeline
    from lagebild.readers.document import Document

    nlp = build_pipeline(upto="lagebild_sentences")
    sentences = []
    for number, text in enumerate(texts):
        doc = nlp.make_doc(text)
        doc._.document = Document(id=str(number), text=text)
        for _, component in nlp.pipeline:
            doc = component(doc)
        sentences += [[token.text for token in sent if not token.is_space] for sent in doc.sents]
    return [sentence for sentence in sentences if sentence]
