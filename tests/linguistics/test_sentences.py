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


@pytest.mark.parametrize(
    "text, expected",
    [
        # a score, a model name, a unit and an opener after a number end a sentence
        ("Es stand 2:0. Neapel siegte.", ["Es stand 2:0.", "Neapel siegte."]),
        (
            "Sie testeten das Nexus 6P. Weitere folgen.",
            ["Sie testeten das Nexus 6P.", "Weitere folgen."],
        ),
        ("Er fuhr 160 km/h. Eine Streife kam.", ["Er fuhr 160 km/h.", "Eine Streife kam."]),
        ("Die ÖVP stellte 50. Dazu kommen zwei.", ["Die ÖVP stellte 50.", "Dazu kommen zwei."]),
        # "Art." abbreviates only before a number
        ("Es ist eine seltene Art. Jäger fehlen.", ["Es ist eine seltene Art.", "Jäger fehlen."]),
        ("Das regelt Art. 5 der Verfassung.", ["Das regelt Art. 5 der Verfassung."]),
        # ordinals still hold together
        ("Er kam am 3. März. Dann ging er.", ["Er kam am 3. März.", "Dann ging er."]),
    ],
)
def test_periods_after_numbers_units_and_plain_words(
    analyse: Callable[..., Doc], text: str, expected: list[str]
) -> None:
    assert sentence_texts(analyse(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Republikaner kündigen Widerstand an  Während Demokraten lobten, zögerten andere.",
            ["Republikaner kündigen Widerstand an", "Während Demokraten lobten, zögerten andere."],
        ),
        (
            "Neue Akkus für Autos  London – Forscher bauen Zellen.",
            ["Neue Akkus für Autos", "London – Forscher bauen Zellen."],
        ),
        (
            "Die Universität schweigt Die Universität sagt nichts.",
            ["Die Universität schweigt", "Die Universität sagt nichts."],
        ),
        (
            "Er zeigte pic.twitter.com/ab12 Die Polizei kam.",
            ["Er zeigte pic.twitter.com/ab12", "Die Polizei kam."],
        ),
    ],
)
def test_heading_glued_to_the_body_ends_a_sentence(
    analyse: Callable[..., Doc], text: str, expected: list[str]
) -> None:
    assert sentence_texts(analyse(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Das ist Thema einer  Ausstellung in der  Stadt.",  # typos inside a sentence
        "Er sprach mit  Die Grünen über das Thema.",  # a double space after a preposition
        "Sie las in  Der Standard und dann in der Zeitung.",
        "Sie fanden neue Wegen Die Frage blieb.",  # "Wegen" is also a noun
        "Er lebt der heimischen  Holzwirtschaft – und weil sie gut ist.",  # no dateline
    ],
)
def test_glue_inside_a_sentence_does_not_split(analyse: Callable[..., Doc], text: str) -> None:
    assert sentence_texts(analyse(text)) == [text]


def test_sign_off_ends_its_sentence(analyse: Callable[..., Doc]) -> None:
    text = "Er ging. (APA, 23.8.2015) Kader für das Spiel: Almer im Tor."
    assert sentence_texts(analyse(text)) == [
        "Er ging.",
        "(APA, 23.8.2015)",
        "Kader für das Spiel: Almer im Tor.",
    ]
