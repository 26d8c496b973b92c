"""The compiled morpheme search gives exactly the analyses of the Python one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lagebild.linguistics.hanta_fast import FastHanoverTagger
from lagebild.linguistics.tagger import HANTA_MODEL

pytest.importorskip(
    "lagebild.linguistics._hanta_search",
    reason="the compiled searches are not built (no C compiler or Cython at install)",
)

SEED = Path(__file__).resolve().parents[2] / "examples" / "seed.txt"
# Short words (guessed from the first letter), unknown strings, long compounds, hyphens,
# digits, a word of HanTa's longest length and letters from other scripts.
HAND_BUILT = [
    "zu",
    "xq",
    "abc",
    "gnarz",
    "xqzvbrt",
    "quarkelbrücke",
    "bundesverteidigungsministerin",
    "ukraine-krise",
    "3:1",
    "1.234",
    "co2-ausstoß",
    "a" * 64,
    "kunststoffabfälle",
    "москва",
    "überschwemmungsgebiete",
    "gesprächsbereitschaft",
    "nato-generalsekretär",
]


@pytest.fixture(scope="module")
def tagger() -> FastHanoverTagger:
    fast = FastHanoverTagger(HANTA_MODEL)
    assert fast.compiled_morphemes is not None
    return fast


def words() -> list[str]:
    text = SEED.read_text(encoding="utf-8").lower()
    return sorted(set(re.findall(r"\w+(?:-\w+)*", text))) + HAND_BUILT


def test_forward_analyses_are_the_python_ones(tagger: FastHanoverTagger) -> None:
    checked = 0
    for word in words():
        compiled = tagger.compiled_morphemes.forward(word, False)
        assert compiled == tagger._python_forward(word), word
        checked += bool(compiled)
    assert checked > 200


def test_segmentations_are_the_python_ones(tagger: FastHanoverTagger) -> None:
    all_targets = sorted(tagger.reachability)
    for word in words():
        targets = [-tag for tag, _ in tagger.analyze_forward(word)[:3]] + all_targets[:2]
        for target in targets:
            expected = tagger._python_viterbi(word, target)
            found = None
            for strict in (True, False):
                found = tagger.compiled_morphemes.viterbi(word, target, strict)
                if found is not None:
                    break
            if found is None:  # what analyze_viterbi answers then
                found = [(3, len(word)), (-3, len(word) + 1)]
            assert found == expected, (word, target)


def test_target_hanta_cannot_reach_gives_the_unknown_segmentation(
    tagger: FastHanoverTagger,
) -> None:
    unreachable = max(tagger.reachability) + 1000
    assert tagger.compiled_morphemes.viterbi("haus", unreachable, False) is None
    assert tagger.analyze_viterbi("haus", unreachable) == tagger._python_viterbi(
        "haus", unreachable
    )


LETTERS = "aäbcdefghijklmnoöpqrsßtuüvwxyz-.0123456789éж"


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(word=st.text(alphabet=LETTERS, min_size=1, max_size=24))
def test_any_word_is_analysed_as_in_python(tagger: FastHanoverTagger, word: str) -> None:
    assert tagger.compiled_morphemes.forward(word, False) == tagger._python_forward(word)
    for tag, _ in tagger.analyze_forward(word)[:2]:
        expected = tagger._python_viterbi(word, -tag)
        assert tagger.analyze_viterbi(word, -tag) == expected, word


def test_compiled_search_survives_pickling(tagger: FastHanoverTagger) -> None:
    import pickle

    copy = pickle.loads(pickle.dumps(tagger.compiled_morphemes))
    for word in ("quarkelbrücke", "zu", "bundesverteidigungsministerin"):
        finals = copy.forward(word, False)
        assert finals == tagger.compiled_morphemes.forward(word, False)
        target = finals[0][0]  # the part of speech of the first final state (negative)
        segmentation = copy.viterbi(word, target, False)
        assert segmentation is not None
        assert segmentation == tagger.compiled_morphemes.viterbi(word, target, False)
