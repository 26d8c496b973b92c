"""Two known bodies whose names begin alike stay two: the European Court of Justice
("Europäischer Gerichtshof", EuGH) is no short form of the European Court of Human Rights
("Europäischer Gerichtshof für Menschenrechte", EGMR)."""

from __future__ import annotations

from lagebild.model import Entity


def _mentions_by_code(entities: list[Entity]) -> dict[str | None, list[str]]:
    return {e.code: [m.text for m in e.mentions] for e in entities if e.type == "ORG"}


def test_the_two_european_courts_stay_apart(entities_of) -> None:
    found = _mentions_by_code(
        entities_of(
            "Der Europäische Gerichtshof für Menschenrechte (EGMR) gab den Klägern recht. "
            "Der Europäische Gerichtshof (EuGH) hatte anders entschieden. Der EuGH prüft "
            "nun erneut, der EGMR schweigt."
        )
    )
    assert found["COE"] == ["Europäische Gerichtshof für Menschenrechte", "EGMR", "EGMR"]
    assert found["EU"] == ["Europäische Gerichtshof", "EuGH", "EuGH"]


def test_the_shorter_court_named_first_is_not_the_longer(entities_of) -> None:
    found = _mentions_by_code(
        entities_of(
            "Der Europäische Gerichtshof hatte entschieden. Später urteilte der Europäische "
            "Gerichtshof für Menschenrechte anders."
        )
    )
    assert found["EU"] == ["Europäische Gerichtshof"]
    assert found["COE"] == ["Europäische Gerichtshof für Menschenrechte"]
