"""Abuse told as the topic of a published report is the publisher's accusation (see
:mod:`lagebild.events.reports`)."""

from __future__ import annotations

from event_sides import sides

from lagebild.events.build import build_events


def test_report_on_torture_accuses_the_government_by_default(kit):
    doc = kit.tagged(
        "Amnesty/NE veröffentlichte/VVFIN/veröffentlichen einen/ART Bericht/NN über/APPR "
        "Folter/NN im/APPRART/in Land/NN ./$.",
    )
    kit.add_entity(doc, "Amnesty", "ORG", "Amnesty", code="Amnesty")
    doc._.focus_country = "SY"
    assert [sides(e) for e in build_events(doc)] == [("ACCUSE", "Amnesty", "SYR")]


def test_report_accuses_the_torturer_it_names(kit):
    doc = kit.tagged(
        "Amnesty/NE veröffentlichte/VVFIN/veröffentlichen einen/ART Bericht/NN über/APPR "
        "Folter/NN durch/APPR Israel/NE ./$.",
    )
    kit.states(doc)
    kit.add_entity(doc, "Amnesty", "ORG", "Amnesty", code="Amnesty")
    doc._.focus_country = "SY"
    assert [sides(e) for e in build_events(doc)] == [("ACCUSE", "Amnesty", "ISR")]


def test_torture_as_topic_of_other_nouns_stays_no_event(kit):
    doc = kit.tagged(
        "Amnesty/NE führte/VVFIN/führen eine/ART Debatte/NN über/APPR Folter/NN ./$.",
    )
    kit.add_entity(doc, "Amnesty", "ORG", "Amnesty", code="Amnesty")
    doc._.focus_country = "SY"
    assert build_events(doc) == []
