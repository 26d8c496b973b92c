"""Mapping and combination rules of ``scripts/ner_system_eval.py``, on hand-built spans."""

from __future__ import annotations

import spacy
from script_modules import load_script

from lagebild.entities.kb import actor_kb
from lagebild.model import Entity, Mention, Place, TextSpan
from lagebild.ner.corpora import NerSample
from lagebild.ner.evaluate import score_spans

system = load_script("ner_system_eval")
RuleSpan = system.RuleSpan


def _mention(text: str, part: str, kind: str, occurrence: int = 0) -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(part, start + 1)
    return Mention(start=start, end=start + len(part), text=part, kind=kind)


def test_types_map_to_corpus_labels() -> None:
    assert system.corpus_label("GPE") == "LOC"
    assert system.corpus_label("LOC") == "LOC"
    assert system.corpus_label("PER") == "PER"
    assert system.corpus_label("MISC") == "MISC"


def test_name_mentions_kept_word_parts_demonyms_and_roles_dropped() -> None:
    text = "Die NATO-Osterweiterung stört Moskau . Die Deutschen und Kanzler Olaf Scholz"
    doc = spacy.blank("de")(text)
    entities = [
        Entity(id="E1", name="NATO", type="ORG", mentions=[_mention(text, "NATO", "name")]),
        Entity(
            id="E2",
            name="Russland",
            type="GPE",
            mentions=[_mention(text, "Moskau", "metonym")],
        ),
        Entity(
            id="E3",
            name="Deutschland",
            type="GPE",
            mentions=[_mention(text, "Deutschen", "demonym")],
        ),
        Entity(
            id="E4",
            name="Olaf Scholz",
            type="PER",
            mentions=[_mention(text, "Kanzler", "role"), _mention(text, "Olaf Scholz", "name")],
        ),
    ]
    spans = system.rule_spans(entities, doc, doc, actor_kb())
    found = {(doc[s.start : s.end].text, s.label) for s in spans}
    assert found == {("Moskau", "LOC"), ("Olaf Scholz", "PER")}
    moskau = next(s for s in spans if s.label == "LOC")
    assert moskau.listed and moskau.aligned


def test_metonym_that_is_no_listed_name_is_dropped() -> None:
    text = "Das Land wehrt sich ."
    doc = spacy.blank("de")(text)
    entities = [
        Entity(id="E1", name="Polen", type="GPE", mentions=[_mention(text, "Land", "metonym")])
    ]
    assert system.rule_spans(entities, doc, doc, actor_kb()) == []


def test_mention_across_corpus_tokens_is_unaligned() -> None:
    text = "Er traf Anna Berg ."
    analysed = spacy.blank("de")(text)
    # the corpus joined "Anna Berg" and "." differently: its token "Berg." ends past the name
    sample = spacy.tokens.Doc(
        analysed.vocab, words=["Er", "traf", "Anna", "Berg."], spaces=[True, True, True, False]
    )
    text = sample.text
    entity = Entity(
        id="E1", name="Anna Berg", type="PER", mentions=[_mention(text, "Anna Berg", "name")]
    )
    (span,) = system.rule_spans([entity], spacy.blank("de")(text), sample, actor_kb())
    assert (span.start, span.end, span.aligned) == (2, 4, False)


def test_places_fill_only_where_no_entity_mention_is() -> None:
    text = "In Lermoos und Moskau"
    doc = spacy.blank("de")(text)
    taken = [RuleSpan(3, 4, "LOC", True)]
    places = [
        Place(name="Lermoos", mentions=[TextSpan(start=3, end=10, text="Lermoos")]),
        Place(name="Moskau", mentions=[TextSpan(start=15, end=21, text="Moskau")]),
    ]
    spans = system.place_spans(places, doc, doc, taken)
    assert [(s.start, s.end, s.label) for s in spans] == [(1, 2, "LOC")]


MODEL = [RuleSpan(0, 2, "ORG"), RuleSpan(5, 6, "PER")]
RULES = [
    RuleSpan(0, 1, "LOC", listed=True),  # overlaps the model's ORG, listed
    RuleSpan(5, 7, "PER"),  # overlaps the model's PER, not listed
    RuleSpan(9, 10, "LOC"),  # overlaps nothing
]


def _keys(spans: list) -> set[tuple[int, int, str]]:
    return {span.key for span in spans}


def test_union_keeps_everything() -> None:
    assert _keys(system.union(MODEL, RULES)) == _keys(MODEL) | _keys(RULES)


def test_model_first_adds_only_free_rule_spans() -> None:
    assert _keys(system.model_first(MODEL, RULES)) == _keys(MODEL) | {(9, 10, "LOC")}


def test_rules_first_adds_only_free_model_spans() -> None:
    assert _keys(system.rules_first(MODEL, RULES)) == _keys(RULES)


def test_listed_override_replaces_model_spans_only_for_listed_rules() -> None:
    assert _keys(system.listed_override(MODEL, RULES)) == {
        (0, 1, "LOC"),
        (5, 6, "PER"),
        (9, 10, "LOC"),
    }


def test_unaligned_predictions_count_as_false_positives_unless_missing() -> None:
    sample = NerSample(
        words=["Anna", "Berg", "lobt", "Xyz", "."],
        spaces=[True, True, True, False, False],
        tags=["B-PER", "L-PER", "O", "-", "O"],
        source="test",
    )
    scores = score_spans(
        [{(0, 2, "PER")}],
        [sample],
        ("PER", "ORG", "LOC"),
        unaligned=[[(1, 3, "ORG"), (3, 4, "ORG")]],
    )
    assert scores.true_positives["PER"] == 1
    assert scores.false_positives["ORG"] == 1  # the one on "Xyz" touches a missing label
