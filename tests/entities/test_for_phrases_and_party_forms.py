"""Organisation names with "für", nominalised-adjective party names, an adjective after a
title's genitive article, the state that bare "die Polizei" serves, and a place that
titles a medium ("die Tageszeitung Österreich")."""

from __future__ import annotations

import pytest


def _names(entities) -> set[str]:
    return {entity.name for entity in entities}


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a weekday after "für" says when, it names no field of work
        ("In Paris hatten drei Gewerkschaften für Montag zu Streiks aufgerufen.", "für Montag"),
        # an office a person holds is no organisation
        ("Johann Tschürtz wird Landesrat für Sicherheit.", "Landesrat für Sicherheit"),
        ("Stubb erhält ein Mandat des Parlaments für Eurogruppe.", "Parlament für Eurogruppe"),
    ],
)
def test_for_phrase_outside_a_name(entities_of, text: str, wrong: str) -> None:
    assert not any(wrong in name for name in _names(entities_of(text)))


def test_for_phrase_in_a_name(entities_of) -> None:
    names = _names(entities_of("Das Bundesamt für Migration und Flüchtlinge warnt davor."))
    assert "Bundesamt für Migration und Flüchtlinge" in names


def test_green_light_is_no_party(entities_of) -> None:
    assert "Die Grünen" not in _names(entities_of("Es gibt kein Grünes Licht für das Paket."))
    assert "Die Grünen" in _names(entities_of("Die Grünen kritisierten das Paket."))


def test_hyphened_adjective_after_title_names_no_state(entities_of) -> None:
    # "Griechenland-skeptischen" describes the Finns, whose minister he is
    text = (
        "Finanzminister Stubb erhält das Mandat. "
        "Der Finanzminister der Griechenland-skeptischen Finnen wird zustimmen."
    )
    stubb = next(e for e in entities_of(text) if e.name == "Stubb")
    assert stubb.affiliation != "GRC"


def test_bare_police_serves_the_state_whose_regions_are_named(entities_of) -> None:
    text = (
        "Die Flüchtlinge wollen nach Deutschland weiterreisen. In der Steiermark und in "
        "Oberösterreich ist es ruhig, sagte ein Sprecher aus Österreich. "
        "Die Polizei warnt vor Gerüchten."
    )
    police = next(e for e in entities_of(text) if any(m.text == "Polizei" for m in e.mentions))
    assert police.code == "AUT"


def test_place_after_a_medium_noun_is_the_medium(entities_of) -> None:
    entities = entities_of("Das sagte der Kanzler der Tageszeitung Österreich.")
    assert [(e.type, e.name) for e in entities if e.name == "Österreich"] == [("ORG", "Österreich")]


def test_longer_medium_title_is_not_cut_to_a_place(entities_of) -> None:
    names = {e.name for e in entities_of("Das sagte er der Zeitung Le Monde am Montag.")}
    assert "Le" not in names
