"""The event data files are complete and consistent."""

from __future__ import annotations

from typing import get_args

from lagebild.events.lexicon import mode_scores, score_of, triggers, type_table
from lagebild.model import PloverType

PLOVER_TYPES = set(get_args(PloverType))
POS = {"verb", "noun", "lvc", "prep", "label"}


def test_every_type_has_quad_class_score_and_cameo_root():
    table = type_table()
    assert set(table) == PLOVER_TYPES
    assert all(-10 <= info.score <= 10 and info.cameo.isdigit() for info in table.values())
    assert table["ASSAULT"].quad_class == "material conflict"
    assert table["AGREE"].quad_class == "verbal cooperation"


def test_triggers_are_well_formed_and_cover_every_type():
    entries = triggers()
    assert len(entries) >= 300
    assert {entry.type for entry in entries} == PLOVER_TYPES
    for entry in entries:
        assert entry.pos in POS, entry
        if entry.mode:
            assert (entry.type, entry.mode) in mode_scores() or entry.mode == "deny", entry


def test_guideline_choices():
    by_lemma = {(e.lemma, e.negative): e for e in triggers()}
    assert by_lemma[("aufrufen", False)].type == "REQUEST"
    assert (by_lemma[("dementieren", False)].type, by_lemma[("dementieren", False)].mode) == (
        "REJECT",
        "deny",
    )
    assert by_lemma[("annektieren", False)].mode == "seize"
    assert by_lemma[("warnen", False)].type == "THREATEN"
    assert by_lemma[("abrücken", True)].type == "REJECT"
    assert by_lemma[("zurückweisen", False)].type == "REJECT"


def test_mode_scores_refine_type_scores():
    assert score_of("ASSAULT", "aerial") == -9.5
    assert score_of("ASSAULT", None) == -9
    assert score_of("REJECT", "deny") == -2


def test_common_verb_families_are_covered():
    by_lemma = {e.lemma: e for e in triggers() if not e.negative}
    for lemma, kind in (
        ("beanstanden", "ACCUSE"),
        ("monieren", "ACCUSE"),
        ("Protestnote", "ACCUSE"),
        ("einfordern", "REQUEST"),
        ("erörtern", "CONSULT"),
        ("ratifizieren", "AGREE"),
        ("Hausdurchsuchung", "COERCE"),
        ("Schusswechsel", "ASSAULT"),
        ("Mahnwache", "PROTEST"),
        ("abberufen", "SANCTION"),
        ("Amt niederlegen", "RETREAT"),
        ("verwerfen", "REJECT"),
    ):
        assert by_lemma[lemma].type == kind, lemma
