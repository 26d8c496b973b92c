"""Property tests: the analyzer's invariants hold on generated German-ish texts."""

from __future__ import annotations

import pytest
from hardening_invariants import check_offsets, check_sentences
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lagebild.model import Analysis
from lagebild.pipeline import Analyzer
from lagebild.readers.document import Document

WORDS = (
    "die",
    "der",
    "Regierung",
    "Bundeskanzler",
    "Scholz",
    "Baerbock",
    "Russland",
    "Ukraine",
    "Berlin",
    "Moskau",
    "NATO",
    "sagte",
    "erklärte",
    "kritisierte",
    "forderte",
    "drohte",
    "Sanktionen",
    "am",
    "Montag",
    "im",
    "Januar",
    "gestern",
    "nicht",
    "und",
    "dass",
    "habe",
    "werde",
    "Präsident",
    "Putin",
    "Truppen",
    "Grenze",
    "Gespräche",
    "Kiew",
    "USA",
    "er",
    "sie",
    "Minister",
    "zufolge",
    "laut",
    "Außenministerin",
    "Verhandlungen",
    "abgelehnt",
)
MARKS = (
    "„",
    "“",
    "»",
    "«",
    "‚",
    "‘",
    '"',
    "'",
    ",",
    ".",
    ":",
    "!",
    "?",
    "(",
    ")",
    "–",
    "\n",
    "\n\n",
    "\u200b",
    "…",
)
NUMBERS = st.integers(min_value=0, max_value=3000).map(str) | st.sampled_from(
    ("10.01.2022", "3,5", "1.000", "24.", "2022")
)
PIECES = st.sampled_from(WORDS) | st.sampled_from(MARKS) | NUMBERS
TEXTS = st.lists(PIECES, min_size=0, max_size=60).map(" ".join) | st.lists(PIECES, max_size=40).map(
    "".join
)
SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def _analyse(analyzer: Analyzer, text: str) -> Analysis:
    return analyzer.analyze(Document(id="prop", text=text, published="2022-01-10"))


@SETTINGS
@given(text=TEXTS)
def test_offsets_are_inside_and_match(analyzer: Analyzer, text: str) -> None:
    analysis = _analyse(analyzer, text)
    assert analysis.text == text
    check_offsets(analysis)


@SETTINGS
@given(text=TEXTS)
def test_sentences_ordered_and_disjoint(analyzer: Analyzer, text: str) -> None:
    check_sentences(_analyse(analyzer, text))


@SETTINGS
@given(text=TEXTS)
def test_mentions_well_formed(analyzer: Analyzer, text: str) -> None:
    analysis = _analyse(analyzer, text)
    ids = [entity.id for entity in analysis.entities]
    assert len(ids) == len(set(ids)), ids
    for entity in analysis.entities:
        for mention in entity.mentions:
            assert mention.start < mention.end, mention
            assert mention.text.strip() == mention.text or mention.text.strip(), mention


@SETTINGS
@given(text=TEXTS)
def test_json_round_trip_and_determinism(analyzer: Analyzer, text: str) -> None:
    first = _analyse(analyzer, text)
    assert Analysis.model_validate_json(first.model_dump_json()) == first
    assert _analyse(analyzer, text).model_dump_json() == first.model_dump_json()
