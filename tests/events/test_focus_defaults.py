"""Default sides taken from the article's focus country only where they are likely right:
the focus must be clear, and the act must not be aimed at someone told before."""

from __future__ import annotations

from event_sides import sides

from lagebild.events.build import build_events


def _french_demand(kit):
    doc = kit.tagged("Frankreich/NE verlangte/VVFIN/verlangen Reformen/NN/Reform ./$.")
    kit.states(doc)
    doc._.focus_country = "IR"
    return doc


def test_clear_focus_addresses_a_state_demand(kit):
    doc = _french_demand(kit)
    doc._.focus_clear = True
    assert [sides(e) for e in build_events(doc)] == [("REQUEST", "FRA", "IRN")]


def test_unclear_focus_addresses_no_state_demand(kit):
    # "Lawrow forderte Verhandlungen" in a story on Syria, Russia, the US and Europe: the
    # focus country, named in a fifth of the mentions, is not whom it is aimed at
    doc = _french_demand(kit)
    doc._.focus_clear = False
    assert build_events(doc) == []


def test_appeal_of_a_state_takes_no_focus_addressee(kit):
    # "In seiner Predigt rief Franziskus dazu auf, …": an appeal to the public, not to Cuba
    doc = kit.tagged(
        "Frankreich/NE rief/VVFIN/aufrufen dazu/PAV auf/PTKVZ ,/$, Mitmenschen/NN/Mitmensch "
        "mit/APPR Respekt/NN zu/PTKZU begegnen/VVINF ./$."
    )
    kit.states(doc)
    doc._.focus_country = "IR"
    assert all(e.recipient is None or e.recipient.code != "IRN" for e in build_events(doc))


def test_rejected_idea_told_before_takes_no_focus_addressee(kit):
    # "Die ÖVP lehnt das Ansinnen ab": it answers whoever proposed it, not Austria
    doc = kit.tagged(
        "Die/ART ÖVP/NE hat/VAFIN/haben das/ART Ansinnen/NN abgelehnt/VVPP/ablehnen ./$."
    )
    kit.add_entity(doc, "Österreichische Volkspartei", "ORG", "ÖVP", code="ÖVP")
    doc._.focus_country = "AT"
    assert all(e.recipient is None for e in build_events(doc))


def test_rejected_pronoun_takes_no_focus_addressee(kit):
    doc = kit.tagged("Frankreich/NE hat/VAFIN/haben dies/PDS abgelehnt/VVPP/ablehnen ./$.")
    kit.states(doc)
    doc._.focus_country = "IR"
    assert all(e.recipient is None for e in build_events(doc))


def test_fronted_charge_rejected_takes_no_focus_addressee(kit):
    # "Den Vorwurf, dass …, wies der Minister zurück": the object stands before the clause
    # that it governs, the rejecting verb after it
    doc = kit.tagged(
        "Den/ART/der Vorwurf/NN ,/$, dass/KOUS Paris/NE zögere/VVFIN/zögern ,/$, "
        "wies/VVFIN/zurückweisen Frankreich/NE zurück/PTKVZ ./$."
    )
    kit.states(doc)
    doc._.focus_country = "IR"
    assert all(e.recipient is None for e in build_events(doc))


def test_group_criticising_someone_told_before_addresses_no_government(kit):
    # "Republikaner werfen ihr vor, …": aimed at her, not at the US government
    doc = kit.tagged("Die/ART Mönche/NN/Mönch kritisieren/VVFIN/kritisieren ihn/PPER ./$.")
    kit.add_entity(doc, "Buddhistische Mönche", "MISC", "Mönche", code="Buddhistische Mönche")
    doc._.focus_country = "MM"
    assert all(e.recipient is None for e in build_events(doc))


def test_group_investigation_addresses_no_government(kit):
    # "die AMS-Untersuchung", "eine gemeinsame Untersuchung gestartet": of whom it looks into
    doc = kit.tagged(
        "Die/ART Mönche/NN/Mönch haben/VAFIN/haben eine/ART Untersuchung/NN "
        "gestartet/VVPP/starten ./$."
    )
    kit.add_entity(doc, "Buddhistische Mönche", "MISC", "Mönche", code="Buddhistische Mönche")
    doc._.focus_country = "MM"
    assert all(e.recipient is None for e in build_events(doc))


def test_court_ruling_addresses_no_government(kit):
    # "Das Wiener Handelsgericht verwirft den Verjährungseinwand der Versicherung"
    doc = kit.tagged(
        "Das/ART Handelsgericht/NN verwirft/VVFIN/verwerfen den/ART/der Einwand/NN ./$."
    )
    kit.add_entity(doc, "Handelsgericht", "ORG", "Handelsgericht", code="Handelsgericht")
    doc._.focus_country = "AT"
    assert all(e.recipient is None for e in build_events(doc))


def test_national_authorities_are_not_the_focus_state(kit):
    # "in enger Kooperation mit nationalen Behörden": the member states', not Germany's
    doc = kit.tagged(
        "Die/ART NATO/NE kooperiert/VVFIN/kooperieren mit/APPR nationalen/ADJA/national "
        "Behörden/NN/Behörde ./$."
    )
    kit.states(doc)
    doc._.focus_country = "DE"
    assert all(e.recipient is None for e in build_events(doc))


def test_court_of_audit_criticising_addresses_no_government(kit):
    # "übt der Burgenländische Landesrechnungshof (BLRH) im aktuellen Bericht massive Kritik"
    doc = kit.tagged(
        "Der/ART Landesrechnungshof/NN übt/VVFIN/üben massive/ADJA/massiv Kritik/NN ./$."
    )
    kit.add_entity(
        doc, "Landesrechnungshof", "ORG", "Landesrechnungshof", code="Landesrechnungshof"
    )
    doc._.focus_country = "AT"
    assert all(e.recipient is None for e in build_events(doc))
