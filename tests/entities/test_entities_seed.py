"""The seed article through the whole pipeline: every gold entity, code and mention."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from lagebild.model import Entity

SEED_ID = "000_520c29f28ee48caa"


def _shared() -> Path | None:
    try:
        from lagebild.paths import shared_dir
    except ImportError:
        candidate = Path(__file__).resolve().parents[2] / ".." / "shared"
        return candidate if candidate.is_dir() else None
    return shared_dir()


@pytest.fixture(scope="module")
def seed() -> tuple[dict, str, list[Entity]]:
    shared = _shared()
    if shared is None or not (shared / "seed" / f"{SEED_ID}.gold.json").exists():
        pytest.skip("shared seed data not available")
    from lagebild.pipeline import Analyzer
    from lagebild.readers.document import Document

    text = (shared / "seed" / f"{SEED_ID}.txt").read_text("utf-8")
    gold = json.loads((shared / "seed" / f"{SEED_ID}.gold.json").read_text("utf-8"))
    doc = Analyzer().annotate(Document(id=SEED_ID, text=text, published="2022-01-10"))
    return gold, doc.text, doc._.entities


def _spans(text: str, needle: str) -> list[tuple[int, int]]:
    """Where a gold mention (a substring with context words) occurs, whitespace folded."""
    pattern = r"\s+".join(re.escape(word) for word in needle.split())
    return [(match.start(), match.end()) for match in re.finditer(pattern, text)]


def _entity_for(text: str, gold_entity: dict, entities: list[Entity]) -> Entity | None:
    """Each gold mention votes for the entity of its most overlapping system mention
    (as the official scorer does: "NATO-Ukraine-Kommission" is the commission's, though
    its "NATO" part is a NATO mention)."""
    votes: dict[str, int] = {}
    for mention in gold_entity["mentions"]:
        for start, end in _spans(text, mention):
            overlaps = [
                (min(end, m.end) - max(start, m.start), entity.id)
                for entity in entities
                if entity.type == gold_entity["type"]
                for m in entity.mentions
                if m.start < end and start < m.end
            ]
            if overlaps:
                best_id = max(overlaps)[1]
                votes[best_id] = votes.get(best_id, 0) + 1
    best = max(votes, key=votes.get) if votes else None
    return next((e for e in entities if e.id == best), None)


def test_every_gold_entity_with_type_code_and_affiliation(seed):
    gold, text, entities = seed
    for gold_entity in gold["entities"]:
        found = _entity_for(text, gold_entity, entities)
        assert found is not None, gold_entity["canonical"]
        assert found.name == gold_entity["canonical"]
        assert found.code == gold_entity.get("code")
        assert found.affiliation == gold_entity.get("affiliation")


def test_gold_mentions_land_in_their_entity(seed):
    gold, text, entities = seed
    total = right = 0
    for gold_entity in gold["entities"]:
        found = _entity_for(text, gold_entity, entities)
        for mention in gold_entity["mentions"]:
            total += 1
            right += found is not None and any(
                m.start < end and start < m.end
                for start, end in _spans(text, mention)
                for m in found.mentions
            )
    assert right / total >= 0.95


def test_seed_must_and_must_not(seed):
    _, _, entities = seed
    names = {e.name for e in entities}
    assert {"Wendy Sherman", "Sergej Ryabkow", "Jens Stoltenberg", "Olga Stefanischyna"} <= names
    ryabkow = next(e for e in entities if e.name == "Sergej Ryabkow")
    assert {"Ryabkow", "Rjabkow"} <= set(ryabkow.variants)
    assert not any("Osterweiterung" in m.text for e in entities for m in e.mentions)
    assert not any(m.text == "Genf" for e in entities for m in e.mentions)  # a place here
    ids = [e.id for e in entities]
    assert ids == [f"E{n}" for n in range(1, len(ids) + 1)]
    for entity in entities:
        for mention in entity.mentions:
            assert mention.text and mention.end > mention.start
