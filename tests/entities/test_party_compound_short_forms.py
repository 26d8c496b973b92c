"""Party short forms that begin compounds in an Austrian article ("VP-Klubchef",
"FP-Politiker") and negotiators of a party ("SPÖ-Verhandler"): the party, not the state."""

from __future__ import annotations

from lagebild.model import Entity


def _by_name(entities: list[Entity]) -> dict[str, Entity]:
    return {entity.name: entity for entity in entities}


def test_short_form_compound_names_the_party(entities_of) -> None:
    entities = _by_name(
        entities_of(
            "Wien – Der Wiener VP-Klubchef Manfred Juraczka wandte sich an die SPÖ in Österreich."
        )
    )
    assert entities["Manfred Juraczka"].affiliation == "ÖVP"


def test_short_form_outside_the_parties_state_names_no_party(entities_of) -> None:
    entities = _by_name(entities_of("Berlin – Der VP-Klubchef Hans Müller sagte etwas."))
    assert entities["Hans Müller"].affiliation != "ÖVP"


def test_sp_compound_is_no_austrian_party(entities_of) -> None:
    # "die SP-Regierungschefs" are Europe's social democrats as often as the SPÖ's
    entities = entities_of(
        "Österreich zögert. Am Samstag werden die SP-Regierungschefs in Paris beraten."
    )
    assert all(entity.code != "SPÖ" for entity in entities)


def test_party_negotiator_acts_for_the_party(entities_of) -> None:
    entities = _by_name(
        entities_of(
            "Wien – Im Büro von SPÖ-Verhandler Josef Ostermayer will man nichts von "
            "einer Einigung in Österreich wissen."
        )
    )
    assert entities["Josef Ostermayer"].affiliation == "SPÖ"
