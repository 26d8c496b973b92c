from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from lagebild.linguistics.dateline_split import report_start


def test_report_starts_after_the_dateline_dash() -> None:
    assert report_start(["Rabat", "–", "In", "Marokko", "ist"]) == 2
    assert report_start(["Wien", "/", "Linz", "–", "Die", "SPÖ"]) == 4
    assert report_start(["St.", "Pölten", "–", "Im", "Landtag"]) == 3


def test_no_dateline_without_names_before_a_dash() -> None:
    assert report_start(["Der", "Bürgermeister", "hat", "–", "wie", "erwartet"]) == 0
    assert report_start(["–", "In", "Marokko"]) == 0
    assert report_start(["Wien", "–", "in", "Marokko"]) == 0
    assert report_start(["Rabat", "In", "Marokko"]) == 0


def tags_of(doc: Doc) -> dict[str, str]:
    return {token.text: token.tag_ for token in doc}


def test_function_word_after_a_dateline_is_not_a_foreign_word(
    analyse: Callable[..., Doc],
) -> None:
    doc = analyse("Rabat – In Marokko ist ein Belgier festgenommen worden.")
    assert tags_of(doc)["In"] == "APPR"
    doc = analyse("Berlin – Im vergangenen Jahr ist die Zahl gestiegen.")
    assert tags_of(doc)["Im"] == "APPRART"
    doc = analyse("Peking – Es war kurz vor Mitternacht.")
    assert tags_of(doc)["Es"] == "PPER"


def test_dateline_keeps_its_place_name(analyse: Callable[..., Doc]) -> None:
    doc = analyse("Rom – In Italien sind am Dienstag schärfere Regeln in Kraft getreten.")
    assert tags_of(doc)["Rom"] == "NE"


def test_english_name_after_a_dateline_stays_a_name(analyse: Callable[..., Doc]) -> None:
    # Searched alone, the report's capitalised English words read as foreign words (FM);
    # the whole sentence's search knew them as a name.
    doc = analyse("Wien – Die Vienna Insurance Group (VIG) musste einen Gewinneinbruch hinnehmen.")
    tags = tags_of(doc)
    assert tags["Insurance"] == "NE"
    assert tags["Group"] == "NE"
