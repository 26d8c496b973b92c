"""Three small event errors from 10kGNAD: an attack of "another" group is a new event, not
one told again ("von einem Angriff einer anderen Rebellengruppe überrascht"); a demand on
all sides of a conflict takes no single focus-state addressee ("forderte, die Waffenruhe
wiederzubeleben"); a party's unaddressed financing is no aid to its home state."""

from __future__ import annotations

from lagebild.events.build import build_events


def _assault_mentions(kit, owner: str) -> list[int]:
    doc = kit.tagged(
        "Als/KOUS Milizen/NN/Miliz Kibanga/NE verschleppten/VVFIN/verschleppen ,/$, "
        "wurden/VAFIN/werden diese/PDS von/APPR einem/ART Angriff/NN/Angriff einer/ART "
        f"{owner} überrascht/VVPP/überraschen ./$."
    )
    kit.add_entity(doc, "Milizen", "ORG", "Milizen", code="Milizen")
    kit.add_entity(doc, "John Kibanga", "PER", "Kibanga")
    doc._.focus_country = "CD"
    return [len(e.mentions) for e in build_events(doc) if e.type == "ASSAULT"]


def test_an_attack_of_another_group_tells_no_event_again(kit) -> None:
    owner = "anderen/ADJA/anderer Rebellengruppe/NN/Rebellengruppe"
    assert _assault_mentions(kit, owner) == [1]


def test_an_attack_without_another_still_tells_the_event_again(kit) -> None:
    assert _assault_mentions(kit, "Rebellengruppe/NN/Rebellengruppe") == [2]


def _recipients(kit, text: str, focus: str) -> list[str | None]:
    doc = kit.tagged(text)
    kit.states(doc)
    doc._.focus_country = focus
    doc._.focus_clear = True
    return [e.recipient.code if e.recipient else None for e in build_events(doc)]


def test_a_demand_to_revive_a_ceasefire_takes_no_focus_addressee(kit) -> None:
    text = (
        "Frankreich/NE forderte/VVFIN/fordern ,/$, die/ART Waffenruhe/NN/Waffenruhe "
        "wiederzubeleben/VVIZU/wiederbeleben ./$."
    )
    assert "SYR" not in _recipients(kit, text, "SY")


def test_a_demand_to_revive_talks_keeps_its_focus_addressee(kit) -> None:
    text = (
        "Frankreich/NE forderte/VVFIN/fordern ,/$, die/ART Gespräche/NN/Gespräch "
        "wiederzubeleben/VVIZU/wiederbeleben ./$."
    )
    assert "SYR" in _recipients(kit, text, "SY")


def _party_recipients(kit, verb: str) -> list[str | None]:
    doc = kit.tagged(f"Das/ART BZÖ/NE {verb} den/ART Wahlkampf/NN/Wahlkampf ./$.")
    kit.add_entity(doc, "BZÖ", "ORG", "BZÖ", code="BZÖ")
    kit.states(doc)
    doc._.focus_country = "AT"
    doc._.focus_clear = True
    return [e.recipient.code if e.recipient else None for e in build_events(doc)]


def test_a_party_financing_its_campaign_gives_no_aid_to_its_state(kit) -> None:
    assert "AUT" not in _party_recipients(kit, "finanzierte/VVFIN/finanzieren")


def test_a_party_demand_still_goes_to_its_state(kit) -> None:
    assert "AUT" in _party_recipients(kit, "forderte/VVFIN/fordern")
