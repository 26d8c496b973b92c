"""Speaker phrases of news text: surnames that are also German words ("Kurz", "Klug") speak
as the person the entity stage found; a role phrase closing with a name in apposition speaks
as that name; an extended attribute ("die in London ansässige …") belongs to the phrase but
names no speaker; "einer der Betreiber" is one phrase; a decision pointing back with "Das"
reports no sentence."""

from __future__ import annotations

import pytest
import spacy
from quote_helpers import speaker_text

from lagebild.model import Entity, Mention
from lagebild.pipeline import register_extensions
from lagebild.quotes.token_table import token_table


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Außenminister Sebastian Kurz reiste an. Ein Begriff sei das, sagt Kurz.",
            "Sebastian Kurz",
        ),
        (
            "Außenminister Sebastian Kurz reiste an. Kurz sagte, es sei wichtig, zu helfen.",
            "Sebastian Kurz",
        ),
        (
            "Verteidigungsminister Gerald Klug kam. Man hätte das Vertrauen missbraucht, "
            "sagte Klug.",
            "Gerald Klug",
        ),
        (
            "Zu Besuch in Sarajevo stellte Österreichs Außenminister Sebastian Kurz am "
            "Donnerstag klar, man koppele die Annäherung an die Reformen.",
            "Sebastian Kurz",
        ),
    ],
)
def test_surname_that_is_a_word_speaks(tagged_quotes, text: str, speaker: str) -> None:
    (quote,) = tagged_quotes(text)
    assert quote.kind == "indirect"
    assert quote.speaker is not None and quote.speaker.name == speaker


def test_person_name_tokens_leave_out_function_words() -> None:
    """A misread mention "Am Befestigungsmechanismus" makes no name of "Am"."""
    register_extensions()
    doc = spacy.blank("de")("Am Befestigungsmechanismus hat man gearbeitet, sagte Kurz.")

    def person(name: str, start: int) -> Entity:
        mention = Mention(start=start, end=start + len(name), text=name)
        return Entity(id=name, name=name, type="PER", mentions=[mention])

    doc._.entities = [person("Am Befestigungsmechanismus", 0), person("Kurz", 53)]
    assert [doc[k].text for k in sorted(token_table(doc).person_names)] == [
        "Befestigungsmechanismus",
        "Kurz",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Russland halte das nicht für gut, sagte der Sprecher von Präsident Wladimir Putin, "
        "Dmitri Peskow.",
        "Russland halte das nicht für gut, sagte der  Sprecher von Präsident Wladimir Putin, "
        "Dmitri Peskow, am Freitag.",
    ],
)
def test_role_phrase_closing_with_a_name_speaks_as_the_name(tagged_quotes, text: str) -> None:
    (quote,) = tagged_quotes(text)
    assert quote.speaker is not None and quote.speaker.name == "Dmitri Peskow"
    assert (speaker_text(text, quote) or "").endswith("Dmitri Peskow")


@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        (
            "Bei den Angriffen seien 20 Menschen getötet worden, wie die in Großbritannien "
            "ansässige Syrische Beobachtungsstelle für Menschenrechte berichtete.",
            "die in Großbritannien ansässige Syrische Beobachtungsstelle",
            "Syrische Beobachtungsstelle",
        ),
        (
            "Die Partei werde auf Linie gebracht, sagt die in Klagenfurt tätige "
            "Politikwissenschaftlerin Katrin Stainer-Hämmerle.",
            "die in Klagenfurt tätige Politikwissenschaftlerin Katrin Stainer-Hämmerle",
            "Katrin Stainer-Hämmerle",
        ),
    ],
)
def test_extended_attribute_names_no_speaker_of_its_own(
    tagged_quotes, text: str, speaker: str, name: str
) -> None:
    """ "die in London ansässige Beobachtungsstelle": the phrase goes on over the attribute,
    and the place inside it is not who speaks."""
    (quote,) = tagged_quotes(text)
    assert speaker_text(text, quote) == speaker
    assert quote.speaker is not None and quote.speaker.name == name


def test_demonym_before_the_head_names_the_body_not_the_state(tagged_quotes) -> None:
    text = (
        "In Syrien wird gekämpft. Wie die in London ansässige Syrische Beobachtungsstelle "
        "mitteilte, seien 20 Menschen gestorben."
    )
    quotes = [q for q in tagged_quotes(text) if q.cue is not None]
    assert [q.speaker.name if q.speaker else None for q in quotes] == [
        "Syrische Beobachtungsstelle"
    ]


def test_decision_pointing_back_is_no_quote(tagged_quotes) -> None:
    """ "Das beschloss ein für Strafsachen zuständiges Gericht": with its speaker found over
    the attribute, the decision still reports no sentence before it; a verb of saying does."""
    decided = tagged_quotes(
        "Der Politiker muss in Haft bleiben. Das beschloss heute ein für Strafsachen "
        "zuständiges Gericht in Manhattan."
    )
    assert decided == []
    (said,) = tagged_quotes(
        "Der Politiker muss in Haft bleiben. Das sagte heute ein für Strafsachen "
        "zuständiger Richter in Manhattan."
    )
    assert said.speaker is not None and "Richter" in said.speaker.name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Die Frau liege im Koma, sagte eine der Angehörigen zu Journalisten.",
            "eine der Angehörigen",
        ),
        (
            "Die Seite sei nicht mehr abrufbar, bestätigt einer der Betreiber.",
            "einer der Betreiber",
        ),
    ],
)
def test_one_of_a_group_speaks(tagged_quotes, text: str, speaker: str) -> None:
    (quote,) = tagged_quotes(text)
    assert speaker_text(text, quote) == speaker


def test_none_of_a_group_speaks_for_no_one(tagged_quotes) -> None:
    text = "Machen wir, sagt vorerst keiner der befragten Radiomacher."
    assert all(q.speaker is None for q in tagged_quotes(text))
