"""Ownerless protests that take no actor from the story: a protest remembered as history,
a protest drawn on someone, and a protest whose nearby group is the counter-protest."""

from __future__ import annotations

from lagebild.events.actor_entities import GROUP_TYPE
from lagebild.events.build import build_events


def _protests(doc) -> list[tuple[str, str | None]]:
    return [
        (e.trigger.text, e.actor.name if e.actor else None)
        for e in build_events(doc)
        if e.type == "PROTEST"
    ]


def test_a_remembered_protest_is_not_todays_movements(kit) -> None:
    # "Am 17. November wird an die Niederschlagung von Protesten … 1939 erinnert"
    doc = kit.tagged(
        "Die/ART Islamgegner/NN/Islamgegner organisierten/VVFIN/organisieren "
        "Kundgebungen/NN/Kundgebung ./$.",
        "Am/APPRART 17./ADJA November/NN wird/VAFIN/werden an/APPR die/ART Niederschlagung/NN "
        "von/APPR Protesten/NN/Protest gegen/APPR die/ART Besatzung/NN erinnert/VVPP/erinnern "
        "./$.",
    )
    kit.add_entity(doc, "Islamgegner", GROUP_TYPE, "Islamgegner", code="Islamgegner")
    doc._.focus_country = "CZ"
    assert _protests(doc) == [("Kundgebungen", "Islamgegner")]


def test_a_protest_drawn_on_someone_is_not_the_nearby_groups(kit) -> None:
    # "meinte, dass man die Flüchtlinge nicht erschießen könne, was ihm Protest einbrachte"
    doc = kit.tagged(
        "Er/PPER meinte/VVFIN/meinen ,/$, dass/KOUS man/PIS die/ART Flüchtlinge/NN/Flüchtling "
        "nicht/PTKNEG erschießen/VVINF könne/VMFIN/können ,/$, was/PRELS ihm/PPER "
        "wütenden/ADJA/wütend Protest/NN einbrachte/VVFIN/einbringen ./$."
    )
    kit.add_entity(doc, "Flüchtlinge", GROUP_TYPE, "Flüchtlinge", code="Flüchtlinge")
    doc._.focus_country = "AT"
    assert _protests(doc) == []


def test_counter_protesters_are_not_the_crowd_of_the_protest(kit) -> None:
    # "1000 bei Protestzug gegen deutsche Asylpolitik. 600 Gegendemonstranten …"
    doc = kit.tagged(
        "1000/CARD bei/APPR Protestzug/NN gegen/APPR die/ART Asylpolitik/NN ./$.",
        "600/CARD Gegendemonstranten/NN/Gegendemonstrant kamen/VVFIN/kommen ./$.",
    )
    name = "Gegendemonstranten"
    kit.add_entity(doc, name, GROUP_TYPE, name, code=name)
    doc._.focus_country = "DE"
    assert _protests(doc) == []
