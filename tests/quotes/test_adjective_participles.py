"""A participle that is an everyday adjective as well ("bekannt") is a speech cue only
beside "werden" (made known: "wie bekannt wurde") or "haben" (the verb's perfect: "hat …
bekannt"); beside "sein" ("ist nicht bekannt") or alone ("bekannt für") it is the adjective."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from lagebild.model import Quote
from lagebild.quotes.lexicon import adjective_participles


def _cue_lemmas(quotes: list[Quote]) -> list[str]:
    return [quote.cue.lemma for quote in quotes if quote.cue is not None]


def test_the_table_names_bekannt_with_its_verb_and_werden_lemma() -> None:
    entry = adjective_participles()["bekannt"]
    assert (entry.verb, entry.werden_lemma) == ("bekennen", "bekanntwerden")


@pytest.mark.parametrize(
    "text",
    [
        "Wie am Montag bekannt wurde, will der Konzern 2.000 Stellen streichen.",
        "Schon vor einer Woche war bekannt geworden, dass es einen geheimen Plan gab.",
        "Am Freitag wurde bekannt, dass der Minister zurücktreten werde.",
    ],
)
def test_bekannt_beside_werden_is_a_cue_named_bekanntwerden(
    tagged_quotes: Callable[[str], list[Quote]], text: str
) -> None:
    assert _cue_lemmas(tagged_quotes(text)) == ["bekanntwerden"]


@pytest.mark.parametrize(
    "text",
    [
        "Wieso genau Nissan Ziel der Attacken wurde, ist nicht bekannt.",
        "Schon länger ist bekannt, dass es interne Konflikte gab.",
        "Die Musik stammt von Reinhold Heil, bekannt für seine Musik in Cloud Atlas.",
        "Was die neue Festplatte kosten soll, ist noch nicht bekannt.",
    ],
)
def test_bekannt_beside_sein_or_alone_is_the_adjective(
    tagged_quotes: Callable[[str], list[Quote]], text: str
) -> None:
    assert "bekennen" not in _cue_lemmas(tagged_quotes(text))
    assert "bekanntwerden" not in _cue_lemmas(tagged_quotes(text))


def test_the_perfect_with_haben_stays_bekennen(
    tagged_quotes: Callable[[str], list[Quote]],
) -> None:
    text = "Der Angeklagte hat vor Gericht bekannt, dass er das Geld genommen habe."
    assert _cue_lemmas(tagged_quotes(text)) == ["bekennen"]
