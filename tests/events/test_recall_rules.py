"""Constructions that tell an event without naming both sides in the usual slots: support
verbs, coordinated clauses, relative pronouns, passives with a dative, discourse, summits."""

from __future__ import annotations

from event_sides import sides

from lagebild.events.build import build_events
from lagebild.events.words import sentence_words

FILLER = "Das/PDS/der blieb/VVFIN/bleiben ruhig/ADJD ./$."


def test_joining_someones_criticism_makes_one_its_actor(kit):
    doc = kit.tagged(
        "Frankreich/NE schloss/VVFIN/schließen sich/PRF der/ART Kritik/NN an/APPR "
        "Russland/NE an/PTKVZ ./$."
    )
    kit.states(doc)
    assert [sides(e) for e in build_events(doc)] == [("ACCUSE", "FRA", "RUS")]


def test_clause_joined_by_und_shares_the_subject(kit):
    doc = kit.tagged(
        "Frankreich/NE protestierte/VVFIN/protestieren und/KON "
        "forderte/VVFIN/fordern Russland/NE auf/PTKVZ ./$."
    )
    kit.states(doc)
    events = {e.type: e for e in build_events(doc)}
    assert sides(events["REQUEST"]) == ("REQUEST", "FRA", "RUS")


def test_coordinated_person_of_unknown_side_adds_no_event(kit):
    doc = kit.tagged(
        "Frankreich/NE und/KON Müller/NE kritisieren/VVFIN/kritisieren Russland/NE ./$."
    )
    kit.states(doc)
    kit.add_entity(doc, "Hans Müller", "PER", "Müller")
    assert [sides(e) for e in build_events(doc)] == [("ACCUSE", "FRA", "RUS")]


def test_agentless_attack_on_the_same_target_keeps_its_attacker(kit):
    doc = kit.tagged(
        "Israel/NE bombardierte/VVFIN/bombardieren Syrien/NE ./$.",
        FILLER,
        FILLER,
        FILLER,
        FILLER,
        "Ziele/NN/Ziel in/APPR Syrien/NE wurden/VAFIN/werden angegriffen/VVPP/angreifen ./$.",
    )
    kit.states(doc)
    assert [sides(e) for e in build_events(doc)] == [("ASSAULT", "ISR", "SYR")] * 2


def test_unresolved_agent_is_not_the_earlier_attacker(kit):
    doc = kit.tagged(
        "Israel/NE bombardierte/VVFIN/bombardieren Syrien/NE ./$.",
        FILLER,
        FILLER,
        FILLER,
        FILLER,
        "Ziele/NN/Ziel in/APPR Syrien/NE wurden/VAFIN/werden von/APPR Männern/NN/Mann "
        "angegriffen/VVPP/angreifen ./$.",
    )
    kit.states(doc)
    assert [sides(e) for e in build_events(doc)] == [("ASSAULT", "ISR", "SYR")]


def test_meeting_of_a_body_of_states_needs_no_other_side(kit):
    doc = kit.tagged(
        "Das/ART Treffen/NN der/ART G7/NE fand/VVFIN/finden in/APPR Brüssel/NE statt/PTKVZ ./$."
    )
    kit.add_entity(doc, "G7", "ORG", "G7", code="G7")
    assert [sides(e) for e in build_events(doc)] == [("CONSULT", "G7", None)]


def test_meeting_of_a_party_is_no_event_without_another_side(kit):
    doc = kit.tagged(
        "Das/ART Treffen/NN der/ART SPD/NE fand/VVFIN/finden in/APPR Berlin/NE statt/PTKVZ ./$."
    )
    kit.add_entity(doc, "SPD", "ORG", "SPD", code="SPD")
    assert build_events(doc) == []


def test_summit_as_setting_of_the_meeting_verb_is_one_event(kit):
    doc = kit.tagged(
        "Die/ART G7/NE wollen/VMFIN/wollen sich/PRF bei/APPR einem/ART Gipfel/NN "
        "treffen/VVINF/treffen ./$."
    )
    kit.add_entity(doc, "G7", "ORG", "G7", code="G7")
    assert [sides(e) for e in build_events(doc)] == [("AGREE", "G7", None)]


def test_particle_skips_a_relative_clause(kit):
    doc = kit.tagged(
        "Israel/NE griff/VVFIN/greifen in/APPR Quetta/NE ,/$, die/PRELS/der dort/ADV "
        "liegt/VVFIN/liegen ,/$, Syrien/NE an/PTKVZ ./$."
    )
    words = sentence_words(next(iter(doc.sents)))
    by_text = {w.text: w for w in words}
    assert by_text["griff"].lemma == "angreifen"
    assert by_text["liegt"].particle is None


def test_dative_relative_pronoun_is_the_recipient(kit):
    doc = kit.tagged(
        "Frankreich/NE kritisiert/VVFIN/kritisieren Russland/NE und/KON die/ART "
        "NATO/NE ,/$, denen/PRELS/der vor/APPR allem/PIS/alle Syrien/NE "
        "Aggression/NN vorwirft/VVFIN/vorwerfen ./$."
    )
    kit.states(doc)
    found = sorted(sides(e) for e in build_events(doc))
    assert ("ACCUSE", "SYR", "NATO") in found and ("ACCUSE", "SYR", "RUS") in found
    assert not any(actor in ("RUS", "NATO") for _, actor, _ in found)


def test_passive_keeps_the_dative_recipient(kit):
    doc = kit.tagged(
        "Dem/ART Präsidenten/NN/Präsident wurde/VAFIN/werden von/APPR Frankreich/NE "
        "Betrug/NN vorgeworfen/VVPP/vorwerfen ./$."
    )
    kit.states(doc)
    kit.add_entity(doc, "Baschar al-Assad", "PER", "Präsidenten", affiliation="SYR")
    assert [sides(e) for e in build_events(doc)] == [("ACCUSE", "FRA", "SYR")]


def test_promise_without_addressee_goes_to_the_focus_state(kit):
    doc = kit.tagged("Frankreich/NE sagte/VVFIN/sagen weitere/ADJA/weit Hilfe/NN zu/PTKVZ ./$.")
    kit.states(doc)
    doc._.focus_country = "SY"
    assert [sides(e) for e in build_events(doc)] == [("AGREE", "FRA", "SYR")]


def test_agreeing_to_a_thing_gets_no_default_addressee(kit):
    doc = kit.tagged("Frankreich/NE stimmte/VVFIN/stimmen der/ART Resolution/NN zu/PTKVZ ./$.")
    kit.states(doc)
    doc._.focus_country = "SY"
    assert build_events(doc) == []


def test_separable_trigger_has_the_verb_and_its_particle_as_parts(kit):
    doc = kit.tagged("Frankreich/NE wies/VVFIN/weisen Russland/NE zurück/PTKVZ ./$.")
    kit.states(doc)
    [event] = build_events(doc)
    assert event.trigger.text == "wies"
    assert [doc.text[p.start : p.end] for p in event.trigger_parts] == ["wies", "zurück"]


def test_one_word_trigger_has_no_parts(kit):
    doc = kit.tagged("Frankreich/NE kritisiert/VVFIN/kritisieren Russland/NE ./$.")
    kit.states(doc)
    [event] = build_events(doc)
    assert event.trigger_parts == []


def test_demand_for_a_release_is_not_addressed_to_the_one_released(kit):
    doc = kit.tagged(
        "Frankreich/NE verlangte/VVFIN/verlangen die/ART Freilassung/NN einer/ART Lehrerin/NN ./$."
    )
    kit.states(doc)
    kit.add_entity(doc, "Lehrerin", "PER", "Lehrerin")
    doc._.focus_country = "SY"
    assert [sides(e) for e in build_events(doc)] == [("REQUEST", "FRA", "SYR")]


def test_new_general_vocabulary(kit):
    siege = kit.tagged("Russland/NE belagert/VVFIN/belagern die/ART Ukraine/NE ./$.")
    kit.states(siege)
    assert [sides(e) for e in build_events(siege)] == [("ASSAULT", "RUS", "UKR")]
    backing = kit.tagged("Frankreich/NE befürwortet/VVFIN/befürworten die/ART Ukraine/NE ./$.")
    kit.states(backing)
    assert [sides(e) for e in build_events(backing)] == [("SUPPORT", "FRA", "UKR")]


def test_apposition_inside_the_verb_bracket_does_not_cut_the_clause(kit):
    doc = kit.tagged(
        "Die/ART G7/NE wollen/VMFIN/wollen sich/PRF am/APPRART Montag/NN ,/$, "
        "den/ART 18./ADJA Februar/NN ,/$, in/APPR Brüssel/NE treffen/VVINF ./$."
    )
    kit.add_entity(doc, "G7", "ORG", "G7", code="G7")
    assert [sides(e) for e in build_events(doc)] == [("AGREE", "G7", None)]


def test_match_result_is_no_attack(kit):
    doc = kit.tagged(
        "Frankreich/NE hatte/VAFIN/haben Russland/NE mit/APPR 33:25/CARD "
        "geschlagen/VVPP/schlagen ./$."
    )
    kit.states(doc)
    assert build_events(doc) == []


def test_title_noun_before_names_gives_way_to_the_names(kit):
    doc = kit.tagged(
        "Nun/ADV hatten/VAFIN/haben sich/PRF die/ART Verhandlungspartner/NN "
        "Frankreich/NE mit/APPR Russland/NE geeinigt/VVPP/einigen ./$."
    )
    kit.states(doc)
    assert [sides(e) for e in build_events(doc)] == [("AGREE", "FRA", "RUS")]


def test_dateline_is_neither_side(kit):
    doc = kit.tagged(
        "Genf/NE –/$( Russland/NE hat/VAFIN/haben vor/APPR einem/ART Angriff/NN "
        "von/APPR Milizen/NN/Miliz wie/KOKOM der/ART NATO/NE gewarnt/VVPP/warnen ./$."
    )
    kit.states(doc)
    kit.add_entity(doc, "Schweiz", "GPE", "Genf", code="CHE")
    assert [sides(e) for e in build_events(doc)] == [("THREATEN", "RUS", None)]


def test_von_phrase_inside_the_prefield_is_no_agent(kit):
    doc = kit.tagged(
        "Der/ART Attentäter/NN von/APPR Paris/NE ist/VAFIN/sein in/APPR Syrien/NE "
        "erschossen/VVPP/erschießen worden/VAPP/werden ./$."
    )
    kit.states(doc)
    kit.add_entity(doc, "Frankreich", "GPE", "Paris", code="FRA")
    assert not any(e.actor is not None and e.actor.code == "FRA" for e in build_events(doc))
