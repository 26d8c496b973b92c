"""Reference speeds for ``lagebild bench``: bare spaCy tokenizer and HanTa tagging alone.

Tokens per CPU second on the first N 10kGNAD test articles (the issue compares the whole
analysis against both). HanTa runs as published (``plain``), with the per-word memo of
lagebild's tagger (``memo``), and as lagebild runs it (``fast_memo``: the same searches in
:mod:`lagebild.linguistics.hanta_fast`, same memo). Usage:
``.venv/bin/python scripts/speed_baselines.py 1028``.
"""

from __future__ import annotations

import json
import sys
import time
from functools import lru_cache

from HanTa import HanoverTagger

from lagebild.evaluation.bench import NEWS_CSV, read_news
from lagebild.linguistics.hanta_fast import FastHanoverTagger
from lagebild.linguistics.tagger import HANTA_MODEL, memoize_word_analyses
from lagebild.paths import shared_dir
from lagebild.pipeline import build_pipeline
from lagebild.readers.document import Document


def main(articles: int) -> None:
    shared = shared_dir()
    if shared is None:
        sys.exit("shared data not found")
    texts = read_news(shared / NEWS_CSV, articles)
    nlp = build_pipeline(upto="lagebild_sentences")
    timings = []
    for _ in range(3):
        start = time.process_time()
        tokens = sum(len(nlp.make_doc(text)) for text in texts)
        timings.append(time.process_time() - start)
    sentences = []
    for number, text in enumerate(texts):
        doc = nlp.make_doc(text)
        doc._.document = Document(id=str(number), text=text)
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        sentences += [[t.text for t in s if not t.is_space] for s in doc.sents]
    sentences = [words for words in sentences if words]
    words = sum(map(len, sentences))
    result = {"tokens": tokens, "tokenizer_tokens_per_cpu_s": round(tokens / min(timings))}
    for label in ("plain", "memo", "fast_memo"):
        if label == "fast_memo":
            hanta = FastHanoverTagger(HANTA_MODEL)
            memoize_word_analyses(hanta)
        else:
            hanta = HanoverTagger.HanoverTagger(HANTA_MODEL)
        if label == "memo":  # the per-word memo alone, on HanTa's own searches
            for method in ("_tag_word", "analyze_viterbi"):
                setattr(hanta, method, lru_cache(maxsize=100_000)(getattr(hanta, method)))
        start = time.process_time()
        for words_of_sentence in sentences:
            hanta.tag_sent(words_of_sentence, taglevel=3)
        result[f"hanta_{label}_tokens_per_cpu_s"] = round(words / (time.process_time() - start))
    print(json.dumps(result))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
