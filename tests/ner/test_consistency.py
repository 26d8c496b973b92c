"""Document-level name propagation on hand-built docs."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from lagebild.ner.consistency import propagate_names


def _doc_with(text: str, entities: list[tuple[int, int, str]]):
    doc = spacy.blank("de")(text)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in entities]
    return doc


def test_full_name_and_surname_repeat_get_the_label() -> None:
    doc = _doc_with(
        "Wendy Sherman sprach . Später sagte Sherman , Wendy Sherman sei zufrieden .",
        [(0, 2, "PER")],
    )
    propagate_names(doc)
    found = {(ent.text, ent.label_) for ent in doc.ents}
    assert found == {("Wendy Sherman", "PER"), ("Sherman", "PER")}
    assert len(doc.ents) == 3


def test_majority_label_wins_and_lowercase_is_ignored() -> None:
    doc = _doc_with(
        "Genf liegt am See . Genf ist schön . In Genf tagt man .",
        [(0, 1, "LOC"), (5, 6, "LOC"), (10, 11, "ORG")],
    )
    propagate_names(doc)
    assert [ent.label_ for ent in doc.ents] == ["LOC", "LOC", "ORG"]  # tagged ones untouched


def test_existing_entities_are_not_split() -> None:
    doc = _doc_with("NATO . Die NATO-Staaten und die NATO .", [(0, 1, "ORG")])
    propagate_names(doc)
    assert [ent.text for ent in doc.ents] == ["NATO", "NATO"]


def test_surname_of_full_name_is_relabelled_person() -> None:
    doc = _doc_with(
        "Jens Stoltenberg kam . Stoltenberg sagte , Brüssel warte .",
        [(0, 2, "PER"), (4, 5, "LOC"), (7, 8, "LOC")],
    )
    propagate_names(doc)
    assert [(ent.text, ent.label_) for ent in doc.ents] == [
        ("Jens Stoltenberg", "PER"),
        ("Stoltenberg", "PER"),
        ("Brüssel", "LOC"),
    ]
