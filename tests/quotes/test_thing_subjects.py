"""An abstract subject or a word for what was said ("Die Abwicklung der Banken ist …",
"Die Frage ist …") speaks for no one: the unframed Konjunktiv after it goes on with the
speaker named last in the paragraph."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from lagebild.model import Quote
from lagebild.quotes.thing_subjects import names_a_thing
from tests.quotes.quote_helpers import speaker_text


@pytest.mark.parametrize(
    "text, said, speaker",
    [
        (
            "Der Notenbankchef Ewald Nowotny sprach am Montag in Wien. Die Abwicklung der "
            "Banken ist für Nowotny sehr heikel. Es sei richtig, die Steuerzahler zu schonen.",
            "Es sei richtig",
            "Nowotny",
        ),
        (
            "Außenminister Sebastian Kurz sagte, die Debatte sei absurd. Die Frage ist doch "
            "nur, wo der Zaun steht. Wenn er in Europa steht, sei das schlecht.",
            "Wenn er in Europa steht",
            "Kurz",
        ),
    ],
)
def test_konjunktiv_after_a_thing_goes_on_with_the_last_speaker(
    tagged_quotes: Callable[[str], list[Quote]], text: str, said: str, speaker: str
) -> None:
    quote = next(q for q in tagged_quotes(text) if q.text.startswith(said))
    assert speaker in (speaker_text(text, quote) or quote.speaker and quote.speaker.name or "")


def test_a_body_in_ung_still_speaks(tagged_quotes: Callable[[str], list[Quote]]) -> None:
    text = "Die Bundesregierung lehnte den Plan ab. Man werde nicht zahlen."
    quote = next(q for q in tagged_quotes(text) if q.text.startswith("Man werde"))
    assert speaker_text(text, quote) == "Die Bundesregierung"


@pytest.mark.parametrize(
    "head, thing",
    [
        ("Abwicklung", True),
        ("Entscheidung", True),
        ("Vorwurf", True),
        ("Frage", True),
        ("Bundesregierung", False),
        ("Konzernleitung", False),
        ("Umfrage", False),  # a source, which may report
        ("Polizei", False),
    ],
)
def test_names_a_thing(head: str, thing: bool) -> None:
    assert names_a_thing(head) is thing


def test_a_thing_that_names_its_person_speaks_for_that_person(
    tagged_quotes: Callable[[str], list[Quote]],
) -> None:
    text = (
        "Die KPÖ erteilte der Kandidatin eine Absage. Begründung des Landtagsabgeordneten "
        "Werner Murgg: Es ist keine gute Sitte, sie zu wählen. Das Amt solle man abschaffen."
    )
    quote = next(q for q in tagged_quotes(text) if q.text.startswith("Das Amt"))
    assert quote.speaker is not None and quote.speaker.name == "Werner Murgg"


def test_an_abstract_subject_of_its_own_sentence_is_no_speaker(
    tagged_quotes: Callable[[str], list[Quote]],
) -> None:
    text = (
        "Die Datenschutzgruppe der EU kritisierte das neue Abkommen am Mittwoch scharf. "
        "Die Datenerhebung sollte nur dann geschehen, wenn es tatsächlich notwendig sei."
    )
    quote = next(q for q in tagged_quotes(text) if q.text.startswith("Die Datenerhebung"))
    assert speaker_text(text, quote) != "Die Datenerhebung"
