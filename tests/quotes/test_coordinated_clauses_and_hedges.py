"""Readings that are no one's speech: the narrator's next main clause after a speech verb's
comma ("schlägt eine Reform vor, und Zehntausende gehen auf die Straße") and a purpose clause
("forderte Maßnahmen, um die Verschwendung zu verringern") are no content of the verb, and a
speech verb with a generic subject under a modal ("Man könnte meinen, …") is the writer's
hedge."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from lagebild.model import Quote
from tests.quotes.quote_helpers import speaker_text


@pytest.mark.parametrize(
    "text",
    [
        "Die Regierung schlägt eine Reform vor, und Zehntausende gehen dagegen auf die Straße.",
        "Nach dem 3:0 (60.) schien das Spiel entschieden, doch Wolfsburg verlor die Kontrolle.",
        "Es steht im Programm und wird gerne bei Reden gesagt, aber die Taten fehlen mir.",
        "Die Kinder dürfen erzählen, aber sie müssen nicht.",
    ],
)
def test_a_coordinated_main_clause_is_no_content(
    tagged_quotes: Callable[[str], list[Quote]], text: str
) -> None:
    quotes = tagged_quotes(text)
    assert not [q for q in quotes if q.text.split()[0] in {"und", "doch", "aber"}]


@pytest.mark.parametrize(
    "text",
    [
        "Der Verband forderte verstärkte Maßnahmen, um die Verschwendung zu verringern.",
        "Zuletzt hatte Sauber um einen Vorschuss gebeten, um das neue Auto entwickeln zu können.",
    ],
)
def test_a_purpose_clause_is_no_content(
    tagged_quotes: Callable[[str], list[Quote]], text: str
) -> None:
    assert not [q for q in tagged_quotes(text) if q.text.startswith("um ")]


def test_the_content_after_a_manner_clause_stays(
    tagged_quotes: Callable[[str], list[Quote]],
) -> None:
    text = (
        "Auf einer Konferenz sagte General Michael Hagee, Kommandant des Marine-Corps, ohne auf "
        "einen Vorfall zu verweisen, dass ihn die Anschuldigungen zutiefst besorgt hätten."
    )
    texts = [q.text for q in tagged_quotes(text)]
    assert texts == ["dass ihn die Anschuldigungen zutiefst besorgt hätten"]


def test_ohne_with_a_noun_opens_content(tagged_quotes: Callable[[str], list[Quote]]) -> None:
    text = (
        "Erdoğan sagte in seiner Rede in Istanbul, ohne Fortschritte bei der "
        "Visaliberalisierung werde es auch keine Ratifizierung des Abkommens geben."
    )
    assert any(q.text.startswith("ohne Fortschritte") for q in tagged_quotes(text))


def test_a_colon_after_the_conjunction_opens_the_content(
    tagged_quotes: Callable[[str], list[Quote]],
) -> None:
    text = (
        "Der Kanzler wehrt sich. Zu Kontrollen sage er Ja, aber: Ich habe niemandem "
        "versprochen, dass ich das Problem löse, indem ich einen Zaun baue."
    )
    assert any(q.text.startswith("aber: Ich habe") for q in tagged_quotes(text))


def test_a_second_dass_clause_after_the_conjunction_is_content(
    tagged_quotes: Callable[[str], list[Quote]],
) -> None:
    text = (
        "Der Ausschuss betont, dass das Wahlrecht der Verfassung entspricht. Dabei sagte Li Fei, "
        "der stellvertretende Vorsitzende des Ständigen Ausschusses, aber auch, dass die "
        "Demonstranten immer von Standards sprächen."
    )
    assert any(q.text.startswith("aber auch, dass") for q in tagged_quotes(text))


@pytest.mark.parametrize(
    "text",
    [
        "Man könnte meinen, diese Produkte seien leicht austauschbar.",
        "Dann kann ja niemand behaupten, dass er wegen der Herkunft diskriminiert wird.",
        "Man kann nur hoffen, dass die Regierung bald einlenkt.",
        "Hier wird man sagen dürfen, dass die Ausbildung noch nie so wichtig war.",
    ],
)
def test_a_generic_subject_under_a_modal_is_a_hedge(
    tagged_quotes: Callable[[str], list[Quote]], text: str
) -> None:
    assert tagged_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Man könne das nicht pauschal sagen, erklärte die Forscherin.", "die Forscherin"),
        ("Die Forscherin sagte, man könne das nicht ausschließen.", "Die Forscherin"),
        ("Man sagte ihnen, dass sie weiterziehen könnten.", None),
        (
            "Man darf davon ausgehen, dass es noch weitere Arten gibt, so der Forscher.",
            "der Forscher",
        ),
    ],
)
def test_reported_speech_with_man_stays(
    tagged_quotes: Callable[[str], list[Quote]], text: str, speaker: str | None
) -> None:
    quotes = tagged_quotes(text)
    assert quotes
    assert speaker_text(text, quotes[0]) == speaker


def test_a_hedge_in_a_framed_sentence_is_the_speaker_s(
    tagged_quotes: Callable[[str], list[Quote]],
) -> None:
    text = "Man darf davon ausgehen, dass es noch weitere Arten gibt, so der Forscher."
    assert [q.text for q in tagged_quotes(text)] == [
        "Man darf davon ausgehen, dass es noch weitere Arten gibt"
    ]
