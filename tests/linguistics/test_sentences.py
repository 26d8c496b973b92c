from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from lagebild.model import Paragraph, Repair, Span, Structure, TextSpan


def sentence_texts(doc: Doc) -> list[str]:
    return [s.text.strip() for s in doc.sents if s.text.strip()]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Er nannte z. B. Dr. Müller bzw. Prof. Meier u. a. als Zeugen. Dann ging er.",
            ["Er nannte z. B. Dr. Müller bzw. Prof. Meier u. a. als Zeugen.", "Dann ging er."],
        ),
        (
            "Das Treffen ist am 10. Januar in St. Gallen. Es folgt Nr. 5 im Jan. 2022.",
            ["Das Treffen ist am 10. Januar in St. Gallen.", "Es folgt Nr. 5 im Jan. 2022."],
        ),
        (
            "Im 20. Jahrhundert gab es 100.000 Soldaten. Heute nicht.",
            ["Im 20. Jahrhundert gab es 100.000 Soldaten.", "Heute nicht."],
        ),
        ("Er kam 2020. Dann ging er.", ["Er kam 2020.", "Dann ging er."]),
        ("Sie kauften Obst usw. Das war teuer.", ["Sie kauften Obst usw.", "Das war teuer."]),
    ],
)
def test_abbreviations_and_numbers(
    analyse: Callable[..., Doc], text: str, expected: list[str]
) -> None:
    assert sentence_texts(analyse(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Er sagte: "Nein." Dann ging er.', ['Er sagte: "Nein."', "Dann ging er."]),
        ("„Wir kommen.“ Sie kamen.", ["„Wir kommen.“", "Sie kamen."]),
        ("»Gut so.« Er nickte.", ["»Gut so.«", "Er nickte."]),
        ('"Falsch!", sagte sie. Er schwieg.', ['"Falsch!", sagte sie.', "Er schwieg."]),
        ("„Wirklich?“ fragte er.", ["„Wirklich?“ fragte er."]),
        (
            'Er sagte: "Ich würde sagen: Nein, es ist nicht gelungen."',
            ['Er sagte: "Ich würde sagen: Nein, es ist nicht gelungen."'],
        ),
    ],
)
def test_quotes(analyse: Callable[..., Doc], text: str, expected: list[str]) -> None:
    assert sentence_texts(analyse(text)) == expected


def test_paragraph_starts_a_sentence_and_headings_stand_alone(analyse: Callable[..., Doc]) -> None:
    text = "Kein Ende in Sicht\n\nGespräche gehen weiter. Morgen mehr\n\nDas Foto zeigt z. B. Genf"
    first_break = text.index("\n\n")
    second_break = text.index("\n\n", first_break + 2)
    structure = Structure(
        paragraphs=[
            Paragraph(start=0, end=first_break, kind="subheading"),
            Paragraph(start=first_break + 2, end=second_break),
            Paragraph(start=second_break + 2, end=len(text), kind="caption"),
        ]
    )
    assert sentence_texts(analyse(text, structure)) == [
        "Kein Ende in Sicht",
        "Gespräche gehen weiter.",
        "Morgen mehr",
        "Das Foto zeigt z. B. Genf",
    ]


def test_no_sentence_crosses_a_paragraph_even_after_an_abbreviation(
    analyse: Callable[..., Doc],
) -> None:
    text = "Er nannte Obst usw.\n\nkleine Dinge folgen."
    cut = text.index("\n\n")
    structure = Structure(
        paragraphs=[Paragraph(start=0, end=cut), Paragraph(start=cut + 2, end=len(text))]
    )
    expected = ["Er nannte Obst usw.", "kleine Dinge folgen."]
    assert sentence_texts(analyse(text, structure)) == expected


def _repaired(text: str, paragraphs_split: bool) -> Structure:
    cut = text.index("\n\n")
    gap = Span(start=cut, end=cut + 2)
    repair = Repair(
        gap=gap,
        before=TextSpan(start=cut - 3, end=cut, text=text[cut - 3 : cut]),
        after=TextSpan(start=cut + 2, end=cut + 12, text=text[cut + 2 : cut + 12]),
    )
    if paragraphs_split:
        paragraphs = [Paragraph(start=0, end=cut), Paragraph(start=cut + 2, end=len(text))]
    else:
        paragraphs = [Paragraph(start=0, end=len(text))]
    return Structure(paragraphs=paragraphs, repairs=[repair])


@pytest.mark.parametrize("paragraphs_split", [True, False])
def test_repaired_break_does_not_start_a_sentence(
    analyse: Callable[..., Doc], paragraphs_split: bool
) -> None:
    text = "Dazu zählte ein Verzicht nahe der\n\nrussischen Grenzen. Von diesen Forderungen"
    sentences = sentence_texts(analyse(text, _repaired(text, paragraphs_split)))
    assert sentences[0] == "Dazu zählte ein Verzicht nahe der\n\nrussischen Grenzen."
    assert len(sentences) == 2


def test_whitespace_never_starts_a_sentence(analyse: Callable[..., Doc]) -> None:
    doc = analyse("Erster Satz.  \n Zweiter Satz.")
    assert all(not s[0].is_space for s in doc.sents)


def test_without_structure_blank_lines_separate_paragraphs(blank_nlp: Language) -> None:
    from lagebild.linguistics.sentences import split_sentences

    doc = blank_nlp.make_doc("Kein Ende in Sicht\n\nGespräche gehen weiter")
    doc._.structure = None
    doc = split_sentences(doc)
    assert sentence_texts(doc) == ["Kein Ende in Sicht", "Gespräche gehen weiter"]
