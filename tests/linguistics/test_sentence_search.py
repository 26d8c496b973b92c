"""The compiled sentence search gives exactly the tags of the Python one."""

from __future__ import annotations

import pickle
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lagebild.linguistics.compiled_search import compiled_sentence_search
from lagebild.linguistics.hanta_fast import FastHanoverTagger
from lagebild.linguistics.tagger import HANTA_MODEL
from lagebild.linguistics.word_table import WordTable

pytest.importorskip(
    "lagebild.linguistics._hanta_search",
    reason="the compiled sentence search is not built (no C compiler or Cython at install)",
)

SEED = Path(__file__).resolve().parents[2] / "examples" / "seed.txt"
HAND_BUILT = [
    ["Nein"],
    ["Die", "USA", "warnen", "Russland", "."],
    # Words no lexicon knows take any tag: rows grow past the first buffer.
    ["Xqzvbrt", "flimmerte", *["Gnarzquolk"] * 40, "."],
    ["Am", "10.", "Januar", "2022", "zählten", "die", "Behörden", "1.234", "Tote", "."],
    ["Sie", "sagte", ",", "man", "werde", "das", "prüfen", ",", "sagte", "sie", "."],
]


@pytest.fixture(scope="module")
def tagger() -> FastHanoverTagger:
    fast = FastHanoverTagger(HANTA_MODEL, word_table=WordTable(), unknown_words=True)
    assert fast.compiled_search is not None
    return fast


def seed_sentences() -> list[list[str]]:
    words = re.findall(r"\w+(?:[-.]\w+)*|[^\w\s]", SEED.read_text(encoding="utf-8"))
    sentences, current = [], []
    for word in words:
        current.append(word)
        if word in {".", "!", "?"}:
            sentences.append(current)
            current = []
    return sentences + ([current] if current else [])


def test_compiled_and_python_search_tag_running_text_alike(tagger: FastHanoverTagger) -> None:
    sentences = seed_sentences() + HAND_BUILT
    assert len(sentences) > 20
    for words in sentences:
        python = tagger._python_sentence_search(words, True, None)
        assert tagger.tag_sent_viterbi(words) == python, words


def test_compiled_search_survives_pickling(tagger: FastHanoverTagger) -> None:
    search = compiled_sentence_search(tagger.LP_trans_word)
    copy = pickle.loads(pickle.dumps(search))
    words = [tagger._word_candidates(word, i > 0) for i, word in enumerate(HAND_BUILT[1])]
    assert copy.search(words) == search.search(words)
    assert copy.search([]) is None


def test_environment_switches_the_compiled_search_off(
    tagger: FastHanoverTagger, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LAGEBILD_NO_EXTENSIONS", "1")
    assert compiled_sentence_search(tagger.LP_trans_word) is None
    monkeypatch.setenv("LAGEBILD_NO_EXTENSIONS", "0")
    assert compiled_sentence_search(tagger.LP_trans_word) is not None


def test_words_without_candidates_take_any_tag_alike(tagger: FastHanoverTagger) -> None:
    # A word HanTa can only call UNKNOWN has no candidates: every tag is open to it, so each
    # row holds hundreds of states and the compiled search grows its buffers.
    for case_sensitive in (True, False):
        tagger.word_candidates[("Qwrkx", case_sensitive)] = ((), ())
    words = ["Die", *["Qwrkx"] * 30, "warnen", "."]
    assert tagger.tag_sent_viterbi(words) == tagger._python_sentence_search(words, True, None)


VOCABULARY = sorted({word for sentence in seed_sentences() for word in sentence}) + [
    "Xqzvbrt",
    "Gnarzquolk",
    "3:1",
    "Ukraine-Krise",
    "USA",
    "sie",
    "Sie",
    "—",
    "☺",
]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(words=st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=30))
def test_any_sentence_is_tagged_as_in_python(tagger: FastHanoverTagger, words: list[str]) -> None:
    assert tagger.tag_sent_viterbi(words) == tagger._python_sentence_search(words, True, None)
