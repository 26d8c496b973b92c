"""Quote patterns found on news text: "wie erwartet," as a comment, the elliptic source
sentence "So der Minister.", and the speaker of a relative clause after a preposition
("…, bei dem sie gesagt hatte, …")."""

from __future__ import annotations

import pytest
from quote_helpers import speaker_text

from lagebild.model import Quote


def _speaker(quote: Quote) -> str | None:
    return quote.speaker.name if quote.speaker is not None else None


@pytest.mark.parametrize(
    "text",
    [
        "Wie erwartet, gewann die SPD die Wahl.",
        "Wie angekündigt, trat der Minister am Montag zurück.",
        "Wie befürchtet, stiegen die Preise weiter.",
        "Wie berichtet, hatte die Polizei den Mann am Freitag festgenommen.",
        "Die SPD gewann, wie erwartet, die Wahl.",
        "Die Regierung hat, wie bereits berichtet, ein Kompromisspapier vorgelegt.",
        "Die Moderatorin hört, wie berichtet – bei der ARD mit Jahresende auf.",
        "Die Partei hat wie berichtet dem Journalisten den Einlass verweigert.",
    ],
)
def test_wie_with_a_bare_participle_is_no_quote(tagged_quotes, text):
    assert tagged_quotes(text) == []


def test_wie_with_a_subject_or_a_passive_stays_a_cue(tagged_quotes):
    (quote,) = tagged_quotes("Wie der Minister erwartet hatte, gewann die SPD die Wahl.")
    assert (quote.cue.lemma, _speaker(quote)) == ("erwarten", "der Minister")
    assert quote.text == "gewann die SPD die Wahl"
    (quote,) = tagged_quotes("Wie berichtet wurde, sei der Mann festgenommen worden.")
    assert quote.cue.lemma == "berichten"
    (quote,) = tagged_quotes("Wie vom Ministerium angekündigt, sollen die Steuern steigen.")
    assert quote.cue.lemma == "ankündigen"
    assert quote.speaker is not None and "Ministerium" in quote.speaker.name


def test_comment_wie_inside_the_clause_names_no_speaker(tagged_quotes):
    """ "vertritt wie berichtet die Meinung": no "berichtet" cue whose subject would be "die
    Meinung", a speaker the next sentence's role noun ("der Pressesprecher") could stand for."""
    text = (
        "Genau daran stößt sich aber Oberndorfer, sie vertritt wie berichtet die Meinung, dass "
        "es Kernzeiten geben sollte. Sie werde nun geprüft, bestätigt der Pressesprecher."
    )
    quotes = tagged_quotes(text)
    assert [q.cue.lemma for q in quotes if q.cue is not None] == ["vertreten", "bestätigen"]
    assert "die Meinung" not in [_speaker(q) for q in quotes]


def test_comment_wie_leaves_the_main_clause_its_subject(tagged_quotes):
    text = "Wie berichtet hatte das Innenministerium beklagt, dass man Daten nicht speichern dürfe."
    (quote,) = tagged_quotes(text)
    assert quote.cue.lemma == "beklagen"
    assert quote.text == "dass man Daten nicht speichern dürfe"
    assert quote.speaker is not None and "Innenministerium" in quote.speaker.name


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Die Steuern werden steigen. So der Minister.", "Die Steuern werden steigen.", "Minister"),
        (
            "Der Täter sei geflohen. So die Polizei am Montag.",
            "Der Täter sei geflohen.",
            "Polizei",
        ),
        (
            "Der Täter sei geflohen. So zumindest die Polizei.",
            "Der Täter sei geflohen.",
            "Polizei",
        ),
        (
            "Die Preise sollen bis 2050 stark steigen. So eine Studie des Ifo-Instituts.",
            "Die Preise sollen bis 2050 stark steigen.",
            "Ifo",
        ),
    ],
)
def test_so_sentence_names_the_source_of_the_sentence_before(tagged_quotes, text, content, speaker):
    (quote,) = tagged_quotes(text)
    assert quote.cue is not None and quote.cue.lemma == "so"
    assert quote.text == content
    assert quote.speaker is not None and speaker in quote.speaker.name


def test_so_sentence_is_the_source_for_a_later_demnach(tagged_quotes):
    text = (
        "Die Bevölkerung soll stark wachsen. So eine Vorhersage des Ifo-Instituts. "
        "Europa schrumpft dagegen. Nigeria wird demnach fast 400 Millionen Einwohner haben."
    )
    quotes = tagged_quotes(text)
    demnach = [q for q in quotes if q.cue is not None and q.cue.lemma == "demnach"]
    assert len(demnach) == 1
    assert demnach[0].speaker is not None and "Ifo" in demnach[0].speaker.name


@pytest.mark.parametrize(
    "text",
    [
        "Die Steuern steigen. So sieht es das Gesetz vor.",
        "Die Partie war hart. So ein Spiel muss man bis zum Ende durchziehen.",
        "So der Minister.",
        "Die Steuern steigen.\n\nSo der Minister.",
    ],
)
def test_so_with_a_verb_or_without_a_sentence_before_is_no_source(tagged_quotes, text):
    assert [q for q in tagged_quotes(text) if q.cue is not None and q.cue.lemma == "so"] == []


def test_inline_so_frame_unchanged(tagged_quotes):
    (quote,) = tagged_quotes("Die Steuern würden steigen, so der Minister.")
    assert (quote.text, _speaker(quote)) == ("Die Steuern würden steigen", "der Minister")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Merkel traf Obama, bei dem sie gesagt hatte, sie habe keine Zeit.", "sie"),
        ("Der Minister hielt eine Rede, in der er erklärte, die Steuern würden steigen.", "er"),
        (
            "Es gab eine Pressekonferenz, auf welcher der Sprecher der Polizei mitteilte, "
            "der Täter sei gefasst.",
            "der Sprecher der Polizei",
        ),
        ("Der Journalist, dem der Minister gesagt hatte, er gehe, schwieg.", "der Minister"),
    ],
)
def test_subject_of_a_relative_clause_is_the_speaker(tagged_quotes, text, speaker):
    quotes = [q for q in tagged_quotes(text) if q.cue is not None]
    assert len(quotes) == 1
    assert _speaker(quotes[0]) == speaker


def test_relative_clause_speaker_resolves_to_its_entity(tagged_quotes):
    text = (
        "Angela Merkel besuchte Paris. Sie sprach auf einem Gipfel, bei dem sie gesagt hatte, "
        "sie habe keine Zeit."
    )
    (quote,) = tagged_quotes(text)
    assert quote.text == "sie habe keine Zeit"
    assert quote.speaker is not None and quote.speaker.name == "Angela Merkel"
    assert quote.speaker.entity_id is not None


def test_relative_clause_after_a_preposition_is_no_content_of_the_verb_before(tagged_quotes):
    text = "Die Kanzlerin erinnerte an ein Treffen, bei dem sie gesagt hatte, sie habe keine Zeit."
    quotes = tagged_quotes(text)
    assert [q.cue.lemma for q in quotes if q.cue is not None] == ["sagen"]
    assert [q.text for q in quotes] == ["sie habe keine Zeit"]


def test_participle_with_a_sein_perfect_is_no_speech_verb(tagged_quotes):
    text = "Es gelang dem Präsidenten, die Krise, in die die Regierung geraten war, zu meistern."
    assert tagged_quotes(text) == []
    (quote,) = tagged_quotes("Der Arzt hat ihm geraten, das Rauchen aufzugeben.")
    assert (quote.cue.lemma, quote.text) == ("raten", "das Rauchen aufzugeben")
    (quote,) = tagged_quotes("Es war gesagt worden, der Täter sei gefasst.")
    assert quote.cue.lemma == "sagen"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Wie lange die Hilfe benötigt wird, sei noch unklar, hieß es am Freitag seitens "
            "des Militärkommandos.",
            "des Militärkommandos",
        ),
        ("Die Lage sei ruhig, hieß es dazu aus dem Ministerium.", "dem Ministerium"),
        ("Die Lage sei ruhig, hieß es von der Polizei.", "der Polizei"),
        ("Die Lage sei ruhig, hieß es vonseiten der Polizei.", "der Polizei"),
    ],
)
def test_hiess_es_names_where_it_came_from(tagged_quotes, text: str, speaker: str) -> None:
    (quote,) = tagged_quotes(text)
    assert quote.cue is not None and quote.cue.lemma == "heißen"
    assert speaker_text(text, quote) == speaker


def test_hiess_es_source_goes_on_speaking(tagged_quotes) -> None:
    quotes = tagged_quotes(
        "Die Lage sei ruhig, hieß es aus dem Ministerium. Am Samstag werde man weiter helfen."
    )
    assert [q.kind for q in quotes] == ["indirect", "reported_continuation"]
    assert all(q.speaker is not None and "Ministerium" in q.speaker.name for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        "Er sei krank, hieß es von ihm.",
        "Man sei froh, heißt es in einem vom Videomacher verbreiteten Schreiben.",
    ],
)
def test_hiess_es_von_names_no_pronoun_nor_a_documents_author(tagged_quotes, text: str) -> None:
    (quote,) = tagged_quotes(text)
    assert quote.speaker is None or "Videomacher" not in quote.speaker.name
    assert speaker_text(text, quote) != "ihm"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Und wir müssen damit rechnen, dass es weiterhin passiert, sagte Siebert.",
            "Siebert",
            "Und wir müssen damit rechnen, dass es weiterhin passiert",
        ),
        (
            "Wir können mit großer Wahrscheinlichkeit sagen, dass zwei Räume existieren, "
            "sagte der Minister am Donnerstag.",
            "der Minister",
            "Wir können mit großer Wahrscheinlichkeit sagen, dass zwei Räume existieren",
        ),
    ],
)
def test_closing_frame_frames_the_sentence_around_an_inner_cue(
    tagged_quotes, text: str, speaker: str, content: str
) -> None:
    """ "…, dass …, sagte X.": the inner verb's content stops at the closing frame, which
    reports the whole sentence as X's words."""
    quotes = tagged_quotes(text)
    outer = [q for q in quotes if q.text == content]
    assert len(outer) == 1 and speaker_text(text, outer[0]) == speaker
    assert all(not q.text.endswith(speaker) for q in quotes)
