"""'seiner Meinung nach', 'ihren Angaben zufolge': the owner of the opinion speaks, not the
opinion ('Seiner Meinung' is no speaker)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy

from lagebild.model import Entity, Mention, Quote
from lagebild.pipeline import register_extensions
from lagebild.quotes.component import QuoteFinder

Finder = Callable[[str, list[tuple[str, str]]], list[Quote]]


@pytest.fixture(scope="module")
def with_entities() -> Finder:
    """The quotes of ``text`` with hand-built entities (name, type); every occurrence of the
    name is a mention."""
    register_extensions()
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    finder = QuoteFinder()

    def run(text: str, entities: list[tuple[str, str]]) -> list[Quote]:
        doc = nlp(text)
        records = []
        for number, (name, kind) in enumerate(entities, 1):
            mentions = []
            at = text.find(name)
            while at >= 0:
                mentions.append(Mention(start=at, end=at + len(name), text=name))
                at = text.find(name, at + 1)
            records.append(
                Entity(id=f"E{number}", name=name, type=kind, mentions=mentions)  # type: ignore[arg-type]
            )
        doc._.entities = records
        return finder.find(doc)

    return run


def test_seiner_meinung_nach_takes_the_man_named_before(with_entities):
    text = (
        "Werner Faymann sagte, die Lage sei ernst. "
        "Seiner Meinung nach müsse man jetzt rasch handeln."
    )
    quotes = with_entities(text, [("Werner Faymann", "PER")])
    last = quotes[-1]
    assert last.text.startswith("müsse man")
    assert last.speaker is not None
    assert (last.speaker.name, last.speaker.entity_id) == ("Werner Faymann", "E1")


def test_seiner_does_not_take_a_woman(with_entities):
    text = (
        "Angela Merkel sagte, die Lage sei ernst. "
        "Seiner Meinung nach müsse man jetzt rasch handeln."
    )
    quotes = with_entities(text, [("Angela Merkel", "PER")])
    last = quotes[-1]
    assert last.speaker is not None
    assert last.speaker.name == "Seiner"


def test_ihrer_does_not_take_the_reporting_agency(with_entities):
    text = (
        "Die Partei verbiete das, berichtete die Agentur Xinhua. "
        "Ihrer Meinung nach sei das Aberglaube."
    )
    quotes = with_entities(text, [("Xinhua", "ORG")])
    last = quotes[-1]
    assert last.speaker is not None
    assert last.speaker.name == "Ihrer"


def test_polite_ihrer_inside_a_question_is_left_alone(with_entities):
    text = "Angela Merkel sagte, die Lage sei ernst. Wer hat Ihrer Meinung nach recht?"
    quotes = with_entities(text, [("Angela Merkel", "PER")])
    assert all(q.speaker is None or q.speaker.name != "Angela Merkel" for q in quotes[1:])
