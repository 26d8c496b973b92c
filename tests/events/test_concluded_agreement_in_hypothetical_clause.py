"""An agreement told as concluded by the participle before it is made, even where the
clause's verb is hypothetical; the tagger reads that participle as an adjective (ADJA)."""

from __future__ import annotations

from event_sides import sides

from lagebild.events.build import build_events


def _agreement(kit, participle_tag: str):
    doc = kit.tagged(
        f"Die/ART im/APPRART Januar/NN erzielte/{participle_tag}/erzielt Einigung/NN "
        "mit/APPR Frankreich/NE könnte/VMFIN/können eine/ART Zukunft/NN für/APPR das/ART "
        "Land/NN sein/VAINF ./$."
    )
    kit.states(doc)
    doc._.focus_country = "IR"
    doc._.focus_clear = True
    return doc


def test_concluded_agreement_under_a_hypothetical_verb_is_made(kit):
    doc = _agreement(kit, "ADJA")
    assert [sides(e) for e in build_events(doc)] == [("AGREE", "IRN", "FRA")]


def test_agreement_only_supposed_is_no_event(kit):
    doc = kit.tagged(
        "Eine/ART Einigung/NN mit/APPR Frankreich/NE könnte/VMFIN/können eine/ART "
        "Zukunft/NN für/APPR das/ART Land/NN sein/VAINF ./$."
    )
    kit.states(doc)
    doc._.focus_country = "IR"
    doc._.focus_clear = True
    assert build_events(doc) == []
