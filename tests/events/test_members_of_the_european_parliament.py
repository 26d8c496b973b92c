"""A party politician's unaddressed demand goes to his own state (see
addressees.focus_addressee); not in an article on the European Parliament that barely names
that state, where he speaks as a member of the parliament ("Der ÖVP-Delegationsleiter
forderte ein Mehrpunkte-Programm" in a story on LuxLeaks)."""

from __future__ import annotations

from lagebild.events.build import build_events


def _member_demand(kit, *more: str):
    doc = kit.tagged(
        "Das/ART Europaparlament/NN/Europaparlament tagt/VVFIN/tagen ./$.",
        "Othmar/NE Karas/NE forderte/VVFIN/fordern ein/ART Programm/NN ./$.",
        *more,
    )
    kit.add_entity(doc, "Europäisches Parlament", "ORG", "Europaparlament", code="EU")
    person = kit.add_entity(doc, "Othmar Karas", "PER", "Othmar Karas", affiliation="ÖVP")
    doc._.entities = [
        *(e for e in doc._.entities if e is not person),
        person.model_copy(update={"roles": ["ÖVP-Delegationsleiter"]}),
    ]
    doc._.focus_country = "LU"
    return doc


def _recipients(doc) -> list[str | None]:
    return [
        e.recipient.code if e.recipient else None
        for e in build_events(doc)
        if e.trigger.text == "forderte"
    ]


def test_a_member_of_the_european_parliament_addresses_not_his_state(kit) -> None:
    assert "AUT" not in _recipients(_member_demand(kit))


def test_a_member_still_addresses_his_state_where_the_article_is_about_it(kit) -> None:
    doc = _member_demand(
        kit,
        "In/APPR Österreich/NE wird/VAFIN/werden gestritten/VVPP/streiten ./$.",
        "Österreich/NE ist/VAFIN/sein klein/ADJD ./$.",
    )
    kit.add_entity(doc, "Österreich", "GPE", "Österreich", code="AUT")
    assert _recipients(doc) == ["AUT"]
