"""Build ``lagebild/linguistics/data/hanta_forms.bin``: the tagger's analyses of frequent forms.

For the most frequent German words of wordfreq's "large" list (CC BY-SA 4.0 data; install
with ``pip install 'lagebild[build]'``), lower-case and capitalised, this computes what a
fresh tagger computes at a form's first sight -- the sentence search's candidate tags and
scores, case-blind and case-sensitive, and the tag, lemma and morphemes for each candidate
tag -- with the tagger's own code, and stores it (see :mod:`lagebild.linguistics.frequent_forms`).
Rebuild it whenever the tagger, its word table or HanTa's model change. Deterministic; about
half a minute on one core (60,000 words, 118,938 forms, 23.5 MB)::

    nice .venv/bin/python scripts/build_frequent_forms.py                 # 60,000 words
    nice .venv/bin/python scripts/build_frequent_forms.py --words 1000 --output /tmp/f.bin
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from lagebild.linguistics.frequent_forms import FORMS_PATH, encode_record, write_forms
from lagebild.linguistics.tagger import GermanTagger

_CHUNK = 500
#: The tagger of a worker process (set by ``_start_worker``).
_WORKER: dict[str, GermanTagger] = {}


def word_forms(words: list[str]) -> list[str]:
    """The forms in which text writes the lower-case ``words``: as they are and capitalised
    (a sentence's first word, nouns, names), each once, in order."""
    forms = {}
    for word in words:
        forms[word] = None
        forms[word[:1].upper() + word[1:]] = None
    return list(forms)


def analyse(tagger: GermanTagger, form: str) -> tuple[str, bytes]:
    """The record of one form: what the tagger computes for it, as it computes it."""
    hanta = tagger.hanta
    case_blind = hanta.computed_candidates(form, False)
    case_sensitive = hanta.computed_candidates(form, True)
    tags = sorted(set(case_blind[0]) | set(case_sensitive[0]))
    analyses = [(tag, tagger._word_analysis(form, tag)) for tag in tags]
    return form, encode_record(form, case_blind, case_sensitive, analyses)


def _start_worker() -> None:
    # Computed, never read from an earlier file of forms.
    _WORKER["tagger"] = GermanTagger(frequent_forms=False)


def _analyse_chunk(forms: list[str]) -> list[tuple[str, bytes]]:
    tagger = _WORKER["tagger"]
    return [analyse(tagger, form) for form in forms]


def _chunks(forms: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(forms), _CHUNK):
        yield forms[start : start + _CHUNK]


def build(output: Path, count: int, processes: int) -> dict[str, Any]:
    from build_word_table import frequent_words

    forms = word_forms(frequent_words(count))
    started = time.perf_counter()
    records = []
    with multiprocessing.get_context("fork").Pool(processes, initializer=_start_worker) as pool:
        for rows in pool.imap(_analyse_chunk, _chunks(forms)):
            records.extend(rows)
            print(f"\r{len(records):,} / {len(forms):,} forms", end="", file=sys.stderr)
    print(file=sys.stderr)
    written = write_forms(records, output)
    return {
        "forms": written,
        "seconds": round(time.perf_counter() - started, 1),
        "megabytes": round(output.stat().st_size / 1e6, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=60_000, help="wordfreq words to take")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--output", type=Path, default=FORMS_PATH)
    arguments = parser.parse_args()
    print(build(arguments.output, arguments.words, arguments.processes))


if __name__ == "__main__":
    main()
