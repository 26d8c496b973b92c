"""Errors found judging a random sample of events on real German news (10kGNAD): conditions
and what follows them (see :func:`lagebild.events.irrealis.conditional_part`), one's own
event called off, a genitive owner before an adjective, a branch's country, the place of an
arrest, perpetrators taken for a protest's crowd, a union's claims in a labour dispute, a
"wonach" clause before its main clause, an event noun said of a demonstrative and the phrase
a prepositional genitive name owns ("gegen Südtirols Alt-Landeshauptmann")."""

from __future__ import annotations

from event_sides import sides

from lagebild.events.build import build_events


def test_a_condition_and_its_consequence_tell_no_event(kit) -> None:
    doc = kit.tagged(
        "Wenn/KOUS Russland/NE die/ART Ukraine/NE angreift/VVFIN/angreifen ,/$, wird/VAFIN/werden "
        "die/ART NATO/NE Russland/NE verurteilen/VVINF ./$."
    )
    kit.states(doc)
    assert [sides(e) for e in build_events(doc)] == []


def test_a_condition_after_the_main_clause_tells_no_event(kit) -> None:
    doc = kit.tagged(
        "Die/ART NATO/NE tagt/VVFIN/tagen ,/$, wenn/KOUS Russland/NE die/ART Ukraine/NE "
        "angreift/VVFIN/angreifen ./$."
    )
    kit.states(doc)
    assert "ASSAULT" not in [e.type for e in build_events(doc)]


def test_a_conceded_fact_stays_an_event(kit) -> None:
    doc = kit.tagged(
        "Auch/ADV wenn/KOUS Russland/NE die/ART Ukraine/NE angriff/VVFIN/angreifen ,/$, "
        "blieb/VVFIN/bleiben es/PPER ruhig/ADJD ./$."
    )
    kit.states(doc)
    assert [sides(e) for e in build_events(doc)] == [("ASSAULT", "RUS", "UKR")]


def test_a_verb_first_condition_and_its_consequence_tell_no_event(kit) -> None:
    doc = kit.tagged(
        "Kritisiert/VVFIN/kritisieren Russland/NE die/ART Ukraine/NE ,/$, wird/VAFIN/werden "
        "die/ART NATO/NE tagen/VVINF ./$."
    )
    kit.states(doc)
    assert [sides(e) for e in build_events(doc)] == []


def test_calling_off_ones_own_event_rejects_no_one(kit) -> None:
    doc = kit.tagged(
        "Die/ART SPÖ/NE hat/VAFIN/haben ihre/PPOSAT/ihr große/ADJA "
        "Wahlabschlussveranstaltung/NN abgesagt/VVPP/absagen ./$."
    )
    kit.add_entity(doc, "SPÖ", "ORG", "SPÖ", code="SPÖ")
    doc._.focus_country = "AT"
    assert [sides(e) for e in build_events(doc)] == []


def test_a_genitive_owner_before_an_adjective_is_not_the_actor(kit) -> None:
    doc = kit.tagged(
        "Griechenlands/NE/Griechenland geschlagene/ADJA Linke/NN kritisierte/VVFIN/kritisieren "
        "die/ART EU/NE ./$."
    )
    kit.add_entity(doc, "Griechenland", "GPE", "Griechenlands", code="GRC")
    kit.add_entity(doc, "Die Linke", "ORG", "Linke", code="Die Linke")
    kit.add_entity(doc, "Europäische Union", "ORG", "EU", code="EU")
    assert [sides(e) for e in build_events(doc)] == [("ACCUSE", "Die Linke", "EU")]


def test_a_branch_acts_for_its_owner_not_its_country(kit) -> None:
    doc = kit.tagged(
        "Die/ART Österreich-Tochter/NN/Österreich-Tochter der/ART Caritas/NE "
        "kritisierte/VVFIN/kritisieren die/ART EU/NE ./$."
    )
    kit.add_entity(doc, "Österreich", "GPE", "Österreich", code="AUT")
    kit.add_entity(doc, "Caritas", "ORG", "Caritas", code="Caritas")
    kit.add_entity(doc, "Europäische Union", "ORG", "EU", code="EU")
    assert [sides(e) for e in build_events(doc)] == [("ACCUSE", "Caritas", "EU")]


def test_the_country_adjective_of_a_branch_names_no_actor(kit) -> None:
    doc = kit.tagged(
        "Der/ART Chef/NN des/ART chilenischen/ADJA/chilenisch Ablegers/NN/Ableger "
        "kritisierte/VVFIN/kritisieren die/ART EU/NE ./$."
    )
    kit.add_entity(doc, "Europäische Union", "ORG", "EU", code="EU")
    assert [e for e in build_events(doc) if e.actor and e.actor.code == "CHL"] == []


def test_where_one_is_arrested_is_not_who_is_arrested(kit) -> None:
    doc = kit.tagged(
        "Bei/APPR der/ART Ausreise/NN nach/APPR Peking/NE wurde/VAFIN/werden er/PPER "
        "festgenommen/VVPP/festnehmen ./$."
    )
    kit.add_place(doc, "Peking", "CN", 39.9, 116.4)
    doc._.focus_country = "KP"
    assert [e.recipient.code for e in build_events(doc) if e.recipient] == []


def test_perpetrators_nearby_are_not_a_protests_crowd(kit) -> None:
    doc = kit.tagged(
        "Im/APPRART gleichen/ADJA Zeitraum/NN wurden/VAFIN/werden bei/APPR "
        "Protestaktionen/NN/Protestaktion 155/CARD Palästinenser/NN getötet/VVPP/töten ./$.",
        "Viele/PIS waren/VAFIN/sein mutmaßliche/ADJA Attentäter/NN ./$.",
    )
    kit.add_entity(doc, "Palästinensische Gebiete", "GPE", "Palästinenser", code="PSE")
    kit.add_entity(doc, "Attentäter", "MISC", "Attentäter", code="Attentäter")
    doc._.focus_country = "IL"
    assert [e for e in build_events(doc) if e.type == "PROTEST"] == []


def test_a_unions_claim_in_a_labour_dispute_is_not_aimed_at_the_government(kit) -> None:
    doc = kit.tagged(
        "Die/ART Gewerkschaft/NN Verdi/NE fordert/VVFIN/fordern höhere/ADJA Löhne/NN/Lohn ./$.",
        "Der/ART Konzern/NN schweigt/VVFIN/schweigen ./$.",
    )
    kit.add_entity(doc, "Verdi", "ORG", "Gewerkschaft", "Verdi", code="Verdi")
    doc._.focus_country = "DE"
    assert [e.recipient.code for e in build_events(doc) if e.recipient] == []


def test_a_union_without_employers_in_sight_addresses_the_government(kit) -> None:
    doc = kit.tagged(
        "Die/ART Gewerkschaft/NN Verdi/NE fordert/VVFIN/fordern höhere/ADJA Löhne/NN/Lohn ./$."
    )
    kit.add_entity(doc, "Verdi", "ORG", "Gewerkschaft", "Verdi", code="Verdi")
    doc._.focus_country = "DE"
    assert [sides(e) for e in build_events(doc)] == [("REQUEST", "Verdi", "DEU")]


def test_a_wonach_clause_before_the_main_clause_is_not_its_subject(kit) -> None:
    doc = kit.tagged(
        "Kritik/NN ,/$, wonach/PWAV die/ART EU-Grenzschutzagentur/NN Frontex/NE den/ART "
        "Schutz/NN nicht/PTKNEG wahrnehme/VVFIN/wahrnehmen ,/$, lässt/VVFIN/lassen Wojahn/NE "
        "nicht/PTKNEG gelten/VVINF ./$."
    )
    kit.add_entity(
        doc, "EU-Grenzschutzagentur", "ORG", "EU-Grenzschutzagentur", "Frontex", code="EU"
    )
    kit.add_entity(doc, "Jörg Wojahn", "PER", "Wojahn")
    # Wojahn rejects the criticism (of unnamed critics), the agency rejects no one
    assert [e for e in build_events(doc) if e.actor and e.actor.code == "EU"] == []


def test_an_event_noun_said_of_a_demonstrative_is_no_event(kit) -> None:
    doc = kit.tagged(
        "Das/PDS sind/VAFIN/sein nordkoreanische/ADJA/nordkoreanisch Drohungen/NN/Drohung ./$."
    )
    assert build_events(doc) == []


def test_a_phrase_owned_by_a_prepositional_genitive_is_no_subject(kit) -> None:
    doc = kit.tagged(
        "Im/APPRART Prozess/NN gegen/APPR Südtirols/NE/Südtirol Alt-Landeshauptmann/NN "
        "Durnwalder/NE hat/VAFIN/haben Staatsanwalt/NN Secco/NE drei/CARD Jahre/NN/Jahr "
        "Haft/NN für/APPR Durnwalder/NE gefordert/VVPP/fordern ./$."
    )
    kit.add_entity(doc, "Luis Durnwalder", "PER", "Durnwalder", affiliation="SVP")
    kit.add_entity(doc, "Igor Secco", "PER", "Secco", affiliation="ITA")
    doc._.focus_country = "IT"
    actors = [e.actor.name for e in build_events(doc) if e.type == "REQUEST"]
    assert "Luis Durnwalder" not in actors
