"""An unlinked pronoun speaker takes the last speaker only when it agrees and is recent."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy

from lagebild.model import Entity, Mention, Quote
from lagebild.pipeline import register_extensions
from lagebild.quotes.component import QuoteFinder

Finder = Callable[[str, list[tuple[str, str, list[str]]]], list[Quote]]


@pytest.fixture(scope="module")
def with_entities() -> Finder:
    """The two quotes of ``text`` with hand-built entities: (name, type, roles); every
    occurrence of the name is a mention."""
    register_extensions()
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    finder = QuoteFinder()

    def run(text: str, entities: list[tuple[str, str, list[str]]]) -> list[Quote]:
        doc = nlp(text)
        records = []
        for number, (name, kind, roles) in enumerate(entities, 1):
            mentions = []
            at = text.find(name)
            while at >= 0:
                mentions.append(Mention(start=at, end=at + len(name), text=name))
                at = text.find(name, at + 1)
            records.append(
                Entity(id=f"E{number}", name=name, type=kind, roles=roles, mentions=mentions)  # type: ignore[arg-type]
            )
        doc._.entities = records
        quotes = finder.find(doc)
        assert len(quotes) == 2  # the named speaker's quote, then the pronoun's
        return quotes

    return run


def test_er_takes_a_recent_male_person(with_entities):
    text = "Ban Ki-moon sagte, die Lage sei ernst. Später erklärte er, man werde reden."
    quotes = with_entities(text, [("Ban Ki-moon", "PER", ["UN-Generalsekretär"])])
    assert [(q.speaker.name, q.speaker.entity_id) for q in quotes] == [
        ("Ban Ki-moon", "E1"),
        ("Ban Ki-moon", "E1"),
    ]


def test_er_does_not_take_an_organisation(with_entities):
    text = (
        "Der Fernsehsender CBS berichtete, die Lage sei ernst. Später erklärte er, man werde reden."
    )
    quotes = with_entities(text, [("Fernsehsender CBS", "ORG", [])])
    assert quotes[-1].speaker.name == "er"
    assert quotes[-1].speaker.entity_id is None


def test_er_does_not_take_a_woman(with_entities):
    text = "Angela Merkel sagte, die Lage sei ernst. Später erklärte er, man werde reden."
    quotes = with_entities(text, [("Angela Merkel", "PER", [])])
    assert quotes[0].speaker.entity_id == "E1"
    assert (quotes[-1].speaker.name, quotes[-1].speaker.entity_id) == ("er", None)


def test_sie_may_take_a_state_or_a_woman(with_entities):
    state = "Südkorea teilte mit, die Gespräche seien beendet. Sie erklärten, man werde warten."
    assert with_entities(state, [("Südkorea", "GPE", [])])[-1].speaker.entity_id == "E1"
    woman = "Angela Merkel sagte, die Lage sei ernst. Später erklärte sie, man werde reden."
    assert with_entities(woman, [("Angela Merkel", "PER", [])])[-1].speaker.entity_id == "E1"


def test_er_does_not_take_a_state(with_entities):
    text = "Südkorea teilte mit, die Gespräche seien beendet. Er erklärte, man werde warten."
    quotes = with_entities(text, [("Südkorea", "GPE", [])])
    assert (quotes[-1].speaker.name, quotes[-1].speaker.entity_id) == ("Er", None)


def test_speaker_two_paragraphs_back_is_too_far(with_entities):
    text = (
        "Ban Ki-moon sagte, die Lage sei ernst.\n\n"
        "Die Konferenz dauert drei Tage.\n\n"
        "Später erklärte er, man werde reden."
    )
    quotes = with_entities(text, [("Ban Ki-moon", "PER", [])])
    assert quotes[0].speaker.entity_id == "E1"
    assert (quotes[-1].speaker.name, quotes[-1].speaker.entity_id) == ("er", None)


def test_speaker_one_paragraph_back_is_recent(with_entities):
    text = "Ban Ki-moon sagte, die Lage sei ernst.\n\nSpäter erklärte er, man werde reden."
    quotes = with_entities(text, [("Ban Ki-moon", "PER", [])])
    assert quotes[-1].speaker.entity_id == "E1"


@pytest.mark.parametrize(
    ("first", "pronoun", "expected"),
    [
        ("Der Ministerpräsident sagte", "erklärte er", "Der Ministerpräsident"),
        ("Angaben der Polizei zufolge", "erklärte er", "er"),
        ("Die Demonstranten erklärten", "erklärten sie", "Die Demonstranten"),
        ("Die Demonstranten erklärten", "erklärte er", "er"),
    ],
)
def test_without_entity_the_head_noun_decides(with_entities, first, pronoun, expected):
    text = f"{first}, die Lage sei ernst. Später {pronoun}, man werde reden."
    assert with_entities(text, [])[-1].speaker.name == expected
