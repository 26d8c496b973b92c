"""Round-2 rules: group actors, default addressees, subject slots, complements, coordination."""

from __future__ import annotations

from event_sides import sides

from lagebild.events.build import build_events
from lagebild.events.lexicon import country_forms


def test_group_entity_acts_and_addresses_the_focus_government(kit):
    doc = kit.tagged("Die/ART Mönche/NN/Mönch verlangen/VVFIN/verlangen Reformen/NN/Reform ./$.")
    kit.add_entity(doc, "Buddhistische Mönche", "MISC", "Mönche", code="Buddhistische Mönche")
    doc._.focus_country = "MM"
    [event] = build_events(doc)
    assert sides(event) == ("REQUEST", "Buddhistische Mönche", "MMR")


def test_uncoded_misc_entity_is_no_actor(kit):
    doc = kit.tagged("Das/ART Gesetz/NN verlangt/VVFIN/verlangen Reformen/NN/Reform ./$.")
    kit.add_entity(doc, "Gesetz", "MISC", "Gesetz")
    doc._.focus_country = "DE"
    assert build_events(doc) == []


def test_appeal_without_addressee_gets_no_default(kit):
    doc = kit.tagged(
        "Das/ART Rote/ADJA/rot Kreuz/NN hat/VAFIN/haben zu/APPR Spenden/NN/Spende "
        "aufgerufen/VVPP/aufrufen ./$."
    )
    kit.add_entity(doc, "Rotes Kreuz", "ORG", "Kreuz", code="Rotes Kreuz")
    doc._.focus_country = "TL"
    (event,) = build_events(doc)  # an appeal to the public: told without an addressee
    assert (event.type, event.actor.code, event.recipient) == ("REQUEST", "Rotes Kreuz", None)


def test_unresolved_pronoun_holds_the_subject_slot(kit):
    doc = kit.tagged("Dann/ADV töteten/VVFIN/töten sie/PPER Zivilisten/NN/Zivilist ./$.")
    kit.add_entity(doc, "Südsudanesische Zivilisten", "MISC", "Zivilisten", code="SSD")
    assert build_events(doc) == []


def test_quote_marks_do_not_split_the_clause(kit):
    doc = kit.tagged(
        "Die/ART „/$( Soldaten/NN/Soldat “/$( hätten/VAFIN/haben „/$( "
        "Zivilisten/NN/Zivilist getötet/VVPP/töten “/$( ./$."
    )
    kit.add_entity(doc, "Irakische Zivilisten", "MISC", "Zivilisten", code="IRQ")
    assert all(event.actor.code != "IRQ" for event in build_events(doc))


def test_collective_noun_acts_for_its_group(kit):
    doc = kit.tagged(
        "Eine/ART Gruppe/NN von/APPR Marines/NN/Marine hat/VAFIN/haben "
        "Zivilisten/NN/Zivilist erschossen/VVPP/erschießen ./$."
    )
    kit.add_entity(doc, "Vereinigte Staaten", "GPE", "Marines", code="USA")
    kit.add_entity(doc, "Irakische Zivilisten", "MISC", "Zivilisten", code="IRQ")
    [event] = build_events(doc)
    assert sides(event) == ("ASSAULT", "USA", "IRQ")


def test_offer_takes_its_recipient_from_the_complement(kit):
    doc = kit.tagged(
        "Frankreich/NE hat/VAFIN/haben sich/PRF bereit/ADJD erklärt/VVPP/erklären "
        ",/$, Soldaten/NN/Soldat in/APPR den/ART Libanon/NE zu/PTKZU "
        "entsenden/VVINF/entsenden ./$."
    )
    kit.states(doc)
    kit.add_entity(doc, "Libanon", "GPE", "Libanon", code="LBN")
    assert [sides(event) for event in build_events(doc)] == [("AGREE", "FRA", "LBN")]


def test_coordinated_recipients_each_get_an_event(kit):
    doc = kit.tagged(
        "Serbien/NE lehnt/VVFIN/lehnen Russland/NE und/KON die/ART NATO/NE ab/PTKVZ ./$."
    )
    kit.states(doc)
    kit.add_entity(doc, "Serbien", "GPE", "Serbien", code="SRB")
    found = sorted(sides(event) for event in build_events(doc))
    assert found == [("REJECT", "SRB", "NATO"), ("REJECT", "SRB", "RUS")]


def test_conditional_clause_tells_no_event(kit):
    doc = kit.tagged("Die/ART NATO/NE würde/VAFIN/werden Russland/NE angreifen/VVINF ./$.")
    kit.states(doc)
    assert build_events(doc) == []


def test_state_demand_without_addressee_goes_to_the_focus_country(kit):
    doc = kit.tagged("Frankreich/NE verlangte/VVFIN/verlangen Reformen/NN/Reform ./$.")
    kit.states(doc)
    doc._.focus_country = "IR"
    [event] = build_events(doc)
    assert sides(event) == ("REQUEST", "FRA", "IRN")


def test_relative_pronoun_subject_is_its_antecedent(kit):
    doc = kit.tagged(
        "Die/ART Grenze/NN zu/APPR Israel/NE ,/$, das/PRELS/der gegen/APPR "
        "Syrien/NE kämpft/VVFIN/kämpfen ./$."
    )
    kit.states(doc)
    [event] = build_events(doc)
    assert sides(event) == ("ASSAULT", "ISR", "SYR")


def test_kosovo_adjective_uses_kos():
    adjectives, _, demonyms = country_forms()
    assert adjectives["kosovarisch"] == "KOS"
    assert demonyms["kosovare"] == "KOS"


def test_conditional_opener_tells_no_event(kit):
    doc = kit.tagged(
        "Sollten/VMFIN/sollen Israel/NE Syrien/NE angreifen/VVINF ,/$, "
        "protestiert/VVFIN/protestieren Frankreich/NE ./$."
    )
    kit.states(doc)
    assert all(event.type != "ASSAULT" for event in build_events(doc))


def test_demand_of_someones_act_is_addressed_to_them(kit):
    doc = kit.tagged(
        "Frankreich/NE fordert/VVFIN/fordern den/ART Rückzug/NN Russlands/NE/Russland ./$."
    )
    kit.states(doc)
    doc._.focus_country = "UA"
    found = [sides(event) for event in build_events(doc)]
    assert ("REQUEST", "FRA", "RUS") in found and ("REQUEST", "FRA", "UKR") not in found


def test_restated_event_in_a_quote_is_one_event(kit):
    doc = kit.tagged(
        "Israel/NE hat/VAFIN/haben Syrien/NE angegriffen/VVPP/angreifen ./$.",
        "Israel/NE habe/VAFIN/haben Syrien/NE bombardiert/VVPP/bombardieren ./$.",
    )
    kit.states(doc)
    kit.add_quote(doc, "Israel habe Syrien bombardiert", "Sprecher")
    [event] = build_events(doc)
    assert sides(event) == ("ASSAULT", "ISR", "SYR") and len(event.mentions) == 2


def test_demand_of_an_unknown_owners_act_gets_no_default(kit):
    doc = kit.tagged("Frankreich/NE fordert/VVFIN/fordern Assads/NE/Assad Rücktritt/NN ./$.")
    kit.states(doc)
    doc._.focus_country = "RU"
    assert all(
        event.recipient is None or event.recipient.code != "RUS" for event in build_events(doc)
    )
