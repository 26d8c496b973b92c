"""Which phrases belong to an event noun, and whom a noun's event is done by or to: genitives
without article, prepositional phrases of other nouns, relative pronouns after an event
noun, members of a group, annexations, outcomes of joint acts, promises, settings and
hyphenated compounds."""

from __future__ import annotations

from event_sides import named_sides

from lagebild.events.build import build_events
from lagebild.events.clauses import chunk_clause
from lagebild.events.words import sentence_words


def test_adjective_in_er_after_a_noun_opens_its_genitive(kit):
    doc = kit.tagged(
        "Der/ART Abzug/NN israelischer/ADJA/israelisch Truppen/NN/Truppe begann/VVFIN/beginnen ./$."
    )
    chunks = chunk_clause(sentence_words(next(doc.sents)))
    assert [w.text for w in chunks[0].words] == ["Der", "Abzug", "israelischer", "Truppen"]
    assert chunks[0].words[chunks[0].genitive].text == "israelischer"


def test_adjective_after_an_article_starts_no_genitive(kit):
    doc = kit.tagged(
        "Der/ART Abzug/NN begann/VVFIN/beginnen mit/APPR einer/ART "
        "schnellen/ADJA/schnell Räumung/NN ./$."
    )
    chunks = chunk_clause(sentence_words(next(doc.sents)))
    assert all(chunk.genitive is None for chunk in chunks)


def test_prepositional_phrase_of_another_noun_is_not_the_recipient(kit):
    doc = kit.tagged(
        "Die/ART Kritik/NN Russlands/NE/Russland soll/VMFIN/sollen "
        "nur/ADV parallel/ADJD zur/APPRART/zu Stationierung/NN an/APPR "
        "Frankreich/NE gehen/VVINF ./$."
    )
    kit.states(doc)
    assert [named_sides(e) for e in build_events(doc)] == []


def test_prepositional_phrase_right_after_the_noun_is_its_recipient(kit):
    doc = kit.tagged(
        "Die/ART Kritik/NN Russlands/NE/Russland an/APPR Frankreich/NE wuchs/VVFIN/wachsen ./$."
    )
    kit.states(doc)
    assert [named_sides(e) for e in build_events(doc)] == [("ACCUSE", "RUS", "FRA")]


def test_relative_pronoun_after_an_event_stands_for_its_genitive(kit):
    doc = kit.tagged(
        "Frankreich/NE verlangte/VVFIN/verlangen die/ART Freilassung/NN "
        "einer/ART Lehrerin/NN ,/$, die/PRELS/der in/APPR Israel/NE "
        "festgenommen/VVPP/festnehmen wurde/VAFIN/werden ./$."
    )
    kit.states(doc)
    kit.add_entity(doc, "Lehrerin", "PER", "Lehrerin")
    kit.add_place(doc, "Israel", "IL", 31.5, 34.8)
    assert ("COERCE", "ISR", "Lehrerin") in [named_sides(e) for e in build_events(doc)]


def test_members_of_a_group_suffer_as_the_group(kit):
    doc = kit.tagged(
        "Mitglieder/NN/Mitglied der/ART Kifaya-Bewegung/NN wurden/VAFIN/werden "
        "von/APPR Ägypten/NE verhaftet/VVPP/verhaften ./$."
    )
    kit.add_entity(doc, "Kifaya-Bewegung", "ORG", "Kifaya-Bewegung", code="Kifaya-Bewegung")
    kit.add_entity(doc, "Ägypten", "GPE", "Ägypten", code="EGY")
    assert [named_sides(e) for e in build_events(doc)] == [("COERCE", "EGY", "Kifaya-Bewegung")]


def test_territory_taken_into_a_state_is_taken_by_it(kit):
    doc = kit.tagged(
        "Es/PPER kam/VVFIN/kommen zur/APPRART/zu Eingliederung/NN der/ART "
        "Ukraine/NE in/APPR die/ART Russische/ADJA/russisch Föderation/NN ./$."
    )
    kit.states(doc)
    kit.add_entity(doc, "Russland", "GPE", "Russische Föderation", code="RUS")
    assert [named_sides(e) for e in build_events(doc)] == [("COERCE", "RUS", "UKR")]


def test_act_that_cooperation_led_to_is_done_by_both_partners(kit):
    doc = kit.tagged(
        "Die/ART Zusammenarbeit/NN Frankreichs/NE/Frankreich mit/APPR "
        "Israel/NE führte/VVFIN/führen zur/APPRART/zu Festnahme/NN des/ART "
        "Mannes/NN/Mann ./$."
    )
    kit.states(doc)
    kit.add_entity(doc, "Hans Müller", "PER", "Mannes")
    found = [named_sides(e) for e in build_events(doc)]
    assert ("COERCE", "FRA", "Hans Müller") in found
    assert ("COERCE", "ISR", "Hans Müller") in found


def test_act_an_attack_led_to_is_not_the_attackers(kit):
    doc = kit.tagged(
        "Der/ART Angriff/NN Israels/NE/Israel auf/APPR Syrien/NE "
        "führte/VVFIN/führen zur/APPRART/zu Festnahme/NN des/ART "
        "Mannes/NN/Mann ./$."
    )
    kit.states(doc)
    kit.add_entity(doc, "Hans Müller", "PER", "Mannes")
    assert [named_sides(e) for e in build_events(doc)] == [("ASSAULT", "ISR", "SYR")]


def test_promise_noun_without_addressee_goes_to_the_focus_state(kit):
    doc = kit.tagged("Zusagen/NN/Zusage gibt/VVFIN/geben es/PPER aus/APPR Frankreich/NE ./$.")
    kit.states(doc)
    doc._.focus_country = "SY"
    assert ("AGREE", "FRA", "SYR") in [named_sides(e) for e in build_events(doc)]


def test_promise_noun_in_a_subordinate_clause_is_not_asserted(kit):
    doc = kit.tagged(
        "Es/PPER zählt/VVFIN/zählen ,/$, wie/PWAV schnell/ADJD Zusagen/NN/Zusage "
        "von/APPR Frankreich/NE erfolgen/VVFIN ./$."
    )
    kit.states(doc)
    doc._.focus_country = "SY"
    assert all(e.type != "AGREE" for e in build_events(doc))


def test_setting_of_a_demanded_act_is_told_not_demanded(kit):
    from lagebild.events.detect import sentence_candidates

    doc = kit.tagged(
        "Frankreich/NE verlangt/VVFIN/verlangen ,/$, dass/KOUS sich/PRF "
        "Israel/NE für/APPR das/ART Vorgehen/NN bei/APPR einer/ART "
        "Demonstration/NN entschuldigt/VVPP/entschuldigen ./$."
    )
    kit.states(doc)
    found = sentence_candidates(doc, next(doc.sents), [])
    assert "PROTEST" in {c.trigger.type for c in found}


def test_compound_event_noun_takes_its_actor_from_the_first_part(kit):
    doc = kit.tagged("Der/ART NATO-Angriff/NN auf/APPR Syrien/NE begann/VVFIN/beginnen ./$.")
    kit.states(doc)
    assert [named_sides(e) for e in build_events(doc)] == [("ASSAULT", "NATO", "SYR")]


def test_compound_event_noun_without_an_actor_in_it_is_not_an_event(kit):
    doc = kit.tagged(
        "Frankreich/NE organisierte/VVFIN/organisieren eine/ART Solidaritäts-Kundgebung/NN ./$."
    )
    kit.states(doc)
    assert build_events(doc) == []


def test_prize_awarded_in_the_passive_supports_the_dative(kit):
    doc = kit.tagged(
        "Dem/ART Bürgerrechtler/NN Hu/NE wurde/VAFIN/werden von/APPR "
        "Frankreich/NE der/ART Sacharow-Preis/NE verliehen/VVPP/verleihen ./$."
    )
    kit.states(doc)
    kit.add_entity(doc, "Hu Jia", "PER", "Hu")
    assert [named_sides(e) for e in build_events(doc)] == [("SUPPORT", "FRA", "Hu Jia")]


def test_one_named_among_those_arrested_is_not_the_recipient(kit):
    doc = kit.tagged(
        "Frankreich/NE nahm/VVFIN/festnehmen 40/CARD Menschen/NN/Mensch "
        "fest/PTKVZ ,/$, darunter/PROAV Müller/NE ./$."
    )
    kit.states(doc)
    kit.add_entity(doc, "Hans Müller", "PER", "Müller")
    assert all(e.recipient is None or e.recipient.name != "Hans Müller" for e in build_events(doc))


def test_act_with_an_agent_of_its_own_is_not_the_outcome_of_talks(kit):
    doc = kit.tagged(
        "Die/ART Gespräche/NN/Gespräch Frankreichs/NE/Frankreich mit/APPR "
        "Israel/NE führten/VVFIN/führen zur/APPRART/zu Ablehnung/NN durch/APPR "
        "die/ART Gläubiger/NN ./$."
    )
    kit.states(doc)
    assert all(e.type != "REJECT" for e in build_events(doc))
