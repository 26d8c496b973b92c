"""Stricter chains of reported speech: a "soll" sentence dated in the future is the
narrator's forecast, and a Konjunktiv in a subordinate clause ("…, weil … sei") reports the
reasons of its own main clause's subject, not of the last speaker."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from lagebild.model import Quote


def _speaker(quote: Quote) -> str | None:
    return quote.speaker.name if quote.speaker is not None else None


def _covering(quotes: list[Quote], fragment: str) -> list[Quote]:
    return [q for q in quotes if fragment in q.text]


@pytest.mark.parametrize(
    "forecast",
    [
        "Voraussichtlich nächste Woche soll nun eine Reform in den Ministerrat eingebracht werden.",
        "Die Maßnahmen sollen noch diese Woche verkündet werden.",
        "Bis Ende des Jahres sollen die neuen Zentren einsatzfähig sein.",
        "Am kommenden Freitag soll ein Film über die Bewegung gezeigt werden.",
        "Die Kaserne soll im Zuge der Reform noch heuer geschlossen werden.",
    ],
)
def test_dated_sollen_sentence_is_the_narrators_forecast(
    tagged_quotes: Callable[[str], list[Quote]], forecast: str
) -> None:
    text = (
        "Das Innenministerium hatte beklagt, dass man Fingerabdrücke nicht speichern dürfe. "
        + forecast
    )
    quotes = tagged_quotes(text)
    assert _covering(quotes, "dass man Fingerabdrücke"), "the framed clause stays"
    assert not _covering(quotes, forecast[:25])


def test_undated_sollen_sentence_still_continues_the_announcement(
    tagged_quotes: Callable[[str], list[Quote]],
) -> None:
    quotes = tagged_quotes(
        "Der Minister kündigte Kürzungen an. Die Kürzungen sollen vor allem die Verwaltung treffen."
    )
    (continued,) = _covering(quotes, "vor allem die Verwaltung")
    assert _speaker(continued) == "Der Minister"


def test_dated_sollen_sentence_with_konjunktiv_i_is_still_reported(
    tagged_quotes: Callable[[str], list[Quote]],
) -> None:
    quotes = tagged_quotes(
        "Der Minister kündigte Kürzungen an. Nächste Woche solle das Kabinett darüber beraten."
    )
    assert _covering(quotes, "das Kabinett darüber beraten")


def test_weil_clause_reports_the_reasons_of_its_main_clause_subject(
    tagged_quotes: Callable[[str], list[Quote]],
) -> None:
    quotes = tagged_quotes(
        "Kroatien hatte bereits zuvor bekanntgegeben, dass es nur Durchreisende akzeptiere. "
        "Mazedonien hatte die Grenze am Mittwoch geschlossen, weil die Weiterfahrt der "
        "Flüchtlinge ins Stocken geraten sei."
    )
    (reasons,) = _covering(quotes, "ins Stocken geraten sei")
    assert "mazedonien" in (_speaker(reasons) or "").lower()  # canonical "Nordmazedonien"
    assert _speaker(reasons) != "Kroatien"


def test_subject_after_the_verb_and_a_dass_clause(
    tagged_quotes: Callable[[str], list[Quote]],
) -> None:
    quotes = tagged_quotes(
        "Der Minister sagte, die Lage sei ernst. "
        "Am Mittwoch lehnte die Gewerkschaft den Plan ab, weil er zu teuer sei."
    )
    (reasons,) = _covering(quotes, "zu teuer sei")
    assert _speaker(reasons) == "Gewerkschaft"


@pytest.mark.parametrize(
    "sentence",
    [
        # the main clause's subject names no actor: the last speaker's words go on
        "Die Verhandlungen scheiterten, weil die Gewerkschaft nicht zugestimmt habe.",
        # a verb first opens a condition, the Konjunktiv is the main clause's
        "Verliert die Gewerkschaft den Prozess, müsste sie die Kosten tragen.",
        # the Konjunktiv is in a second main clause, not a subordinate one
        "Die Gewerkschaft ist übergetreten, die Mitglieder hätten das so gewollt.",
    ],
)
def test_other_konjunktiv_sentences_keep_the_last_speaker(
    tagged_quotes: Callable[[str], list[Quote]], sentence: str
) -> None:
    quotes = tagged_quotes("Der Minister sagte, die Lage sei ernst. " + sentence)
    (continued,) = _covering(quotes, sentence[-25:])
    assert _speaker(continued) == "Der Minister"


def test_und_sei_es_concedes_and_reports_nothing(
    tagged_quotes: Callable[[str], list[Quote]],
) -> None:
    """ "…, und sei es nur …" (even if only) is no Konjunktiv of reported speech."""
    quotes = tagged_quotes(
        "Landeshauptmann Günther Platter sagte, die Politik sei abgestraft worden. "
        "In Oberösterreich wurde Hilfe, und sei es nur beim Erkennen der Realität, erhofft."
    )
    assert _covering(quotes, "die Politik sei abgestraft")
    assert not _covering(quotes, "Hilfe, und sei es")


def test_object_phrase_opening_a_sentence_is_no_speaker_for_the_next(
    tagged_quotes: Callable[[str], list[Quote]],
) -> None:
    """ "Ebenso den … Vorschlag, …": an accusative phrase is no subject that a following
    hearsay "sollen" sentence could be attributed to."""
    quotes = tagged_quotes(
        "Bürgermeister Schmuckenschlager will die Idee prüfen lassen. Ebenso den von einem "
        "Gemeinderat aufgebrachten Vorschlag, die Stadt zum 24. Bezirk zu machen. Rund 700 "
        "Bürger sollen bisher unterschrieben haben."
    )
    for quote in _covering(quotes, "Rund 700 Bürger sollen"):
        assert quote.speaker is None or "Vorschlag" not in quote.speaker.name
