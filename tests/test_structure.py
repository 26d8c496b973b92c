"""Article structure: paragraphs, subheadings, captions and repaired breaks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lagebild.model import Structure
from lagebild.paths import shared_dir
from lagebild.structure import (
    analyse_structure,
    classify_block,
    continues_sentence,
    ends_sentence,
    is_photo_credit,
)

SEED = Path(__file__).resolve().parents[1] / "examples" / "seed.txt"


def _check_offsets(text: str, structure: Structure) -> None:
    for paragraph in structure.paragraphs:
        piece = text[paragraph.start : paragraph.end]
        assert piece == piece.strip() and piece
    for span in [*structure.subheadings, *structure.captions]:
        assert text[span.start : span.end] == span.text
    for repair in structure.repairs:
        assert text[repair.gap.start : repair.gap.end].strip() == ""
        assert text[repair.before.start : repair.before.end] == repair.before.text
        assert text[repair.after.start : repair.after.end] == repair.after.text


def test_seed_article_structure() -> None:
    text = SEED.read_text(encoding="utf-8")
    structure = analyse_structure(text)
    _check_offsets(text, structure)
    assert [s.text for s in structure.subheadings] == [
        "Kein Ende der NATO-Osterweiterung",
        '"Nicht gelungen, irgendeine Verbesserung zu erzielen"',
        "NATO-Ukraine-Treffen in Brüssel",
    ]
    assert [c.text for c in structure.captions] == [
        "Das russisch-amerikanische Treffen fand im Gebäude der US-Vertretung bei den "
        "Vereinten Nationen in Genf statt",
        "Corona-gerechtes Einvernehmen der Kiewer Vize-Regierungschefin Stefanischyna mit "
        "NATO-Generalsekretär Stoltenberg",
    ]
    assert len(structure.repairs) == 1
    repair = structure.repairs[0]
    assert repair.before.text == "Angriffswaffen nahe der"
    assert repair.after.text == "russischen Grenzen. Von diesen Forderungen"
    # The two pieces are one paragraph.
    merged = [p for p in structure.paragraphs if p.start < repair.gap.start < p.end]
    assert len(merged) == 1 and merged[0].kind == "paragraph"
    assert len(structure.paragraphs) == 11
    assert sum(p.kind == "paragraph" for p in structure.paragraphs) == 6


def test_seed_matches_its_gold_when_shared_is_present() -> None:
    shared = shared_dir()
    if shared is None:
        pytest.skip("../shared is absent")
    gold = json.loads((shared / "seed" / "000_520c29f28ee48caa.gold.json").read_text("utf-8"))
    text = (shared / "seed" / "000_520c29f28ee48caa.txt").read_text(encoding="utf-8")
    structure = analyse_structure(text)
    assert [s.text for s in structure.subheadings] == gold["structure"]["subheadings"]
    assert [c.text for c in structure.captions] == gold["structure"]["captions"]
    assert [[r.before.text, r.after.text] for r in structure.repairs] == gold["structure"][
        "broken_paragraphs"
    ]


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        ("Die Regierung hat am Montag neue Hilfen beschlossen.", "paragraph"),
        ("Was will Putin?", "subheading"),
        ("Scholz reist nach Kiew", "subheading"),
        ("„Wir werden nicht nachgeben“", "subheading"),
        ("Foto: dpa", "caption"),
        ("© Reuters", "caption"),
        ("AFP/Getty Images", "caption"),
        ("Bundeskanzler Scholz bei seiner Ankunft in Kiew (Foto: dpa)", "caption"),
        ("Scholz und Selenskyj (v.l.) in Kiew", "caption"),
        ("Die Außenminister trafen sich am Rande der Konferenz in einem Hotel in Rom", "caption"),
        ("Sie sagte, man werde reden. (APA, red, 25.7.2015)", "paragraph"),
        ("2. Tag: (28.12.2008)", "paragraph"),
        ("noch ein Rest", "paragraph"),
        ("• Die Regierung plant höhere Steuern für große Vermögen im ganzen Land", "paragraph"),
        ("- Mehr Geld für Schulen", "paragraph"),
    ],
)
def test_classify_block(block: str, kind: str) -> None:
    assert classify_block(block) == kind


def test_shape_features() -> None:
    assert ends_sentence('Er sagte: "Nein."')
    assert not ends_sentence('"Nicht gelungen"')
    assert is_photo_credit("Bild: Marco Müller")
    assert not is_photo_credit("Das Bild zeigt: Die Lage ist ernst.")


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("Er kritisierte die", "Regierung scharf.", True),
        ("Sie fuhren in den", "deutsch-österreichischen Grenzraum.", True),
        ("Die Sicherheits-", "bedenken wurden geteilt.", True),
        ("Sie kamen aus Berlin, Paris,", "Rom und Madrid.", True),
        ("Er kam. Dann sagte er vor den Journalisten in Berlin", "Russland sei schuld.", True),
        ("Er kam am Montag.", "die Regierung sagte nichts.", False),
        ("Kein Ende der NATO-Osterweiterung", "Sherman sagte, es gehe weiter.", False),
        ("Beschlüsse bis 12:00 Uhr", "zugestimmt: Arbeitgeber zahlen früher.", False),
        ("Foto: dpa", "und weiter.", False),
    ],
)
def test_continues_sentence(before: str, after: str, expected: bool) -> None:
    assert continues_sentence(before, after) is expected


def test_single_newlines_separate_paragraphs_and_breaks_are_repaired() -> None:
    text = (
        "Gespräche in Genf\n"
        "Die Delegationen trafen sich am Montag. Sie sprachen über die Lage im\n"
        "deutsch-österreichischen Grenzgebiet.\n"
        "Foto: dpa\n"
    )
    structure = analyse_structure(text)
    _check_offsets(text, structure)
    assert [p.kind for p in structure.paragraphs] == ["subheading", "paragraph", "caption"]
    assert structure.repairs[0].before.text == "die Lage im"


def test_hard_wrapped_text_is_joined_without_repairs() -> None:
    lines = [
        "Die Regierung hat am Montag in Berlin ein neues Paket mit Hilfen beschlossen und",
        "Minister erklärten ihre Sicht auf das Vorhaben vor der Presse in der Hauptstadt",
        "am Abend, wobei sie die Kosten als tragbar bezeichneten und ausserdem auf die",
        "Lage der Länder und Gemeinden im ganzen Land eingingen, wie es hieß. Am Dienstag",
        "soll sich der Bundestag mit dem Paket befassen, hieß es aus der Koalition.",
    ]
    text = "\n".join(lines) + "\n\nZweiter Absatz mit einem ganz normalen Satz darin.\n"
    structure = analyse_structure(text)
    _check_offsets(text, structure)
    assert [p.kind for p in structure.paragraphs] == ["paragraph", "paragraph"]
    assert structure.repairs == []


def test_empty_and_blank_text() -> None:
    assert analyse_structure("").paragraphs == []
    assert analyse_structure("  \n\n ").paragraphs == []


def test_component_sets_the_doc_extension() -> None:
    from lagebild.pipeline import build_pipeline

    nlp = build_pipeline(upto="lagebild_structure")
    doc = nlp("Überschrift hier\n\nEin Absatz mit Text.")
    assert [p.kind for p in doc._.structure.paragraphs] == ["subheading", "paragraph"]
