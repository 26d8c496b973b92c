"""An official without a marked state, named after a quote that opens with a state as its
subject ("Slowenien müsse …, sagte Außenminister Karl Erjavec"): that state's official,
not the one named last inside the quote."""

from __future__ import annotations

from lagebild.model import Entity


def _by_name(entities: list[Entity]) -> dict[str, Entity]:
    return {entity.name: entity for entity in entities}


def test_state_opening_the_quote_is_the_officials(entities_of) -> None:
    entities = _by_name(
        entities_of(
            "Slowenien müsse die Zahl der Durchreisenden den Vorgaben der Zielländer wie "
            "Österreich und Deutschland anpassen, sagte Außenminister Karl Erjavec."
        )
    )
    assert entities["Karl Erjavec"].affiliation == "SVN"


def test_state_later_in_the_quote_still_counts_as_named_before(entities_of) -> None:
    # the quote opens with no state: the state named last before the official, as before
    entities = _by_name(
        entities_of("Die Regierung werde mit Kroatien reden, sagte Außenminister Karl Erjavec.")
    )
    assert entities["Karl Erjavec"].affiliation == "HRV"
