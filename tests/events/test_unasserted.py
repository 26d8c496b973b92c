"""Readings that assert no event on news text (see :mod:`lagebild.events.unasserted`), the
narrow scope of "nicht" before an adjective and a planned act told as an intent."""

from __future__ import annotations

from event_sides import sides

from lagebild.events.build import build_events
from lagebild.events.clauses import Clause, split_clauses
from lagebild.events.trigger_entries import lexicon_entries
from lagebild.events.unasserted import (
    challenged,
    delivers_nothing,
    due,
    everyday_object,
    generic,
    governed_noun,
    idiomatic,
    impending,
    interview,
    judged_infinitive,
    open_question,
    perceived,
    self_help,
    shows,
    struggling,
    studied,
)
from lagebild.events.words import Word, sentence_words


def events_of(kit, *sentences: str) -> list[tuple]:
    doc = kit.tagged(*sentences)
    kit.states(doc)
    return [(*sides(e), e.negated) for e in build_events(doc)]


def test_act_due_under_muessen_is_no_event(kit):
    assert (
        events_of(kit, "Russland/NE muss/VMFIN/müssen die/ART Ukraine/NE angreifen/VVINF ./$.")
        == []
    )


def test_resignation_that_should_happen_is_no_event(kit):
    assert events_of(kit, "Frankreich/NE sollte/VMFIN/sollen Syrien/NE angreifen/VVINF ./$.") == []


def test_passive_infinitive_under_sollen_is_planned(kit):
    assert (
        events_of(
            kit,
            "Syrien/NE soll/VMFIN/sollen von/APPR Frankreich/NE "
            "angegriffen/VVPP/angreifen werden/VAINF ./$.",
        )
        == []
    )


def test_hearsay_perfect_under_sollen_stays_an_event(kit):
    found = events_of(
        kit,
        "Russland/NE soll/VMFIN/sollen die/ART Ukraine/NE "
        "angegriffen/VVPP/angreifen haben/VAINF ./$.",
    )
    assert ("ASSAULT", "RUS", "UKR", False) in found


def test_past_muessen_tells_what_happened(kit):
    found = events_of(
        kit, "Russland/NE musste/VMFIN/müssen die/ART Ukraine/NE angreifen/VVINF ./$."
    )
    assert ("ASSAULT", "RUS", "UKR", False) in found


def _clauses(kit, sentence: str) -> list[Clause]:
    return split_clauses(sentence_words(next(kit.tagged(sentence).sents)))


def _word(clause: Clause, lemma: str) -> Word:
    return next(w for w in clause.words if w.lemma == lemma)


def test_zu_infinitive_judged_not_sensible_is_no_event(kit):
    clauses = _clauses(
        kit,
        "Es/PPER sei/VAFIN/sein nicht/PTKNEG sinnvoll/ADJD ,/$, Syrien/NE "
        "anzugreifen/VVIZU/angreifen ./$.",
    )
    clause = clauses[-1]
    assert judged_infinitive(clause, clauses, _word(clause, "angreifen"))


def test_zu_infinitive_of_a_plan_noun_is_no_event(kit):
    clauses = _clauses(
        kit,
        "Es/PPER gab/VVFIN/geben eine/ART Initiative/NN ,/$, "
        "Soldaten/NN/Soldat nach/APPR Syrien/NE zu/PTKZU "
        "schicken/VVINF ./$.",
    )
    clause = clauses[-1]
    assert judged_infinitive(clause, clauses, _word(clause, "schicken"))


def test_zu_infinitive_of_purpose_is_told(kit):
    clauses = _clauses(
        kit, "Es/PPER ist/VAFIN/sein wichtig/ADJD ,/$, um/KOUI Syrien/NE zu/PTKZU helfen/VVINF ./$."
    )
    clause = clauses[-1]
    assert not judged_infinitive(clause, clauses, _word(clause, "helfen"))


def test_generic_event_noun_is_no_event(kit):
    clause = _clauses(
        kit, "Für/APPR Syrien/NE kam/VVFIN/kommen jede/PIAT/jeder Hilfe/NN zu/PTKA spät/ADJD ./$."
    )[0]
    hilfe = _word(clause, "Hilfe")
    assert generic(clause.chunk_of(hilfe), hilfe)


def test_particular_event_noun_is_not_generic(kit):
    clause = _clauses(
        kit, "Für/APPR Syrien/NE kam/VVFIN/kommen die/ART Hilfe/NN zu/PTKA spät/ADJD ./$."
    )[0]
    hilfe = _word(clause, "Hilfe")
    assert not generic(clause.chunk_of(hilfe), hilfe)


def test_demonstrating_a_quality_is_no_protest(kit):
    doc = kit.tagged("Die/ART Regierung/NN demonstriert/VVFIN/demonstrieren Einigkeit/NN ./$.")
    kit.add_entity(doc, "Regierung", "ORG", "Regierung", code="AUT")
    assert not any(e.type == "PROTEST" for e in build_events(doc))


def test_demonstrating_against_something_stays_a_protest(kit):
    doc = kit.tagged(
        "Die/ART Gewerkschaft/NN demonstriert/VVFIN/demonstrieren gegen/APPR "
        "die/ART Regierung/NN ./$."
    )
    kit.add_entity(doc, "Gewerkschaft", "ORG", "Gewerkschaft", code="AUTLAB")
    kit.add_entity(doc, "Regierung", "ORG", "Regierung", code="AUTGOV")
    assert any(e.type == "PROTEST" for e in build_events(doc))


def test_scholar_studying_is_no_investigation(kit):
    clause = _clauses(
        kit,
        "Der/ART Soziologe/NN hat/VAFIN/haben die/ART syrische/ADJA/syrisch "
        "Diaspora/NN untersucht/VVPP/untersuchen ./$.",
    )[0]
    assert studied(clause, None)


def test_prosecutors_investigating_are_no_scholars(kit):
    clause = _clauses(
        kit,
        "Die/ART Staatsanwaltschaft/NN hat/VAFIN/haben den/ART Vorfall/NN "
        "untersucht/VVPP/untersuchen ./$.",
    )[0]
    assert not studied(clause, None)


def test_people_sent_back_are_no_aid(kit):
    found = events_of(
        kit,
        "Frankreich/NE hat/VAFIN/haben hundert/CARD Migranten/NN/Migrant "
        "nach/APPR Syrien/NE geschickt/VVPP/schicken ./$.",
    )
    assert not any(f[0] == "AID" for f in found)


def test_soldiers_sent_are_aid(kit):
    found = events_of(
        kit,
        "Frankreich/NE hat/VAFIN/haben hundert/CARD Soldaten/NN/Soldat "
        "nach/APPR Syrien/NE geschickt/VVPP/schicken ./$.",
    )
    assert ("AID", "FRA", "SYR", False) in found


def test_nicht_before_an_adjective_negates_only_the_adjective(kit):
    found = events_of(
        kit,
        "Deutschland/NE hat/VAFIN/haben Russland/NE als/APPR "
        "nicht/PTKNEG hilfreich/ADJD kritisiert/VVPP/kritisieren ./$.",
    )
    assert ("ACCUSE", "DEU", "RUS", False) in found


def test_nicht_before_the_verb_still_negates(kit):
    found = events_of(
        kit,
        "Deutschland/NE hat/VAFIN/haben Russland/NE nicht/PTKNEG kritisiert/VVPP/kritisieren ./$.",
    )
    assert ("ACCUSE", "DEU", "RUS", True) in found


def test_planned_attack_is_a_threat(kit):
    found = events_of(
        kit, "Russland/NE plant/VVFIN/planen einen/ART Angriff/NN auf/APPR die/ART Ukraine/NE ./$."
    )
    assert ("THREATEN", "RUS", "UKR", False) in found
    assert not any(f[0] == "ASSAULT" for f in found)


def test_attack_planned_not_stays_a_denied_attack(kit):
    found = events_of(
        kit,
        "Russland/NE plane/VVFIN/planen keinen/PIAT/kein Überfall/NN "
        "auf/APPR die/ART Ukraine/NE ./$.",
    )
    assert ("ASSAULT", "RUS", "UKR", True) in found


def test_aid_to_oneself_is_no_aid(kit):
    clause = _clauses(
        kit, "Die/ART Österreicher/NN konnten/VMFIN/können sich/PRF retten/VVINF ./$."
    )[0]
    rescue = _word(clause, "retten")
    entry = next(e for e in lexicon_entries(rescue) if e.type == "AID")
    assert self_help(entry, clause, rescue)


def test_aid_to_one_another_is_aid(kit):
    clause = _clauses(kit, "Die/ART Staaten/NN helfen/VVFIN/helfen sich/PRF gegenseitig/ADJD ./$.")[
        0
    ]
    helping = _word(clause, "helfen")
    entry = next(e for e in lexicon_entries(helping) if e.type == "AID")
    assert not self_help(entry, clause, helping)


def test_rescue_of_others_is_aid(kit):
    found = events_of(kit, "Frankreich/NE rettete/VVFIN/retten Syrien/NE ./$.")
    assert ("AID", "FRA", "SYR", False) in found


def test_contest_competed_in_is_no_denial(kit):
    found = events_of(kit, "Frankreich/NE bestritt/VVFIN/bestreiten das/ART Finale/NN ./$.")
    assert not any(f[0] == "REJECT" for f in found)


def test_charge_disputed_is_a_denial(kit):
    found = events_of(kit, "Frankreich/NE bestritt/VVFIN/bestreiten den/ART Vorwurf/NN ./$.")
    assert any(f[0] == "REJECT" for f in found)


def test_attack_in_words_is_no_assault(kit):
    found = events_of(
        kit, "Frankreich/NE griff/VVFIN/angreifen Deutschland/NE scharf/ADJD an/PTKVZ ./$."
    )
    assert not any(f[0] == "ASSAULT" for f in found)


def test_attack_stays_an_assault(kit):
    found = events_of(kit, "Frankreich/NE griff/VVFIN/angreifen Deutschland/NE an/PTKVZ ./$.")
    assert ("ASSAULT", "FRA", "DEU", False) in found


def test_stance_taken_is_no_seizure(kit):
    found = events_of(
        kit,
        "Frankreich/NE nimmt/VVFIN/einnehmen dieselbe/PDAT/derselbe "
        "Position/NN wie/KOKOM Deutschland/NE ein/PTKVZ ./$.",
    )
    assert not any(f[0] == "COERCE" for f in found)


def test_town_taken_is_a_seizure(kit):
    clause = _clauses(kit, "Russland/NE nimmt/VVFIN/einnehmen die/ART Stadt/NN ein/PTKVZ ./$.")[0]
    assert not everyday_object(clause, _word(clause, "einnehmen"))


def test_challenged_government_made_no_demand(kit):
    clause = _clauses(kit, "Gefordert/VVPP/fordern sei/VAFIN/sein die/ART Regierung/NN ./$.")[0]
    assert challenged(clause, _word(clause, "fordern"))


def test_demand_made_stays_a_request(kit):
    clause = _clauses(
        kit, "Frankreich/NE hat/VAFIN/haben Wahlen/NN/Wahl gefordert/VVPP/fordern ./$."
    )[0]
    assert not challenged(clause, _word(clause, "fordern"))


def test_protest_called_for_by_an_unnamed_caller_is_no_protest(kit):
    clause = _clauses(
        kit,
        "Ein/ART Unternehmer/NN hat/VAFIN/haben zu/APPR einer/ART "
        "Demonstration/NN aufgerufen/VVPP/aufrufen ./$.",
    )[0]
    noun = _word(clause, "Demonstration")
    assert governed_noun(clause, noun, clause.chunk_of(noun))


def test_protest_reported_is_not_governed(kit):
    clause = _clauses(
        kit,
        "Die/ART Polizei/NN hat/VAFIN/haben die/ART Demonstration/NN aufgelöst/VVPP/auflösen ./$.",
    )[0]
    noun = _word(clause, "Demonstration")
    assert not governed_noun(clause, noun, clause.chunk_of(noun))


def test_event_noun_expected_is_not_told(kit):
    clause = _clauses(
        kit,
        "Das/ART Unternehmen/NN muss/VMFIN/müssen mit/APPR Streiks/NN/Streik rechnen/VVINF ./$.",
    )[0]
    noun = _word(clause, "Streik")
    assert governed_noun(clause, noun, clause.chunk_of(noun))


def test_delivering_nothing_is_no_aid(kit):
    clause = _clauses(
        kit, "Die/ART Regierungen/NN/Regierung liefern/VVFIN/liefern nicht/PTKNEG ./$."
    )[0]
    verb = _word(clause, "liefern")
    entry = next(e for e in lexicon_entries(verb) if e.type == "AID")
    assert delivers_nothing(entry, clause, verb)


def test_weapons_delivered_are_aid(kit):
    found = events_of(
        kit, "Frankreich/NE lieferte/VVFIN/liefern Waffen/NN/Waffe an/APPR Syrien/NE ./$."
    )
    assert ("AID", "FRA", "SYR", False) in found


def test_event_asked_about_is_not_told(kit):
    clauses = _clauses(
        kit,
        "Offen/ADJD blieb/VVFIN/bleiben ,/$, ob/KOUS Russland/NE die/ART "
        "Ukraine/NE angreift/VVFIN/angreifen ./$.",
    )
    assert open_question(clauses[-1])
    assert not open_question(clauses[0])


def test_content_agreed_on_is_no_event_of_its_own(kit):
    clause = _clauses(
        kit,
        "Die/ART Parteien/NN/Partei hatten/VAFIN/haben sich/PRF auf/APPR "
        "die/ART Zusammenarbeit/NN geeinigt/VVPP/einigen ./$.",
    )[0]
    noun = _word(clause, "Zusammenarbeit")
    assert governed_noun(clause, noun, clause.chunk_of(noun))


def test_setting_of_an_agreement_is_told(kit):
    clause = _clauses(
        kit,
        "Die/ART Parteien/NN/Partei hatten/VAFIN/haben sich/PRF bei/APPR "
        "dem/ART Treffen/NN geeinigt/VVPP/einigen ./$.",
    )[0]
    noun = _word(clause, "Treffen")
    assert not governed_noun(clause, noun, clause.chunk_of(noun))


def _consult(word: Word):
    return next(e for e in lexicon_entries(word) if e.type == "CONSULT")


def test_talk_with_a_newspaper_is_an_interview(kit):
    clause = _clauses(
        kit,
        "Er/PPER sagte/VVFIN/sagen in/APPR einem/ART Gespräch/NN mit/APPR "
        "der/ART Welt/NN am/APPRART/an Sonntag/NN ./$.",
    )[0]
    talk = _word(clause, "Gespräch")
    assert interview(_consult(talk), clause, talk)


def test_talk_with_a_government_is_a_consultation(kit):
    clause = _clauses(
        kit, "Er/PPER führte/VVFIN/führen Gespräche/NN/Gespräch mit/APPR der/ART Regierung/NN ./$."
    )[0]
    talk = _word(clause, "Gespräch")
    assert not interview(_consult(talk), clause, talk)


def test_proposal_brought_into_talk_is_no_consultation(kit):
    clause = _clauses(
        kit, "Sie/PPER bringt/VVFIN/bringen eine/ART Abgabe/NN ins/APPRART/in Gespräch/NN ./$."
    )[0]
    assert idiomatic(clause, _word(clause, "Gespräch"))


def test_drohen_with_its_own_infinitive_is_impending(kit):
    clause = _clauses(
        kit,
        "Es/PPER droht/VVFIN/drohen die/ART Ukraine/NE die/ART Stadt/NN "
        "abzugeben/VVIZU/abgeben ./$.",
    )[0]
    assert impending(clause, _word(clause, "drohen"))


def test_threat_told_apart_from_its_content_is_a_threat(kit):
    clause = _clauses(
        kit, "Russland/NE drohte/VVFIN/drohen ,/$, die/ART Grenze/NN zu/PTKZU schließen/VVINF ./$."
    )[0]
    assert not impending(clause, _word(clause, "drohen"))


def test_meeting_on_sunday_is_no_interview(kit):
    clause = _clauses(
        kit,
        "Er/PPER sprach/VVFIN/sprechen bei/APPR einem/ART Treffen/NN "
        "mit/APPR Merkel/NE am/APPRART/an Sonntag/NN ./$.",
    )[0]
    meeting = _word(clause, "Treffen")
    assert not interview(_consult(meeting), clause, meeting)


def test_event_noun_as_expected_is_told(kit):
    clause = _clauses(
        kit,
        "Wie/KOKOM erwartet/VVPP/erwarten kam/VVFIN/kommen es/PPER zu/APPR "
        "Protesten/NN/Protest ./$.",
    )[0]
    noun = _word(clause, "Protest")
    assert not governed_noun(clause, noun, clause.chunk_of(noun))


def test_death_of_a_scholar_investigated_is_an_investigation(kit):
    clause = _clauses(
        kit,
        "Die/ART Polizei/NN untersucht/VVFIN/untersuchen den/ART Tod/NN "
        "des/ART Forschers/NN/Forscher ./$.",
    )[0]
    assert not studied(clause, None)


def test_named_scholar_studying_is_no_investigation(kit):
    clause = _clauses(
        kit,
        "Der/ART Soziologe/NN Marko/NE Valenta/NE hat/VAFIN/haben die/ART "
        "Diaspora/NN untersucht/VVPP/untersuchen ./$.",
    )[0]
    assert studied(clause, None)


def test_demonstrating_by_example_is_no_protest(kit):
    clause = _clauses(
        kit,
        "Forscher/NN demonstrieren/VVFIN/demonstrieren anhand/APPR "
        "einer/ART Spezies/NN ,/$, wie/PWAV es/PPER geht/VVFIN/gehen ./$.",
    )[0]
    assert shows(clause, _word(clause, "demonstrieren"))


def test_demonstrating_in_the_street_is_no_showing(kit):
    clause = _clauses(
        kit,
        "Tausende/PIS demonstrierten/VVFIN/demonstrieren am/APPRART/an "
        "Sonntag/NN in/APPR Wien/NE ./$.",
    )[0]
    assert not shows(clause, _word(clause, "demonstrieren"))


def test_zu_infinitive_only_considered_is_no_event(kit):
    clauses = _clauses(
        kit,
        "Frankreich/NE schloss/VVFIN/ausschließen nicht/PTKNEG aus/PTKVZ "
        ",/$, Syrien/NE anzugreifen/VVIZU/angreifen ./$.",
    )
    clause = clauses[-1]
    assert judged_infinitive(clause, clauses, _word(clause, "angreifen"))


def test_modal_parted_from_its_infinitive_by_an_apposition(kit):
    clauses = _clauses(
        kit,
        "Das/PDS soll/VMFIN/sollen zwischen/APPR dem/ART Minister/NN ,/$, "
        "Kogler/NE ,/$, und/KON Slowenien/NE vereinbart/VVPP/vereinbaren "
        "werden/VAINF ./$.",
    )
    clause = clauses[-1]
    assert clause.finite is None
    assert due(clause, clauses, _word(clause, "vereinbaren"))


def test_feeling_threatened_is_no_threat(kit):
    clause = _clauses(
        kit, "Polen/NE sieht/VVFIN/sehen sich/PRF durch/APPR Russland/NE bedroht/VVPP/bedrohen ./$."
    )[0]
    assert perceived(clause, _word(clause, "bedrohen"))


def test_threat_made_is_no_perception(kit):
    clause = _clauses(kit, "Russland/NE hat/VAFIN/haben Polen/NE bedroht/VVPP/bedrohen ./$.")[0]
    assert not perceived(clause, _word(clause, "bedrohen"))


def test_alarm_raised_is_no_beating(kit):
    clause = _clauses(kit, "Die/ART Helfer/NN schlagen/VVFIN/schlagen Alarm/NN ./$.")[0]
    assert everyday_object(clause, _word(clause, "schlagen"))


def test_event_invited_to_is_not_told(kit):
    clause = _clauses(
        kit, "Merkel/NE lud/VVFIN/einladen zu/APPR Gesprächen/NN/Gespräch ein/PTKVZ ./$."
    )[0]
    noun = _word(clause, "Gespräch")
    assert governed_noun(clause, noun, clause.chunk_of(noun))


def test_struggling_with_frost_is_no_fight(kit):
    clause = _clauses(
        kit,
        "Die/ART Bauern/NN/Bauer hatten/VAFIN/haben mit/APPR Frost/NN zu/PTKZU kämpfen/VVINF ./$.",
    )[0]
    assert struggling(clause, _word(clause, "kämpfen"))


def test_fighting_against_rebels_is_no_struggle(kit):
    clause = _clauses(
        kit, "Die/ART Truppen/NN/Truppe kämpfen/VVFIN/kämpfen gegen/APPR Rebellen/NN/Rebell ./$."
    )[0]
    assert not struggling(clause, _word(clause, "kämpfen"))
