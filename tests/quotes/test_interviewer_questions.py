"""In an interview printed as turns ("STANDARD: …? Berger: …"), the interviewer's questions
are no quotes: not of the polite "Sie", not as free indirect speech or a continuation. What
the interviewer says the interviewee said ("Sie sagten einmal, …") is the interviewee's, and
no content starts with a turn's label."""

from __future__ import annotations

from collections.abc import Callable

from quote_helpers import speaker_text

from lagebild.model import Quote

Find = Callable[[str], list[Quote]]

INTERVIEW = (
    "Thomas Berger über die Krise und die Politik. "
    "STANDARD: Warum kritisieren Sie die Regierung so scharf? "
    "Berger: Weil sie nichts tut. Die Oligarchen sind gefährlicher. "
    "STANDARD: Sie sagten einmal, es sei immer gut, fremd im eigenen Land zu sein. "
    "Berger: Das stimmt. Ich sage das bis heute. "
    "STANDARD: Wie lange soll der Zaun am Ende sein? "
    "Berger: Das weiß niemand."
)


def test_a_question_with_sie_is_no_quote(tagged_quotes: Find) -> None:
    assert not any("kritisieren Sie" in q.text for q in tagged_quotes(INTERVIEW))


def test_the_interviewers_question_is_no_free_indirect_speech(tagged_quotes: Find) -> None:
    assert not any("Wie lange soll" in q.text for q in tagged_quotes(INTERVIEW))


def test_what_the_interviewee_said_is_theirs(tagged_quotes: Find) -> None:
    (quote,) = [q for q in tagged_quotes(INTERVIEW) if q.text.startswith("es sei immer gut")]
    assert speaker_text(INTERVIEW, quote) == "Sie"
    assert quote.speaker is not None and quote.speaker.name == "Thomas Berger"


def test_a_third_party_in_a_question_keeps_its_speaker(tagged_quotes: Find) -> None:
    text = (
        "Thomas Berger über die Krise. STANDARD: Der Kanzler sagt, die Krise sei vorbei. "
        "Stimmt das? Berger: Nein. STANDARD: Und die Nachbarn? Berger: Die warten ab."
    )
    (quote,) = [q for q in tagged_quotes(text) if q.text.startswith("die Krise sei vorbei")]
    assert speaker_text(text, quote) == "Der Kanzler"


def test_no_content_starts_with_the_label(tagged_quotes: Find) -> None:
    text = (
        "Thomas Berger über die Krise. STANDARD: Man habe ja für eine Lösung gekämpft, "
        "argumentiert die Regierung. Hat das etwas für sich? Berger: Nein. "
        "STANDARD: Und die Nachbarn? Berger: Die warten ab."
    )
    quotes = tagged_quotes(text)
    assert any(q.text.startswith("Man habe ja") for q in quotes)
    assert not any(q.text.startswith("STANDARD") for q in quotes)


QUESTIONS_AND_ANSWERS = (
    "Projektchef Thomas Berger über selbstfahrende Autos. Frage: Der Daimler-Chef Dieter "
    "Zetsche sagte, das sei denkbar. Wäre das ein Modell? Antwort: Ich denke, dass es "
    "so kommen wird. Frage: Wann kommt es? Antwort: Ich glaube, dass es bald so weit ist."
)


def test_answers_are_the_one_person_the_lead_names(tagged_quotes: Find) -> None:
    quotes = {q.text: q for q in tagged_quotes(QUESTIONS_AND_ANSWERS)}
    for content in ("dass es so kommen wird", "dass es bald so weit ist"):
        speaker = quotes[content].speaker
        assert speaker is not None and speaker.name == "Thomas Berger"


def test_questions_and_answers_without_a_named_lead_stay(tagged_quotes: Find) -> None:
    text = (
        "Einige Fragen und Antworten zur Reform. Frage: Was ändert sich? Antwort: Der "
        "Minister Hans Huber sagte, dass sich wenig ändere. Frage: Und dann? Antwort: Das "
        "weiß niemand."
    )
    quotes = {q.text: q for q in tagged_quotes(text)}
    speaker = quotes["dass sich wenig ändere"].speaker
    assert speaker is not None and speaker.name == "Hans Huber"
