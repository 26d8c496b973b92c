"""The article's focus country: the country its places, states and parties name most."""

from __future__ import annotations

from lagebild.model import Entity, Mention


def test_parties_count_for_the_focus_country(places_in) -> None:
    text = "In Deutschland und in Berlin wird gestritten. ÖVP und SPÖ und ÖVP einigten sich."
    # without the parties, Germany is named most
    assert places_in(text)[1] == "DE"
    parties = [
        Entity(
            id=f"E{i}",
            name=name,
            type="ORG",
            code=name,
            mentions=[Mention(start=start, end=start + 3, text=name, kind="acronym")],
        )
        for i, (name, start) in enumerate((("ÖVP", 46), ("SPÖ", 54), ("ÖVP", 62)))
    ]
    assert places_in(text, parties)[1] == "AT"
