"""Build ``lagebild/linguistics/data/hanta_words.bin``: HanTa's analyses of frequent words.

For the most frequent German words of wordfreq's "large" list (CC BY-SA 4.0 data; install
with ``pip install 'lagebild[build]'``) this runs HanTa's two morpheme searches once -- the
tag scores of a word HanTa's lexicon lacks, and the segmentation behind each lemma -- and
stores the results (see :mod:`lagebild.linguistics.word_table`). Deterministic; about two
minutes on one process (102 s for 296,942 words in session 18)::

    nice .venv/bin/python scripts/build_word_table.py              # 300,000 words
    nice .venv/bin/python scripts/build_word_table.py --words 50000 --output /tmp/t.bin
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from HanTa.HanoverTagger import UNKNOWN

from lagebild.linguistics.hanta_fast import FastHanoverTagger
from lagebild.linguistics.tagger import HANTA_MODEL, MAX_HANTA_WORD_CHARS
from lagebild.linguistics.word_table import (
    TABLE_PATH,
    Row,
    TagScores,
    encode_scores,
    encode_segmentations,
    write_words,
)

#: Letter cases a word is scored in by the sentence search: sentence-initial (case ignored),
#: capitalised and lower-case inside a sentence.
_CASE_SETTINGS = ((False, False), (True, True), (True, False))
_CHUNK = 500
#: The tagger of a worker process (set by ``_start_worker``).
_WORKER: dict[str, FastHanoverTagger] = {}


def candidate_tags(tagger: FastHanoverTagger, forward: TagScores) -> list[int]:
    """Tags of ``forward`` that pass the sentence search's cut-off in some letter case."""
    kept: list[int] = []
    for case_sensitive, upcase in _CASE_SETTINGS:
        word = "X" if upcase else "x"
        for tag, _ in tagger.candidate_scores(word, forward, case_sensitive):
            if tag not in kept:
                kept.append(tag)
    return kept


def analyse(tagger: FastHanoverTagger, word: str) -> Row:
    """The table row of one lower-cased word."""
    forward_blob = None
    if word in tagger.cache:
        tags = [tag for tag, _ in tagger.cache[word]]
    else:
        forward = [(tag, float(lp)) for tag, lp in tagger.analyze_forward(word)]
        tags = candidate_tags(tagger, forward)
        # HanTa's order is kept: ties in the later sort resolve as without the table.
        forward_blob = encode_scores([(tag, lp) for tag, lp in forward if tag in tags])
    segmentations = {}
    for tag in tags:
        target = -tag
        if tag != UNKNOWN and target not in tagger.atomic_class:
            segmentations[target] = [
                (int(t), int(end)) for t, end in tagger.analyze_viterbi(word, target)
            ]
    return word, forward_blob, encode_segmentations(segmentations)


def _start_worker() -> None:
    _WORKER["tagger"] = FastHanoverTagger(HANTA_MODEL)


def _analyse_chunk(words: list[str]) -> list[Row]:
    tagger = _WORKER["tagger"]
    return [analyse(tagger, word) for word in words]


def frequent_words(count: int) -> list[str]:
    """wordfreq's ``count`` most frequent German words that are words (letters, inner
    hyphens), lower-cased as HanTa's searches see them."""
    from wordfreq import top_n_list

    words = []
    for word in top_n_list("de", count, wordlist="large"):
        letters = word.replace("-", "")
        hyphen_inside = not word.startswith("-") and not word.endswith("-")
        short = len(word) <= MAX_HANTA_WORD_CHARS
        if letters.isalpha() and hyphen_inside and short and word == word.lower():
            words.append(word)
    return words


def _chunks(words: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(words), _CHUNK):
        yield words[start : start + _CHUNK]


def build(output: Path, count: int, processes: int) -> dict[str, Any]:
    words = frequent_words(count)
    started = time.perf_counter()
    rows: list[Row] = []
    with multiprocessing.get_context("fork").Pool(processes, initializer=_start_worker) as pool:
        for chunk in pool.imap(_analyse_chunk, _chunks(words)):
            rows.extend(chunk)
            print(f"\r{len(rows):,} / {len(words):,} words", end="", file=sys.stderr)
    print(file=sys.stderr)
    write_words(rows, output)
    return {
        "words": len(words),
        "seconds": round(time.perf_counter() - started, 1),
        "megabytes": round(output.stat().st_size / 1e6, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=300_000, help="wordfreq words to take")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--output", type=Path, default=TABLE_PATH)
    arguments = parser.parse_args()
    print(build(arguments.output, arguments.words, arguments.processes))


if __name__ == "__main__":
    main()
