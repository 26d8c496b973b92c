"""A list inside a phrase's attribute ("Menschen in Ungarn, Österreich oder Deutschland") is no
coordination of subjects; in an interview printed as turns ("STANDARD: …? Berger: …"), the
first person of an answer is the interviewee, and a new turn ends the speech chain."""

from __future__ import annotations

import pytest
import spacy
from quote_helpers import speaker_text

from lagebild.quotes.coordination import attribute_list_phrase, coordinated_phrase

# --- lists inside an attribute ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "conjuncts"),
    [
        ("Sowohl die SPD als auch die Grünen kritisierten", "die SPD als auch die Grünen"),
        (
            "Weder die G8, noch die EU oder die Ukraine erkennen",
            "die G8, noch die EU oder die Ukraine",
        ),
        # later parts with heads of their own, after a first part with an attribute
        (
            "Der Präsident der USA, der Premier Großbritanniens und die Kanzlerin forderten",
            "Der Präsident der USA, der Premier Großbritanniens und die Kanzlerin",
        ),
        (
            "Bürger aus Bayern, Politiker und Experten fordern",
            "Bürger aus Bayern, Politiker und Experten",
        ),
    ],
)
def test_coordination_of_phrases_with_heads(text: str, conjuncts: str) -> None:
    doc = spacy.blank("de")(text)
    found = coordinated_phrase(doc, 0, len(doc) - 1)
    assert found is not None
    assert doc[found[0] : found[1]].text == conjuncts
    assert attribute_list_phrase(doc, 0, len(doc) - 1) is None


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Menschen in Ungarn, Österreich oder Deutschland begrüßen", "Menschen"),
        ("Flüchtlinge aus Syrien, dem Irak und Afghanistan kommen", "Flüchtlinge"),
        ("Politiker in Berlin, Paris und Rom fordern", "Politiker"),
        ("Vertreter der Regierung, der Opposition und der Kirchen forderten", "Vertreter"),
    ],
)
def test_list_inside_an_attribute_is_no_coordination(text: str, head: str) -> None:
    doc = spacy.blank("de")(text)
    assert coordinated_phrase(doc, 0, len(doc) - 1) is None
    found = attribute_list_phrase(doc, 0, len(doc) - 1)
    assert found is not None
    assert doc[found[0] : found[1]].text == head
    assert found[2] == len(doc) - 1  # the list reaches the verb


def test_list_after_a_preposition_outside_the_phrase() -> None:
    doc = spacy.blank("de")("Gespräche zwischen Israel, Ägypten und Jordanien scheitern")
    assert coordinated_phrase(doc, 0, len(doc) - 1) is None


def test_speaker_is_the_head_not_a_place_of_the_list(tagged_quotes) -> None:
    text = (
        "Menschen in Ungarn, Österreich oder Deutschland forderten, dass die Grenzen offen bleiben."
    )
    (quote,) = tagged_quotes(text)
    assert speaker_text(text, quote) == "Menschen"
    assert quote.speaker is not None and quote.speaker.name != "Deutschland"


# --- interviews ------------------------------------------------------------------------

INTERVIEW = (
    "Thomas Berger über die Krise und die Politik. STANDARD: Wie geht es weiter? "
    "Berger: Der Minister hat das Gesetz gelobt. Ich glaube, dass die Krise bald endet. "
    "STANDARD: Ich frage mich, ob das stimmt. Ist das so? "
    "Berger: Ich sage, dass wir abwarten müssen."
)


def test_first_person_in_an_answer_is_the_interviewee(tagged_quotes) -> None:
    quotes = {q.text: q for q in tagged_quotes(INTERVIEW)}
    for content in ("dass die Krise bald endet", "dass wir abwarten müssen"):
        speaker = quotes[content].speaker
        assert speaker is not None and speaker.name == "Thomas Berger"
        assert speaker_text(INTERVIEW, quotes[content]) == "Ich"


def test_first_person_in_a_question_is_not_the_interviewee(tagged_quotes) -> None:
    quotes = {q.text: q for q in tagged_quotes(INTERVIEW)}
    speaker = quotes["ob das stimmt"].speaker
    assert speaker is None or speaker.name != "Thomas Berger"


def test_a_single_colon_frame_is_no_interview(tagged_quotes) -> None:
    # one "Name:" frame and no second recurring label: the old reading stands
    text = (
        "Die Ministerin Anna Roth lobte das Gesetz. Berger: Der Minister hat es gelobt. "
        "Ich glaube, dass die Krise bald endet."
    )
    quotes = {q.text: q for q in tagged_quotes(text)}
    speaker = quotes["dass die Krise bald endet"].speaker
    assert speaker is None or speaker.name != "Thomas Berger"


def test_a_new_turn_ends_the_chain(tagged_quotes) -> None:
    text = (
        "Thomas Berger über die Krise. STANDARD: Was sagen die Nachbarn? Berger: Manche Staaten "
        "haben angekündigt, dass sie bereit seien, weitere Beamte zu schicken. STANDARD: "
        "Könnte es auch eine Frontex-Mission geben? Berger: Das ist möglich."
    )
    quotes = tagged_quotes(text)
    assert any(q.text.startswith("dass sie bereit seien") for q in quotes)
    assert not any("Frontex" in q.text for q in quotes)
