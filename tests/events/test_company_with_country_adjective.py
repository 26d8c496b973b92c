"""A country adjective before a company noun says where the company is from, not that the
state acts ("deutsche Transportunternehmen fordern Schadenersatz", "der chinesische
Hersteller Meizu liefert eine Version"): business news, no state's event."""

from __future__ import annotations

from lagebild.events.build import build_events


def _actors(kit, subject: str) -> list[str | None]:
    doc = kit.tagged(f"{subject} fordern/VVFIN/fordern von/APPR Russland/NE Schadenersatz/NN ./$.")
    kit.states(doc)
    doc._.focus_country = "RU"
    return [e.actor.code if e.actor else None for e in build_events(doc)]


def test_companies_named_by_their_country_are_not_the_state(kit) -> None:
    subject = "Deutsche/ADJA/deutsch Transportunternehmen/NN/Transportunternehmen"
    assert "DEU" not in _actors(kit, subject)


def test_officials_named_by_their_country_still_are_the_state(kit) -> None:
    subject = "Deutsche/ADJA/deutsch Diplomaten/NN/Diplomat"
    assert _actors(kit, subject) == ["DEU"]
