"""Event rules of the gold/dev recall round (helper D): plans presented together."""

from __future__ import annotations

from event_sides import sides

from lagebild.events.build import build_events


def test_plan_presented_together_is_agreed_by_each_side(kit):
    doc = kit.tagged(
        "Konkrete/ADJA/konkret Pläne/NN/Plan hatten/VAFIN/haben "
        "Frankreich/NE ,/$, Syrien/NE und/KON Israel/NE "
        "präsentiert/VVPP/präsentieren ./$."
    )
    kit.states(doc)
    assert sorted(sides(e) for e in build_events(doc)) == [
        ("AGREE", "FRA", None),
        ("AGREE", "ISR", None),
        ("AGREE", "SYR", None),
    ]


def test_plan_presented_by_one_side_is_no_agreement(kit):
    doc = kit.tagged("Frankreich/NE legte/VVFIN/vorlegen einen/ART/ein Plan/NN/Plan vor/PTKVZ ./$.")
    kit.states(doc)
    assert build_events(doc) == []


def test_plan_only_wanted_together_is_no_agreement(kit):
    doc = kit.tagged(
        "Frankreich/NE und/KON Israel/NE wollen/VMFIN/wollen einen/ART/ein "
        "Vorschlag/NN/Vorschlag vorlegen/VVINF/vorlegen ./$."
    )
    kit.states(doc)
    assert build_events(doc) == []


def test_sanctions_failed_at_resistance_are_negated_and_resisted(kit):
    doc = kit.tagged(
        "Initiativen/NN/Initiative im/APPRART/in Sicherheitsrat/NN/Sicherheitsrat "
        "sind/VAFIN/sein schwierig/ADJD ,/$, zuletzt/ADV waren/VAFIN/sein "
        "Sanktionen/NN/Sanktion gegen/APPR Syrien/NE am/APPRART/an "
        "Widerstand/NN/Widerstand Russlands/NE/Russland "
        "gescheitert/VVPP/scheitern ./$."
    )
    kit.states(doc)
    kit.add_entity(doc, "Vereinte Nationen", "ORG", "Sicherheitsrat", code="UN")
    events = build_events(doc)
    assert sorted((*sides(e), e.negated) for e in events) == [
        ("REJECT", "RUS", "UN", False),
        ("SANCTION", "UN", "SYR", True),
    ]


def test_sanctions_imposed_despite_resistance_stay_asserted(kit):
    doc = kit.tagged(
        "Frankreich/NE verhängte/VVFIN/verhängen Sanktionen/NN/Sanktion "
        "gegen/APPR Syrien/NE trotz/APPR Widerstand/NN/Widerstand "
        "Russlands/NE/Russland ./$."
    )
    kit.states(doc)
    assert all(not e.negated for e in build_events(doc))


def test_ownerless_agreement_with_a_state_is_made_by_the_focus_state(kit):
    doc = kit.tagged(
        "Die/ART/der erzielte/ADJA/erzielt Einigung/NN/Einigung mit/APPR "
        "Syrien/NE war/VAFIN/sein ein/ART/ein Erfolg/NN/Erfolg ./$."
    )
    kit.states(doc)
    doc._.focus_country = "FR"
    assert [sides(e) for e in build_events(doc)] == [("AGREE", "FRA", "SYR")]


def test_ownerless_agreement_with_the_focus_state_itself_names_no_maker(kit):
    doc = kit.tagged(
        "Die/ART/der erzielte/ADJA/erzielt Einigung/NN/Einigung mit/APPR "
        "Frankreich/NE war/VAFIN/sein ein/ART/ein Erfolg/NN/Erfolg ./$."
    )
    kit.states(doc)
    doc._.focus_country = "FR"
    assert build_events(doc) == []


def test_journey_prevented_by_a_state_coerces_each_traveller(kit):
    doc = kit.tagged(
        "Eine/ART/ein Reise/NN/Reise von/APPR Lenz/NE und/KON seiner/PPOSAT/sein "
        "Frau/NN Anna/NE wurde/VAFIN/werden von/APPR Russland/NE "
        "verhindert/VVPP/verhindern ./$."
    )
    kit.states(doc)
    kit.add_entity(doc, "Lenz", "PER", "Lenz")
    kit.add_entity(doc, "Anna", "PER", "Frau Anna")
    assert sorted((e.type, e.actor.code, e.recipient.name) for e in build_events(doc)) == [
        ("COERCE", "RUS", "Anna"),
        ("COERCE", "RUS", "Lenz"),
    ]


def test_journey_prevented_by_no_state_coerces_no_one(kit):
    doc = kit.tagged(
        "Ein/ART/ein Streik/NN/Streik verhinderte/VVFIN/verhindern die/ART/der "
        "Reise/NN/Reise von/APPR Lenz/NE ./$."
    )
    kit.states(doc)
    kit.add_entity(doc, "Lenz", "PER", "Lenz")
    assert build_events(doc) == []


def test_disregarded_warning_before_an_attack_has_the_attacked_as_warner(kit):
    doc = kit.tagged(
        "Die/ART/der Ukraine/NE hat/VAFIN/haben Russland/NE "
        "angegriffen/VVPP/angreifen ,/$, nachdem/KOUS eine/ART/ein Warnung/NN/Warnung "
        "missachtet/VVPP/missachten worden/VAPP/werden war/VAFIN/sein ./$."
    )
    kit.states(doc)
    assert sorted(sides(e) for e in build_events(doc)) == [
        ("ASSAULT", "UKR", "RUS"),
        ("REJECT", "UKR", "RUS"),
        ("THREATEN", "RUS", "UKR"),
    ]


def test_disregarded_warning_with_no_hostile_act_names_no_sides(kit):
    doc = kit.tagged(
        "Die/ART/der Ukraine/NE hat/VAFIN/haben Russland/NE "
        "besucht/VVPP/besuchen ,/$, nachdem/KOUS eine/ART/ein Warnung/NN/Warnung "
        "missachtet/VVPP/missachten worden/VAPP/werden war/VAFIN/sein ./$."
    )
    kit.states(doc)
    assert all(e.type not in ("REJECT", "THREATEN") for e in build_events(doc))


def test_ownerless_agreement_not_told_as_concluded_names_no_maker(kit):
    doc = kit.tagged(
        "Die/ART/der Einigung/NN/Einigung mit/APPR Syrien/NE war/VAFIN/sein "
        "ein/ART/ein Erfolg/NN/Erfolg ./$."
    )
    kit.states(doc)
    doc._.focus_country = "FR"
    assert build_events(doc) == []


def _accusations(doc) -> list[tuple]:
    return [sides(e) for e in build_events(doc) if e.type == "ACCUSE"]


def test_act_a_speaker_calls_unlawful_accuses_its_doers(kit):
    doc = kit.tagged(
        "Laut/APPR Frankreich/NE habe/VAFIN/haben Russland/NE illegal/ADJD gebaut/VVPP/bauen ./$."
    )
    kit.states(doc)
    france = next(e for e in doc._.entities if e.code == "FRA")
    kit.add_quote(doc, "habe Russland illegal gebaut", "Frankreich", france.id)
    assert _accusations(doc) == [("ACCUSE", "FRA", "RUS")]


def test_act_the_narrator_calls_unlawful_is_no_accusation(kit):
    doc = kit.tagged("Russland/NE hat/VAFIN/haben illegal/ADJD gebaut/VVPP/bauen ./$.")
    kit.states(doc)
    assert _accusations(doc) == []


def test_people_a_speaker_says_gathered_unlawfully_are_the_protesters(kit):
    doc = kit.tagged(
        "Regimegegner/NN/Regimegegner protestierten/VVFIN/protestieren gegen/APPR Russland/NE ./$.",
        "Laut/APPR Russland/NE haben/VAFIN/haben sich/PRF die/ART/der "
        "Menschen/NN/Mensch illegal/ADJD versammelt/VVPP/versammeln ./$.",
    )
    kit.states(doc)
    kit.add_entity(doc, "Regimegegner", "MISC", "Regimegegner", code="Regimegegner")
    russia = next(e for e in doc._.entities if e.code == "RUS")
    kit.add_quote(doc, "haben sich die Menschen illegal versammelt", "Russland", russia.id)
    assert _accusations(doc) == [("ACCUSE", "RUS", "Regimegegner")]


def _aim_doc(kit, negation: str = ""):
    aim = (
        f"Ziel/NN/Ziel sei/VAFIN/sein es/PPER/es {negation},/$, Syrien/NE "
        "anzugreifen/VVIZU/angreifen"
    )
    doc = kit.tagged(f"Frankreich/NE sagte/VVFIN/sagen ,/$, {aim} ./$.")
    kit.states(doc)
    france = next(e for e in doc._.entities if e.code == "FRA")
    content = doc.text[doc.text.index("Ziel") : doc.text.rindex(".")]
    kit.add_quote(doc, content, "Frankreich", france.id)
    return doc


def test_aim_a_speaker_states_to_harm_is_a_threat(kit):
    assert [sides(e) for e in build_events(_aim_doc(kit))] == [("THREATEN", "FRA", "SYR")]


def test_aim_a_speaker_denies_is_no_threat(kit):
    events = build_events(_aim_doc(kit, "nicht/PTKNEG/nicht "))
    assert all(e.type != "THREATEN" for e in events)


def _court_doc(kit, verb: str):
    doc = kit.tagged(
        f"Attac/NE {verb} den/ART/der Gang/NN/Gang vor/APPR das/ART/der "
        "Verfassungsgericht/NN/Verfassungsgericht ./$."
    )
    kit.add_entity(doc, "Attac", "ORG", "Attac", code="Attac")
    doc._.focus_country = "DE"
    return doc


def test_going_to_court_considered_threatens_the_government(kit):
    doc = _court_doc(kit, "erwägt/VVFIN/erwägen")
    assert [sides(e) for e in build_events(doc)] == [("THREATEN", "Attac", "DEU")]


def test_going_to_court_only_described_is_no_threat(kit):
    doc = _court_doc(kit, "kritisiert/VVFIN/kritisieren")
    assert all(e.type != "THREATEN" for e in build_events(doc))


def test_sanctions_that_did_not_fail_meet_no_resistance(kit):
    doc = kit.tagged(
        "Im/APPRART/in Sicherheitsrat/NN/Sicherheitsrat sind/VAFIN/sein "
        "Sanktionen/NN/Sanktion gegen/APPR Syrien/NE nicht/PTKNEG/nicht am/APPRART/an "
        "Widerstand/NN/Widerstand Russlands/NE/Russland "
        "gescheitert/VVPP/scheitern ./$."
    )
    kit.states(doc)
    kit.add_entity(doc, "Vereinte Nationen", "ORG", "Sicherheitsrat", code="UN")
    assert all(e.type != "REJECT" for e in build_events(doc))


def test_meeting_wanted_is_agreed(kit):
    doc = kit.tagged(
        "Russland/NE will/VMFIN/wollen einen/ART/ein Sicherheitsgipfel/NN/"
        "Sicherheitsgipfel mit/APPR der/ART/der Ukraine/NE ./$."
    )
    kit.states(doc)
    assert [sides(e) for e in build_events(doc)] == [("AGREE", "RUS", "UKR")]


def test_meeting_not_wanted_is_no_agreement(kit):
    doc = kit.tagged(
        "Russland/NE will/VMFIN/wollen keinen/PIAT/kein Sicherheitsgipfel/NN/"
        "Sicherheitsgipfel mit/APPR der/ART/der Ukraine/NE ./$."
    )
    kit.states(doc)
    assert all(e.type != "AGREE" for e in build_events(doc))
