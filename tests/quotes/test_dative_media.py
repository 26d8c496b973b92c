"""A medium the speaker talks to is no part of the speaker phrase ("sagte X der Zeitung"); a
dative after a closing frame's speaker is the addressee ("sagte X dem Fernsehsender RT"), and
so is a listener after a "so" frame ("so X gegenüber der Onlineausgabe") and the dative of a
proposal ("schlug dem Bundestag vor", not "schlug ein Sondergericht vor")."""

from __future__ import annotations

import pytest

from tests.quotes.quote_helpers import speaker_text


@pytest.mark.parametrize(
    ("text", "speaker", "addressee"),
    [
        (
            "Die Lage sei ernst, sagte ein Sprecher der Regierung der ungarischen "
            "Nachrichtenagentur MTI.",
            "ein Sprecher der Regierung",
            "der ungarischen Nachrichtenagentur MTI",
        ),
        (
            "Die Gelder seien abrufbar, sagte der SPD-Politiker der Zeitung Welt.",
            "der SPD-Politiker",
            "der Zeitung Welt",
        ),
        (
            "Die Lage sei ernst, sagte Oliver Pilz, ein Lehrer aus Miskolc, der "
            "Nachrichtenagentur AFP.",
            "Oliver Pilz, ein Lehrer aus Miskolc",
            "der Nachrichtenagentur AFP",
        ),
    ],
)
def test_trailing_medium_is_the_addressee(
    tagged_quotes, text: str, speaker: str, addressee: str
) -> None:
    (quote,) = tagged_quotes(text)
    assert speaker_text(text, quote) == speaker
    found = quote.addressee
    assert found is not None and found.start is not None and found.end is not None
    assert text[found.start : found.end] == addressee


def test_medium_after_wie_speaker_is_cut(tagged_quotes) -> None:
    text = "Wie Wahlkampfleiter Lothar Lockl der APA erläuterte, soll der Entwurf gelten."
    (quote,) = tagged_quotes(text)
    assert speaker_text(text, quote) == "Wahlkampfleiter Lothar Lockl"


def test_medium_of_its_reporter_is_a_genitive(tagged_quotes) -> None:
    text = (
        "Die Armee feuerte Warnschüsse, wie eine Reporterin der Nachrichtenagentur AFP berichtete."
    )
    (quote,) = tagged_quotes(text)
    assert speaker_text(text, quote) == "eine Reporterin der Nachrichtenagentur AFP"


def test_dative_after_a_closing_frames_speaker_is_the_addressee(tagged_quotes) -> None:
    text = "Pro Person stehe nur ein Liter Wasser bereit, sagte ein Sprecher dem Fernsehsender RT."
    (quote,) = tagged_quotes(text)
    assert quote.addressee is not None
    assert text[quote.addressee.start : quote.addressee.end].startswith("dem Fernsehsender")


def test_genitive_after_a_closing_frames_speaker_is_no_addressee(tagged_quotes) -> None:
    text = "Die Lage sei ernst, erklärte der Pressesprecher des US-Außenministeriums, John Kirby."
    (quote,) = tagged_quotes(text)
    assert quote.addressee is None


def test_listener_after_a_so_frame_is_the_addressee(tagged_quotes) -> None:
    text = "Im Strafverfahren sei es unüblich, so Joachim Banke gegenüber der Onlineausgabe."
    (quote,) = tagged_quotes(text)
    assert quote.addressee is not None
    assert text[quote.addressee.start : quote.addressee.end] == "der Onlineausgabe"


def test_dative_of_a_proposal_is_the_addressee(tagged_quotes) -> None:
    text = "Der Bundesrat schlug dem Bundestag vor, Zwangsheiraten als Straftat anzuerkennen."
    (quote,) = tagged_quotes(text)
    assert quote.addressee is not None
    assert text[quote.addressee.start : quote.addressee.end] == "dem Bundestag"


def test_what_is_proposed_is_no_addressee(tagged_quotes) -> None:
    text = "Die Lage sei ernst. Deshalb schlagen die Vereinten Nationen ein Sondergericht vor."
    assert all(quote.addressee is None for quote in tagged_quotes(text))
