"""Must-contain / must-not-contain expectations on the bundled seed article.

These run the whole pipeline, so they also depend on the entity and quote layers.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.model import Analysis

SEED = Path(__file__).resolve().parents[2] / "examples" / "seed.txt"


@pytest.fixture(scope="module")
def seed() -> Analysis:
    from lagebild.pipeline import Analyzer
    from lagebild.readers.document import Document

    return Analyzer().analyze(
        Document(id="seed", text=SEED.read_text(encoding="utf-8"), published="2022-01-10")
    )


def coded(analysis: Analysis) -> set[tuple]:
    return {
        (
            e.type,
            e.actor.code if e.actor else None,
            e.recipient.code if e.recipient else None,
            e.negated,
        )
        for e in analysis.events
    }


@pytest.mark.parametrize(
    "expected",
    [
        ("REQUEST", "USA", "RUS", False),  # haben Russland ... aufgerufen
        ("CONSULT", "USA", "RUS", False),  # nach bilateralen Gesprächen in Genf
        ("REJECT", "USA", "RUS", False),  # Forderungen Russlands wies Sherman zurück
        ("REQUEST", "RUS", "NATO", False),  # Forderungen Russlands nach ... der NATO
        ("THREATEN", "USA", "RUS", False),  # Sherman drohte Russland
        ("ASSAULT", "RUS", "UKR", True),  # keinen Überfall auf die Ukraine
        ("MOBILIZE", "RUS", "UKR", False),  # Truppenaufmarsch von ... russischen Soldaten
        ("COERCE", "RUS", "UKR", False),  # hatte 2014 die ukrainische Halbinsel Krim annektiert
        ("THREATEN", "NATO", "RUS", False),  # warnte Stoltenberg Russland
        ("CONSULT", "NATO", "UKR", False),  # Sitzung der NATO-Ukraine-Kommission
    ],
)
def test_seed_contains(seed: Analysis, expected: tuple) -> None:
    assert expected in coded(seed)


def test_seed_never_asserts_the_denied_attack(seed: Analysis) -> None:
    assert not any(e.type == "ASSAULT" and not e.negated for e in seed.events)


def test_seed_details(seed: Analysis) -> None:
    by_trigger = {e.trigger.text: e for e in seed.events}
    assert by_trigger["annektiert"].when == "2014" and by_trigger["annektiert"].mode == "seize"
    assert by_trigger["Truppenaufmarsch"].quantity == 100000
    assert by_trigger["dementiert"].mode == "deny"
    assert by_trigger["Gesprächen"].where == "Genf"
    # told again as "die fast achtstündigen Gespräche" and "das russisch-amerikanische Treffen"
    told = [seed.text[m.start : m.end] for m in by_trigger["Gesprächen"].mentions]
    assert {"Gespräche", "Treffen"} <= set(told)
    assert by_trigger["drohte"].condition == "militärischen Eskalation"
    assert by_trigger["drohte"].actor.name == "Wendy Sherman"
    assert [e.id for e in seed.events] == [f"V{i}" for i in range(1, len(seed.events) + 1)]


def test_seed_does_not_code_plans_and_content_as_events(seed: Analysis) -> None:
    triggers = {e.trigger.text for e in seed.events}
    assert not triggers & {"zusagt", "Abzug", "Eingreifen", "Aggression", "räumte", "Treffen"}


def test_seed_attribution(seed: Analysis) -> None:
    if not seed.quotes:
        pytest.skip("quote layer not available")
    by_trigger = {e.trigger.text: e for e in seed.events}
    assert by_trigger["Überfall"].attributed_to == "Sergej Ryabkow"
    assert by_trigger["drohte"].attributed_to is None
