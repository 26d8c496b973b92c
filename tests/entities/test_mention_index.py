"""The mention index answers as the walk over all mentions does, ties and gaps included."""

from __future__ import annotations

import spacy

from lagebild.entities import lookup, mention_index
from lagebild.entities.mention_index import MentionIndex, mentions_indexed
from lagebild.model import Entity, Mention
from lagebild.pipeline import register_extensions

TEXT = "Angela Merkel und die Bundesregierung in Berlin sagten, Merkel werde reisen."


def _entities() -> list[Entity]:
    def mention(start: int, end: int) -> Mention:
        return Mention(start=start, end=end, text=TEXT[start:end])

    return [
        # two entities share "Merkel" (6 to 13 and 56 to 62): the first of the walk wins a tie
        Entity(id="E1", name="Angela Merkel", type="PER", mentions=[mention(0, 13)]),
        Entity(id="E2", name="Merkel", type="PER", mentions=[mention(7, 13), mention(56, 62)]),
        Entity(id="E3", name="Bundesregierung", type="ORG", mentions=[mention(22, 37)]),
        Entity(id="E4", name="Berlin", type="GPE", mentions=[mention(41, 47), mention(44, 44)]),
        Entity(id="E1", name="Doppelt", type="ORG", mentions=[]),  # a second "E1": not found
    ]


def _doc(entities: list[Entity]) -> spacy.tokens.Doc:
    register_extensions()
    doc = spacy.blank("de")(TEXT)
    doc._.entities = entities
    return doc


def test_every_range_gets_the_walks_answer() -> None:
    doc = _doc(_entities())
    index = MentionIndex(list(doc._.entities))
    for start in range(len(TEXT) + 1):
        for end in range(start, len(TEXT) + 2):
            assert index.at(start, end) == lookup.mention_at(doc, start, end), (start, end)


def test_mentions_within_as_the_walk_finds_them() -> None:
    doc = _doc(_entities())
    for start in range(len(TEXT) + 1):
        for end in range(start, len(TEXT) + 2):
            walked = mention_index.mentions_within(doc, start, end)  # no index open: the walk
            with mentions_indexed(doc):
                indexed = mention_index.mentions_within(doc, start, end)
            assert indexed == walked, (start, end)
    assert [entity.id for entity, _ in mention_index.mentions_within(doc, 0, 13)] == ["E1", "E2"]


def test_the_index_is_open_only_inside_the_block() -> None:
    doc = _doc(_entities())
    with mentions_indexed(doc):
        assert mention_index.INDEX_KEY in doc.user_data
        found = mention_index.mention_at(doc, 8, 12)
        assert found is not None and found[0].id == "E1"
        assert mention_index.entity_by_id(doc, "E1").name == "Angela Merkel"  # type: ignore[union-attr]
        assert mention_index.entity_by_id(doc, "E9") is None
        assert mention_index.has_entities(doc)
    assert mention_index.INDEX_KEY not in doc.user_data
    assert mention_index.entity_at(doc, 41, 47).name == "Berlin"  # type: ignore[union-attr]


def test_no_entities() -> None:
    doc = _doc([])
    with mentions_indexed(doc):
        assert not mention_index.has_entities(doc)
        assert mention_index.mention_at(doc, 0, 5) is None
