"""Second round of news speaker rules: a refusal to comment ("wollte sich nicht äußern") is
no quote; a relative adverb after a noun ("…, wo …") opens no content; a passive's "von"
agent speaks its own quote; a name goes on across an extra space; a medium the speaker
talks to is no speaker."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from lagebild.model import Quote
from tests.quotes.quote_helpers import speaker_text


@pytest.mark.parametrize(
    "text",
    [
        "Konami wollte sich zu den aktuellen Vorwürfen bisher nicht äußern.",
        "Eine Sprecherin des Landgerichts konnte den Eingang der Klage zunächst nicht bestätigen.",
        "Über die Frage, wer das sein könnte, will Kalina nicht spekulieren.",
        "Die genaue Zahl wollte Roland Engel aus ermittlungstaktischen Gründen nicht nennen.",
        "Pirlo hat nie gesagt, dass er Juve verlassen will.",
        "Die Universität will zu Personalfragen öffentlich nichts sagen.",
    ],
)
def test_a_refusal_to_comment_is_no_quote(
    tagged_quotes: Callable[[str], list[Quote]], text: str
) -> None:
    assert tagged_quotes(text) == []


def test_the_clause_beside_a_refusal_is_no_content(
    tagged_quotes: Callable[[str], list[Quote]],
) -> None:
    text = "Ikea bestätigt Verhandlungen mit der Gemeinde, will jedoch keine Details bekannt geben."
    quotes = tagged_quotes(text)
    assert not [q for q in quotes if q.cue is not None and "bekannt" in q.cue.text]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ich glaube nicht, dass die Regierung lange hält.", "dass die Regierung lange hält"),
        ("Er schließt nicht aus, dass weitere Zäune nötig sind.", "dass weitere Zäune nötig sind"),
        (
            "Sie sagte nicht nur, dass die Lage ernst sei, sondern warnte vor Panik.",
            "dass die Lage ernst sei",
        ),
    ],
)
def test_a_denied_opinion_keeps_its_content(
    tagged_quotes: Callable[[str], list[Quote]], text: str, content: str
) -> None:
    assert any(q.text.startswith(content) for q in tagged_quotes(text))


def test_the_speaker_of_a_refusal_goes_on(tagged_quotes: Callable[[str], list[Quote]]) -> None:
    text = "Die Kosten kommentierte ein Sprecher des ORF nicht. Er könne dazu keine Angaben machen."
    quotes = tagged_quotes(text)
    assert [q.kind for q in quotes] == ["reported_continuation"]
    assert quotes[0].speaker is not None and "Sprecher" in (quotes[0].speaker.name or "")


@pytest.mark.parametrize(
    "text",
    [
        "Der Hersteller kündigte einen Nachfolger an, dass es eine Fortsetzung geben werde. "
        "Wie die Fortsetzung heißen soll, verriet man allerdings nicht.",
        "Der Minister sagte, die Prüfung laufe noch. Was soll da noch untersucht werden?",
    ],
)
def test_a_soll_in_a_subordinate_opening_is_no_hearsay(
    tagged_quotes: Callable[[str], list[Quote]], text: str
) -> None:
    assert not [q for q in tagged_quotes(text) if q.kind == "free_indirect"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadt erwartet sich eine Entlastung der Dullnig-Halle, wo aktuell 219 reguläre "
        "Asylwerber untergebracht seien.",
        "Der Arzt berichtete von Problemen mit elektronischen Akten, woraufhin ihn der Support "
        "bat, die Adresse seines Geräts zu übermitteln.",
        "Der Fall erinnert an Vorgänge im österreichischen Fußball, wo sich Vereine Erfolge mit "
        "Schulden kauften.",
    ],
)
def test_a_relative_adverb_after_a_noun_opens_no_content(
    tagged_quotes: Callable[[str], list[Quote]], text: str
) -> None:
    assert not [q for q in tagged_quotes(text) if q.text.startswith(("wo ", "woraufhin"))]


def test_an_indirect_question_after_the_verb_stays(
    tagged_quotes: Callable[[str], list[Quote]],
) -> None:
    text = "Die Polizei teilte am Montag mit, wo der Täter gefasst wurde."
    assert [q.text for q in tagged_quotes(text)] == ["wo der Täter gefasst wurde"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Im August wurde er von der Treuhandgesellschaft TVP aufgefordert, 70 Prozent der "
            "Ausschüttungen zurückzuzahlen.",
            "der Treuhandgesellschaft TVP",
        ),
        (
            "Zeugen, die Hinweise geben können, werden von der Polizei gebeten, sich zu melden.",
            "der Polizei",
        ),
        (
            "Dem Berater wurde wegen einer Studie von einem Kollegen Einseitigkeit vorgeworfen, "
            "außerdem könne er nicht einmal Excel.",
            "einem Kollegen",
        ),
    ],
)
def test_a_passive_agent_speaks(
    tagged_quotes: Callable[[str], list[Quote]], text: str, speaker: str
) -> None:
    quotes = [q for q in tagged_quotes(text) if q.kind == "indirect"]
    assert [speaker_text(text, q) for q in quotes] == [speaker]


def test_a_passive_agent_opens_no_chain(tagged_quotes: Callable[[str], list[Quote]]) -> None:
    text = (
        "Die Anwohner wurden von der Polizei aufgefordert, die Fenster geschlossen zu halten. "
        "Die Lage sei ernst."
    )
    quotes = tagged_quotes(text)
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "der Polizei"
    assert not [q for q in quotes[1:] if q.speaker is not None and q.speaker.name == "der Polizei"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Die Eurozone wuchs so stark wie seit Jahren nicht, sagte Markit-Chefökonom  Chris "
            "Williamson.",
            "Markit-Chefökonom  Chris Williamson",
        ),
        (
            "Die Bereitschaft der Bürgermeister ist enden wollend, kritisiert Gabi  "
            "Sprickler-Falschlunger.",
            "Gabi  Sprickler-Falschlunger",
        ),
    ],
)
def test_a_name_goes_on_across_an_extra_space(
    tagged_quotes: Callable[[str], list[Quote]], text: str, speaker: str
) -> None:
    assert [speaker_text(text, q) for q in tagged_quotes(text)] == [speaker]


def test_a_common_noun_after_an_extra_space_starts_a_new_phrase(
    tagged_quotes: Callable[[str], list[Quote]],
) -> None:
    text = "Der Vertrag schließt laut Filzmaier  Aufträge von politischen Parteien aus."
    assert [speaker_text(text, q) for q in tagged_quotes(text)] == ["Filzmaier"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Das Drehbuch sei überflüssig, sagte Musiker Heino (77) der Bild-Zeitung vom Montag.",
            "Heino",
        ),
        (
            "Solche Pläne gibt es absolut nicht, sagte die Präsidentin des Bankenverbandes, "
            "Louka Katseli, dem TV-Sender Skai am Samstag.",
            "Louka Katseli",
        ),
        ("Griechenland verlässt die Euro-Zone, sagte Sinn der Passauer Neuen Presse.", "Sinn"),
        (
            "Man versuche Islamisten zu rekrutieren, sagte der Chef der Internet-Polizei (IIP), "
            "Kamal Hadiafar, am Montag der Nachrichtenagentur Tasnim.",
            "Kamal Hadiafar",
        ),
    ],
)
def test_the_medium_a_speaker_talks_to_is_no_speaker(
    tagged_quotes: Callable[[str], list[Quote]], text: str, speaker: str
) -> None:
    quotes = tagged_quotes(text)
    assert len(quotes) == 1 and quotes[0].speaker is not None
    assert speaker in (quotes[0].speaker.name or "")
