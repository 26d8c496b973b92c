"""Sources named by "nach"/"laut" frames: "nach eigenen Angaben" names the clause's subject
(at the words "eigenen Angaben"), a compound speech noun names its first part and ends the
source phrase."""

from __future__ import annotations

import pytest

from lagebild.quotes.lexicon import speech_noun_source


def _speakers(quotes):
    return [q.speaker.name if q.speaker else None for q in quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Konzern hat nach eigenen Angaben 200 Mitarbeiter entlassen.", "Der Konzern"),
        ("Nach eigenen Angaben hat die Regierung 200 Soldaten entsandt.", "die Regierung"),
        ("Die Opfer erlitten nach Polizeiangaben Schuss- und Stichverletzungen.", "Polizei"),
        ("Die Zahl ist laut Medienberichten auf 300 gestiegen.", "Medien"),
    ],
)
def test_source_of_frame(tagged_quotes, text: str, speaker: str) -> None:
    assert _speakers(tagged_quotes(text)) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause has its own subject: no guess from the main clause
        "Die Polizei fasste einen Mann, der nach eigenen Angaben nichts gesehen hatte.",
        # a passive's subject is no source
        "Diese Pläne wurden nach eigenen Angaben im Frühjahr aufgegeben.",
    ],
)
def test_own_statement_of_an_unclear_subject(tagged_quotes, text: str) -> None:
    # the source phrase itself stays the speaker, as the data sets annotate it
    assert _speakers(tagged_quotes(text)) == ["eigenen Angaben"]


def test_own_statement_is_named_at_its_words(tagged_quotes) -> None:
    text = "Der Konzern hat nach eigenen Angaben 200 Mitarbeiter entlassen."
    speaker = tagged_quotes(text)[0].speaker
    assert speaker is not None and speaker.start is not None and speaker.end is not None
    assert (speaker.name, text[speaker.start : speaker.end]) == ("Der Konzern", "eigenen Angaben")


@pytest.mark.parametrize(
    ("word", "source"),
    [
        ("Polizeiangaben", "Polizei"),
        ("UNO-Angaben", "UNO"),
        ("Ministeriumsangaben", "Ministerium"),
        ("Medienberichten", "Medien"),
        ("Angaben", None),
        ("Jahresbericht", None),  # a document, no source named in it
        ("Rückmeldungen", None),
    ],
)
def test_speech_noun_source(word: str, source: str | None) -> None:
    assert speech_noun_source(word) == source
