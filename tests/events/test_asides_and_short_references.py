"""Clauses interrupted by a bracketed aside or an apposition go on after it; a relative
pronoun tagged as an article opens its clause; "die Opposition" stands for the one party an
article calls the opposition, "die Marines" for the "US-Marines" named before."""

from __future__ import annotations

from lagebild.events.build import build_events
from lagebild.events.clauses import split_clauses
from lagebild.events.words import sentence_words


def clause_texts(doc) -> list[str]:
    return [" ".join(w.text for w in c.words) for c in split_clauses(sentence_words(doc[:]))]


def test_bracketed_clause_does_not_cut_the_clause_around_it(kit):
    doc = kit.tagged(
        "Führer/NN der/ART Bewegung/NN (/$( übersetzt/VVPP/übersetzen :/$. Es/PPER ist/VAFIN "
        "genug/ADV )/$( wurden/VAFIN/werden aus/APPR der/ART Haft/NN "
        "entlassen/VVPP/entlassen ./$."
    )
    assert clause_texts(doc) == [
        "Führer der Bewegung wurden aus der Haft entlassen",
        "übersetzt",
        "Es ist genug",
    ]


def test_bracketed_name_stays_in_its_phrase(kit):
    doc = kit.tagged(
        "Edathy/NE (/$( SPD/NE )/$( verteidigte/VVFIN/verteidigen den/ART Entwurf/NN ./$."
    )
    assert clause_texts(doc) == ["Edathy SPD verteidigte den Entwurf"]


def test_apposition_before_the_particle_stays_in_the_clause(kit):
    doc = kit.tagged(
        "Unterdessen/ADV ruft/VVFIN/rufen die/ART Vereinigung/NN ,/$, eine/ART "
        "ansässige/ADJA Gruppe/NN ,/$, alle/PIAT Mönche/NN dazu/PROAV auf/PTKVZ ,/$, "
        "keine/PIAT Almosen/NN anzunehmen/VVIZU/annehmen ./$."
    )
    texts = clause_texts(doc)
    assert texts[0] == (
        "Unterdessen ruft die Vereinigung eine ansässige Gruppe alle Mönche dazu auf"
    )
    assert texts[1] == "keine Almosen anzunehmen"


def test_particle_of_a_subordinate_clause_is_not_glued_back(kit):
    doc = kit.tagged(
        "Er/PPER sagte/VVFIN/sagen ,/$, dass/KOUS Mönche/NN protestierten/VVFIN ,/$, "
        "alle/PIAT dazu/PROAV auf/PTKVZ ./$."
    )
    assert clause_texts(doc)[1] == "dass Mönche protestierten alle dazu auf"


def _opposition_doc(kit, described: str):
    doc = kit.tagged(
        f"Die/ART {described} MDC/NE protestierte/VVFIN/protestieren ./$.",
        "Die/ART Opposition/NN kritisierte/VVFIN/kritisieren Simbabwe/NE ./$.",
    )
    kit.add_entity(doc, "Simbabwe", "GPE", code="ZWE")
    kit.add_entity(doc, "MDC", "ORG", code="MDC")
    kit.add_entity(doc, "Politische Opposition", "ORG", "Opposition", code="Politische Opposition")
    return doc


def test_the_opposition_is_the_party_called_so(kit):
    doc = _opposition_doc(kit, "Oppositionspartei/NN")
    accusations = [e for e in build_events(doc) if e.type == "ACCUSE"]
    assert [(e.actor.code, e.recipient.code) for e in accusations] == [("MDC", "ZWE")]


def test_the_opposition_stays_generic_without_a_party_called_so(kit):
    doc = _opposition_doc(kit, "Partei/NN")
    accusations = [e for e in build_events(doc) if e.type == "ACCUSE"]
    assert [e.actor.code for e in accusations] == ["Politische Opposition"]


def test_article_opening_a_verb_final_piece_after_a_preposition_is_relative(kit):
    doc = kit.tagged(
        "Es/PPER geht/VVFIN/gehen um/APPR eine/ART Demonstration/NN ,/$, bei/APPR der/ART "
        "Soldaten/NN Mönche/NN geschlagen/VVPP/schlagen haben/VAFIN ./$."
    )
    relative = split_clauses(sentence_words(doc[:]))[1]
    assert relative.chunks[0].prep is None
    assert [w.text for w in relative.chunks[0].words] == ["Soldaten"]


def test_article_after_a_preposition_in_a_verb_second_piece_stays_an_article(kit):
    doc = kit.tagged(
        "Es/PPER regnete/VVFIN/regnen ,/$, bei/APPR der/ART Demonstration/NN "
        "wurden/VAFIN/werden Mönche/NN geschlagen/VVPP/schlagen ./$."
    )
    second = split_clauses(sentence_words(doc[:]))[1]
    assert second.chunks[0].prep == "bei"


def test_short_name_after_a_compound_one_and_the_light_verb_give_the_actor(kit):
    doc = kit.tagged(
        "Die/ART US-Marines/NN kamen/VVFIN/kommen ./$.",
        "Die/ART Marines/NN erwiderten/VVFIN/erwidern das/ART Feuer/NN auf/APPR die/ART "
        "Taliban/NE ./$.",
    )
    kit.add_entity(doc, "US-Marines", "ORG", code="USA")
    kit.add_entity(doc, "Taliban", "ORG", code="Taliban")
    assaults = [e for e in build_events(doc) if e.type == "ASSAULT"]
    assert [(e.actor.code, e.recipient.code) for e in assaults] == [("USA", "Taliban")]


def test_short_name_before_the_compound_one_is_not_taken(kit):
    doc = kit.tagged(
        "Die/ART Marines/NN erwiderten/VVFIN/erwidern das/ART Feuer/NN auf/APPR die/ART "
        "Taliban/NE ./$.",
        "Die/ART US-Marines/NN kamen/VVFIN/kommen ./$.",
    )
    kit.add_entity(doc, "US-Marines", "ORG", code="USA")
    kit.add_entity(doc, "Taliban", "ORG", code="Taliban")
    assert [e for e in build_events(doc) if e.type == "ASSAULT"] == []
