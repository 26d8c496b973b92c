from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from lagebild.linguistics.phrase_tags import correct_phrase_tags


def test_past_form_between_determiner_and_noun_is_attributive() -> None:
    forms = ["die", "derzeit", "wegen", "Dopings", "suspendierte", "Tennisspielerin", "."]
    tags = ["ART", "ADV", "APPR", "NN", "VVFIN", "NN", "$."]
    assert correct_phrase_tags(forms, tags) == [4]
    assert tags[4] == "ADJA"
    forms = ["der", "von", "Ralph", "Hasenhüttl", "betreute", "FC", "Ingolstadt"]
    tags = ["ART", "APPR", "NE", "NE", "VVFIN", "NN", "NE"]
    assert correct_phrase_tags(forms, tags) == [4]


def test_verb_in_second_place_stays_finite() -> None:
    forms = ["Im", "April", "begrüßte", "Nationalratspräsidentin", "Doris", "Bures"]
    tags = ["APPRART", "NN", "VVFIN", "NN", "NE", "NE"]
    assert correct_phrase_tags(forms, tags) == []
    forms = ["Die", "Grünen", "verweigerten", "FPÖ-Chef", "Gerhard", "Köfer"]
    tags = ["ART", "NN", "VVFIN", "NN", "NE", "NE"]
    assert correct_phrase_tags(forms, tags) == []
    forms = ["Hinter", "dem", "Weltmeister", "landete", "WM-Spitzenreiter", "Nico"]
    tags = ["APPR", "ART", "NN", "VVFIN", "NN", "NE"]
    assert correct_phrase_tags(forms, tags) == []


def test_waehrend_before_a_verb_second_clause_is_a_preposition() -> None:
    forms = ["Während", "der", "Ausschreitungen", "am", "Hauptbahnhof", "hätten", "Frauen"]
    tags = ["KOUS", "ART", "NN", "APPRART", "NN", "VAFIN", "NN"]
    assert correct_phrase_tags(forms, tags) == [0]
    assert tags[0] == "APPR"


def test_waehrend_opening_a_verb_final_clause_stays_a_conjunction() -> None:
    forms = ["Während", "der", "Nutzer", "telefoniert", ",", "läuft", "die", "App", "."]
    tags = ["KOUS", "ART", "NN", "VVFIN", "$,", "VVFIN", "ART", "NN", "$."]
    assert correct_phrase_tags(forms, tags) == []
    forms = ["Während", "die", "Polizei", "Marihuana", "suchte", "."]
    tags = ["KOUS", "ART", "NN", "NN", "VVFIN", "$."]
    assert correct_phrase_tags(forms, tags) == []
    # after a comma "während" is mostly the conjunction, a mistagged final verb or not
    forms = [",", "während", "der", "Umstieg", "verstärkt", "die", "Länder", "erreicht"]
    tags = ["$,", "KOUS", "ART", "NN", "VVFIN", "ART", "NN", "VVPP"]
    assert correct_phrase_tags(forms, tags) == []


def test_tagger_corrects_participle_and_preposition(analyse: Callable[..., Doc]) -> None:
    doc = analyse("Der vom Verein unterstützte Kläger hat gewonnen.")
    assert {t.text: t.tag_ for t in doc}["unterstützte"] == "ADJA"
    doc = analyse("Während der aktuellen Proben entsteht das Drehbuch.")
    assert doc[0].tag_ == "APPR"


def test_waehrend_before_a_genitive_article_is_a_preposition() -> None:
    forms = ["Während", "des", "Besuchs", "von", "Papst", "Franziskus", "sind", "50"]
    tags = ["KOUS", "ART", "NN", "APPR", "NN", "NE", "VAFIN", "CARD"]
    assert correct_phrase_tags(forms, tags) == [0]
    assert tags[0] == "APPR"


def test_waehrend_opening_a_clause_stays_a_conjunction() -> None:
    forms = ["Während", "der", "Minister", "sprach", ",", "protestierten", "sie", "."]
    tags = ["KOUS", "ART", "NN", "VVFIN", "$,", "VVFIN", "PPER", "$."]
    assert correct_phrase_tags(forms, tags) == []
