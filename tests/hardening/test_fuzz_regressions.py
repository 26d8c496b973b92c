"""Inputs that once crashed or stalled the readers or the analyzer (found by fuzzing)."""

from __future__ import annotations

import time

import pytest
from hardening_invariants import check_analysis

from lagebild.errors import LagebildError
from lagebild.pipeline import Analyzer
from lagebild.readers import Document, parse_input
from lagebild.readers.sources import RawInput


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.mark.parametrize(
    "data, kind",
    [
        (b"\xb6\xe3", "html"),  # trafilatura raised AttributeError on its own logging path
        (b"[" * 100_000 + b"]" * 100_000, "json"),  # RecursionError in json.loads
        (b'{"a":' + b"[" * 100_000 + b"]" * 100_000 + b"}\n", "jsonl"),
        (b'{"text": "Die Regierung sagte \\ud800 heute."}', "json"),  # lone surrogate
    ],
)
def test_readers_never_raise(data: bytes, kind: str) -> None:
    for item in parse_input(RawInput(name="fuzz", data=data, format=kind)):
        assert isinstance(item, Document | LagebildError)
        if isinstance(item, Document):
            item.text.encode("utf-8")
        else:
            assert "fuzz" in item.message


@pytest.mark.parametrize(
    "text",
    [
        "888888888888888888888888888",  # HanTa KeyError -2: wrong UNKNOWN tag id in hanta_speed
        "Die Zahl 1234567890123456789012345 ist groß.",
        "a" * 20_000,  # tagging time grew quadratically with word length
        "Er sagte: „" + "x" * 5_000 + "“.",
        "«““« Scholz , ‚\n\n«(II),\x0bR\ufffd«««",  # an ORG named "(II)": IndexError in events
        " kritisierte ,",  # a comma ending the text: IndexError in quotes.relative_to_noun
    ],
)
def test_analyzer_survives(analyzer: Analyzer, text: str) -> None:
    started = time.monotonic()
    analysis = analyzer.analyze(Document(id="fuzz", text=text, published="2022-01-10"))
    assert time.monotonic() - started < 20
    check_analysis(analysis)
