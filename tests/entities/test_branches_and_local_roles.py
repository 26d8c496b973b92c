"""A listed company before a state's name is its national branch ("Ikea Österreich"), and a
city's party leader is not "der FPÖ-Chef" of a later sentence."""

from __future__ import annotations

from lagebild.model import Entity


def _by_name(entities: list[Entity]) -> dict[str, Entity]:
    return {entity.name: entity for entity in entities}


def test_company_branch_is_the_company(entities_of) -> None:
    entities = _by_name(entities_of("Der Chef von Vodafone Deutschland kündigte neue Tarife an."))
    assert [m.text for m in entities["Vodafone"].mentions] == ["Vodafone Deutschland"]
    assert "Deutschland" not in entities


def test_state_after_company_in_genitive_stays_the_state(entities_of) -> None:
    entities = _by_name(entities_of("Ikea ist der größte Möbelhändler Deutschlands."))
    assert "Deutschland" in entities


def test_local_party_leader_is_not_the_party_chief(entities_of) -> None:
    text = (
        "Christandl klagt auch den Wiener FPÖ-Obmann Johann Gudenus. "
        "Verliert Strache den Prozess, müsste der FPÖ-Chef die Kosten übernehmen."
    )
    entities = _by_name(entities_of(text))
    assert "FPÖ-Chef" not in [m.text for m in entities["Johann Gudenus"].mentions]


def test_party_leader_of_the_whole_party_takes_the_reference(entities_of) -> None:
    text = (
        "Christandl klagt auch den FPÖ-Obmann Johann Gudenus. "
        "Verliert er den Prozess, müsste der FPÖ-Chef die Kosten übernehmen."
    )
    entities = _by_name(entities_of(text))
    assert "FPÖ-Chef" in [m.text for m in entities["Johann Gudenus"].mentions]
