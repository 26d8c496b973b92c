"""An adjective capitalised only because it opens a sentence ("Vorsätzliche Brandstiftung
hatten …", "– Nächster Finanzministerrat am …") is not taken into an organisation's name;
one the article also capitalises inside a sentence is ("Kommunistische Partei")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Das Feuer brach am Dienstag aus. Vorsätzliche Brandstiftung hatten die Ermittler "
        "ausgeschlossen.",
        "Die Kommission tagte. Nächster Finanzministerrat am 6. Oktober.",
    ],
)
def test_a_sentence_start_adjective_makes_no_organisation(entities_of, text: str) -> None:
    assert [e.name for e in entities_of(text) if e.type == "ORG"] == []


def test_an_adjective_capitalised_inside_a_sentence_too_keeps_its_name(entities_of) -> None:
    entities = entities_of(
        "Die Partei tagte. Kommunistische Partei hält Parteitag. Die Kommunistische Partei "
        "hat 80 Millionen Mitglieder."
    )
    assert "Kommunistische Partei" in [e.name for e in entities if e.type == "ORG"]
