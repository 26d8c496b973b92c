"""Label mapping of the NER training corpora, on hand-built input."""

from __future__ import annotations

from pathlib import Path

from lagebild.ner.corpora import MISSING, read_germeval, smartdata_type_map


def test_germeval_outer_labels_and_dropped_deriv_part(tmp_path: Path) -> None:
    rows = [
        ("Die", "O"),
        ("russischen", "B-LOCderiv"),
        ("Pläne", "O"),
        ("zur", "O"),
        ("NATO-Osterweiterung", "B-ORGpart"),
        ("stören", "O"),
        ("Olaf", "B-PER"),
        ("Scholz", "I-PER"),
        ("beim", "O"),
        ("Tatort", "B-OTH"),
        ("in", "O"),
        ("Bad", "B-LOC"),
        ("Ems", "I-LOC"),
        (".", "O"),
    ]
    lines = ["#\tsource\t[2020-01-01]"]
    lines += [f"{i}\t{word}\t{tag}\tO" for i, (word, tag) in enumerate(rows, 1)]
    path = tmp_path / "germeval.tsv"
    path.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    (sample,) = read_germeval(path)
    assert sample.tags[1] == "O" and sample.tags[4] == "O"
    assert sample.tags[6:8] == ["B-PER", "L-PER"]
    assert sample.tags[9] == "U-MISC"
    spans = {(" ".join(sample.words[s:e]), label) for s, e, label in sample.spans()}
    assert spans == {("Olaf Scholz", "PER"), ("Tatort", "MISC"), ("Bad Ems", "LOC")}


def test_smartdata_type_map_covers_entity_and_non_entity_types() -> None:
    mapping = smartdata_type_map()
    assert mapping["person"] == "PER"
    assert mapping["organization-company"] == "ORG"
    assert mapping["location-city"] == "LOC"
    assert mapping["date"] == "O"
    assert mapping["location-route"] == MISSING
