"""The seed article: all gold quotes with the right speaker and kind, and no false quote."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SEED_TEXT = REPO / "examples" / "seed.txt"


def _shared() -> Path | None:
    try:
        from lagebild.paths import shared_dir
    except ImportError:
        candidate = REPO / ".." / "shared"
        return candidate.resolve() if candidate.is_dir() else None
    return shared_dir()


def _fold(text: str) -> list[str]:
    return " ".join(text.split()).split()


def _overlap(a: str, b: str) -> float:
    left, right = set(_fold(a)), set(_fold(b))
    return len(left & right) / max(1, min(len(left), len(right)))


@pytest.fixture(scope="module")
def seed_quotes():
    from lagebild.pipeline import Analyzer
    from lagebild.readers.document import Document

    analysis = Analyzer().analyze(Document(id="seed", text=SEED_TEXT.read_text(encoding="utf-8")))
    return analysis.quotes


@pytest.fixture(scope="module")
def gold_quotes():
    shared = _shared()
    path = shared / "seed" / "000_520c29f28ee48caa.gold.json" if shared else None
    if path is None or not path.is_file():
        pytest.skip("shared seed gold not available")
    return json.loads(path.read_text(encoding="utf-8"))["quotes"]


def test_seed_must_contain(seed_quotes):
    by_text = {" ".join(q.text.split()): q for q in seed_quotes}
    sherman = next(q for t, q in by_text.items() if t.startswith("In dieser Woche wird Russland"))
    assert sherman.kind == "direct" and sherman.speaker.name.endswith("Sherman")
    continuation = next(q for t, q in by_text.items() if t.startswith("Dazu zählten"))
    assert continuation.kind == "reported_continuation"
    assert "russischen Grenzen" in continuation.text  # the repaired break does not stop it
    warning = next(
        q for t, q in by_text.items() if t.startswith("vor einer militärischen Aggression")
    )
    assert warning.cue.lemma == "warnen"


def test_seed_must_not_contain(seed_quotes):
    texts = [" ".join(q.text.split()) for q in seed_quotes if q.nested_in is None]
    assert "offen und direkt" not in texts  # part of the indirect quote (nested in it only)
    assert "Nicht gelungen, irgendeine Verbesserung zu erzielen" not in texts  # a subheading teaser
    for quote in seed_quotes:
        assert quote.speaker is None or quote.speaker.name not in {
            "sagte",
            "erklärte",
            "Bundeskanzler",
        }


def test_seed_nested_phrase_points_to_its_quote(seed_quotes):
    nested = next(q for q in seed_quotes if q.text == "offen und direkt")
    outer = next(q for q in seed_quotes if q.id == nested.nested_in)
    assert nested.kind == "direct" and outer.kind == "indirect"
    assert outer.start <= nested.start and nested.end <= outer.end
    assert nested.speaker == outer.speaker


def test_seed_against_gold(seed_quotes, gold_quotes):
    # The gold folds quoted phrases into the quote around them: compare top-level quotes.
    seed_quotes = [q for q in seed_quotes if q.nested_in is None]
    used: set[str] = set()
    for gold in gold_quotes:
        candidates = [(q, _overlap(gold["text"], q.text)) for q in seed_quotes if q.id not in used]
        quote, score = max(candidates, key=lambda pair: pair[1])
        assert score >= 0.5, f"missing: {gold['text'][:60]}"
        used.add(quote.id)
        assert quote.kind == gold["kind"], gold["text"][:60]
        assert quote.speaker is not None
        expected = gold["speaker"].split()[-1]
        assert quote.speaker.name.split()[-1] in {expected, expected.replace("y", "j")}, gold[
            "text"
        ][:60]
    assert len(seed_quotes) == len(gold_quotes), "false quotes in the seed"
