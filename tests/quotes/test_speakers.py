from __future__ import annotations

import pytest

TITLES_AND_VERBS = {"sagte", "erklärte", "Bundeskanzler", "Minister", "Montag", "Januar"}


@pytest.mark.parametrize(
    "text",
    [
        "Bundeskanzler Olaf Scholz sagte am Montag, die Lage sei ernst.",
        "Am Montag sagte Bundeskanzler Olaf Scholz, die Lage sei ernst.",
        "Die Lage sei ernst, sagte Bundeskanzler Olaf Scholz am 10. Januar.",
        "„Die Lage ist ernst“, sagte Bundeskanzler Olaf Scholz.",
    ],
)
def test_speaker_is_the_name_not_title_verb_or_date(find_quotes, text):
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == "Olaf Scholz"
    assert quotes[0].speaker.name not in TITLES_AND_VERBS


def test_speaker_is_never_a_speech_verb(find_quotes):
    for quote in find_quotes("Sagte er, es sei gut? Erklärte, sie komme. Sie sagte, es gehe."):
        assert quote.speaker is None or quote.speaker.name.lower() not in {"sagte", "erklärte"}


def test_pronoun_falls_back_to_last_speaker(find_quotes):
    quotes = find_quotes("Sherman sagte, es sei gut. Später erklärte sie, man werde weiter reden.")
    assert [q.speaker.name for q in quotes] == ["Sherman", "Sherman"]


def test_surname_completed_from_earlier_full_name(find_quotes):
    text = "Der Vizeminister Sergej Ryabkow reiste an. Rjabkow erklärte, man sei weit auseinander."
    quotes = find_quotes(text)
    assert quotes[-1].speaker.name == "Sergej Ryabkow"


def test_apposition_speaker(find_quotes):
    text = (
        "Die US-Unterhändlerin, Vizeaußenministerin Wendy "
        "Sherman, sagte: „Wir sind bereit zu reden.“"
    )
    quotes = find_quotes(text)
    assert quotes[0].speaker.name == "Wendy Sherman"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Husam, sagt ein Betreuer, habe das Erlebte gut bewältigt.", "Betreuer"),
        # a subject with its apposition, then the addressee: the subject speaks
        (
            "Der Vorsitzende des Verbands, Elhami Elsajat, sagte Reuters, das Gebiet sei "
            "gesperrt gewesen.",
            "Elhami Elsajat",
        ),
    ],
)
def test_frame_inserted_between_commas(tagged_quotes, text: str, speaker: str) -> None:
    quotes = tagged_quotes(text)
    assert len(quotes) == 1 and quotes[0].speaker is not None
    assert speaker in quotes[0].speaker.name
