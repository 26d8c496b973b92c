"""Hand-built tagged Docs with entities, quotes, places and dates for the event rules.

The helpers reach the tests through the ``kit`` fixture.
"""

from __future__ import annotations

import types
from functools import cache

import pytest
import spacy
from spacy.tokens import Doc

from lagebild.model import DateExpression, Entity, Mention, Place, Quote, TextSpan
from lagebild.pipeline import register_extensions


@cache
def blank() -> spacy.language.Language:
    return spacy.blank("de")


def tagged(*sentences: str) -> Doc:
    """Each sentence is "word/TAG/lemma ..." (lemma defaults to the word)."""
    register_extensions()
    words, tags, lemmas, starts = [], [], [], []
    for sentence in sentences:
        for position, item in enumerate(sentence.split()):
            word, tag, *rest = item.split("/")
            words.append(word)
            tags.append(tag)
            lemmas.append(rest[0] if rest else word)
            starts.append(position == 0)
    spaces = [i + 1 < len(words) and words[i + 1] not in (".", ",", ":") for i in range(len(words))]
    doc = Doc(
        blank().vocab, words=words, spaces=spaces, tags=tags, lemmas=lemmas, sent_starts=starts
    )
    doc._.entities, doc._.quotes, doc._.places, doc._.dates = [], [], [], []
    return doc


def mentions_of(doc: Doc, surface: str) -> list[Mention]:
    found, start = [], doc.text.find(surface)
    while start >= 0:
        found.append(Mention(start=start, end=start + len(surface), text=surface))
        start = doc.text.find(surface, start + 1)
    return found


def add_entity(
    doc: Doc,
    name: str,
    type_: str,
    *surfaces: str,
    code: str | None = None,
    affiliation: str | None = None,
) -> Entity:
    mentions = [m for surface in (surfaces or (name,)) for m in mentions_of(doc, surface)]
    entity = Entity(
        id=f"E{len(doc._.entities) + 1}",
        name=name,
        type=type_,
        code=code,
        affiliation=affiliation,
        mentions=mentions,
    )
    doc._.entities = [*doc._.entities, entity]
    return entity


def add_quote(doc: Doc, content: str, speaker: str, entity_id: str | None = None) -> Quote:
    from lagebild.model import Participant

    start = doc.text.index(content)
    quote = Quote(
        id=f"Q{len(doc._.quotes) + 1}",
        kind="indirect",
        start=start,
        end=start + len(content),
        text=content,
        speaker=Participant(name=speaker, entity_id=entity_id),
    )
    doc._.quotes = [*doc._.quotes, quote]
    return quote


def add_place(doc: Doc, name: str, country: str, lat: float, lon: float) -> Place:
    place = Place(
        name=name,
        country=country,
        lat=lat,
        lon=lon,
        mentions=[TextSpan(**m.model_dump(exclude={"kind"})) for m in mentions_of(doc, name)],
    )
    doc._.places = [*doc._.places, place]
    return place


def add_date(doc: Doc, text: str, value: str) -> None:
    start = doc.text.index(text)
    doc._.dates = [
        *doc._.dates,
        DateExpression(
            start=start, end=start + len(text), text=text, value=value, granularity="year"
        ),
    ]


def states(doc: Doc) -> None:
    """The usual state entities for the tests."""
    for name, code, surfaces in (
        ("Russland", "RUS", ("Russland", "Russlands")),
        ("Ukraine", "UKR", ("Ukraine",)),
        ("Vereinigte Staaten", "USA", ("USA",)),
        ("Israel", "ISR", ("Israel",)),
        ("Syrien", "SYR", ("Syrien",)),
        ("Frankreich", "FRA", ("Frankreich",)),
        ("Deutschland", "DEU", ("Deutschland",)),
        ("NATO", "NATO", ("NATO",)),
    ):
        if any(doc.text.find(s) >= 0 for s in surfaces):
            add_entity(doc, name, "ORG" if code == "NATO" else "GPE", *surfaces, code=code)


@pytest.fixture
def kit() -> types.SimpleNamespace:
    return types.SimpleNamespace(
        tagged=tagged,
        add_entity=add_entity,
        add_quote=add_quote,
        add_place=add_place,
        add_date=add_date,
        states=states,
    )
