from __future__ import annotations

from lagebild.linguistics.clause_tags import correct_clause_tags


def test_als_opening_a_verb_final_clause_is_a_conjunction() -> None:
    forms = [",", "als", "bewaffnete", "Räuber", "einen", "Konvoi", "angriffen", ","]
    tags = ["$,", "APPR", "ADJA", "NN", "ART", "NN", "VVFIN", "$,"]
    assert correct_clause_tags(forms, tags) == [1]
    assert tags[1] == "KOUS"


def test_als_before_a_noun_phrase_stays_a_preposition() -> None:
    forms = ["Er", "arbeitete", "als", "Lehrer", "in", "Wien", "."]
    tags = ["PPER", "VVFIN", "APPR", "NN", "APPR", "NE", "$."]
    assert correct_clause_tags(forms, tags) == []
    forms = [",", "als", "ob", "er", "käme", "."]
    tags = ["$,", "APPR", "KOUS", "PPER", "VVFIN", "$."]
    assert correct_clause_tags(forms, tags) == []


def test_a_relative_pronoun_in_an_infinitive_clause_is_an_article() -> None:
    forms = [
        ",",
        "der",
        "aus",
        "Somalia",
        "stammenden",
        "Abgeordneten",
        "die",
        "Staatsbürgerschaft",
        "abzuerkennen",
        ",",
    ]
    tags = ["$,", "PRELS", "APPR", "NE", "ADJA", "NN", "ART", "NN", "VVIZU", "$,"]
    assert correct_clause_tags(forms, tags) == [1]
    assert tags[1] == "ART"


def test_a_relative_clause_keeps_its_pronoun() -> None:
    # HanTa often reads the clause-final finite verb as an infinitive ("werden" VAINF).
    forms = ["Kinder", ",", "die", "immer", "um", "ihren", "Schlaf", "gebracht", "werden", "."]
    tags = ["NN", "$,", "PRELS", "ADV", "APPR", "PPOSAT", "NN", "VVPP", "VAINF", "$."]
    assert correct_clause_tags(forms, tags) == []
    forms = [",", "um", "das", "dann", "auszuführen", "."]
    tags = ["$,", "KOUI", "PRELS", "ADV", "VVIZU", "$."]
    assert correct_clause_tags(forms, tags) == []
