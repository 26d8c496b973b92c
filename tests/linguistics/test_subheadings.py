from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def sentence_texts(doc: Doc) -> list[str]:
    return [s.text.strip() for s in doc.sents if s.text.strip()]


def test_glued_subheading_ends_before_a_capitalised_opener(
    analyse: Callable[..., Doc],
) -> None:
    doc = analyse(
        "Sie kämpft um die Beute. Wahlscharmützel Die Karriere der Kalifornierin begann im "
        "Fernsehen."
    )
    assert sentence_texts(doc) == [
        "Sie kämpft um die Beute.",
        "Wahlscharmützel",
        "Die Karriere der Kalifornierin begann im Fernsehen.",
    ]
    doc = analyse("Er war optimistisch. Lob für Diskussion Er begrüßte die offene Debatte.")
    assert sentence_texts(doc)[1:] == ["Lob für Diskussion", "Er begrüßte die offene Debatte."]


def test_title_after_a_naming_noun_or_an_article_is_no_heading(
    analyse: Callable[..., Doc],
) -> None:
    for text in (
        "Er spielt mit. Unter dem Titel Der Hexer und das Biest läuft das Stück.",
        "Er kam. Der siebente Film Das Erwachen der Macht startet bald.",
        "Sie kandidiert. Jankovics gehört zur Liste Die Unabhängigen, die antritt.",
    ):
        assert len(sentence_texts(analyse(text))) == 2, text


def test_dateline_glued_to_its_dash_is_no_heading(analyse: Callable[..., Doc]) -> None:
    doc = analyse("Es brennt. Istanbul- Der Konflikt eskaliert.")
    assert sentence_texts(doc) == ["Es brennt.", "Istanbul- Der Konflikt eskaliert."]
