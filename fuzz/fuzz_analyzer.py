"""Fuzz the analyzer: bytes -> decoded text -> Analyzer().analyze, checking offsets and JSON.

Run: scripts/fuzz.sh analyzer 60   (or python fuzz/fuzz_analyzer.py -max_total_time=60)
"""

from __future__ import annotations

import sys
from functools import cache

import atheris

with atheris.instrument_imports(include=["lagebild"]):
    import importlib

    from lagebild.model import Analysis
    from lagebild.pipeline import COMPONENTS, Analyzer
    from lagebild.readers.document import Document

    for _, component_module in COMPONENTS:  # the pipeline imports them lazily
        importlib.import_module(component_module)

# Short German pieces the fuzzer splices in, so it reaches quotes, entities and events.
_PIECES = (
    "„",
    "“",
    "»",
    "«",
    "‚",
    "‘",
    '"',
    " sagte ",
    " Scholz ",
    " Russland ",
    " Berlin ",
    " am Montag ",
    ". ",
    "\n\n",
    " die Regierung ",
    " kritisierte ",
    ", ",
    " 2022 ",
)
_MAX_CHARS = 2_000


@cache
def analyzer() -> Analyzer:
    """Built once, on the first input (building the pipeline takes seconds)."""
    return Analyzer()


def text_of(data: bytes) -> str:
    """Bytes as text: odd bytes pick a German piece, the rest decode as UTF-8."""
    provider = atheris.FuzzedDataProvider(data)
    parts: list[str] = []
    while provider.remaining_bytes() and sum(map(len, parts)) < _MAX_CHARS:
        if provider.ConsumeBool():
            parts.append(_PIECES[provider.ConsumeIntInRange(0, len(_PIECES) - 1)])
        else:
            parts.append(provider.ConsumeBytes(8).decode("utf-8", errors="replace"))
    return "".join(parts)[:_MAX_CHARS]


def test_one_input(data: bytes) -> None:
    text = text_of(data)
    analysis = analyzer().analyze(Document(id="fuzz", text=text, published="2022-01-10"))
    assert analysis.text == text
    for entity in analysis.entities:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text, mention
    for quote in analysis.quotes:
        assert text[quote.start : quote.end] == quote.text, quote
    for date in analysis.dates:
        assert text[date.start : date.end] == date.text, date
    for event in analysis.events:
        assert text[event.trigger.start : event.trigger.end] == event.trigger.text, event
    for sentence in analysis.sentences:
        assert 0 <= sentence.start < sentence.end <= len(text), sentence
    assert Analysis.model_validate_json(analysis.model_dump_json()) == analysis


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
