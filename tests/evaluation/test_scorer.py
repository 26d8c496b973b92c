"""Gold scorer: hand-built analyses against tiny gold dicts."""

from __future__ import annotations

import pytest

from lagebild.evaluation.folding import FoldedText, fold
from lagebild.evaluation.gold import score_analysis
from lagebild.evaluation.metrics import Count, Tally, flatten
from lagebild.evaluation.oracle import perfect_analysis
from lagebild.model import Participant

TEXT = (
    "Die USA haben Russland\n\nzur Deeskalation aufgerufen. Die Unterhändlerin Wendy Sherman "
    'sagte: "Wir sind bereit." Russland plane keinen Überfall auf die Ukraine, '
    "erklärte Sergej Ryabkow in Genf. Das Treffen fand am 10. Januar 2022 statt."
)

GOLD = {
    "document": "tiny.txt",
    "structure": {
        "subheadings": [],
        "captions": [],
        "broken_paragraphs": [["Die USA haben Russland", "zur Deeskalation"]],
    },
    "entities": [
        {
            "canonical": "Wendy Sherman",
            "type": "PER",
            "affiliation": "USA",
            "mentions": ["Wendy Sherman", "Die Unterhändlerin"],
        },
        {
            "canonical": "Sergej Ryabkow",
            "type": "PER",
            "affiliation": "RUS",
            "mentions": ["Sergej Ryabkow"],
        },
        {
            "canonical": "Vereinigte Staaten",
            "type": "GPE",
            "code": "USA",
            "mentions": ["Die USA haben"],
        },
        {
            "canonical": "Russland",
            "type": "GPE",
            "code": "RUS",
            "mentions": ["USA haben Russland", "Russland plane"],
        },
    ],
    "places": [
        {"name": "Genf", "country": "CH", "lat": 46.2, "lon": 6.15, "mentions": ["in Genf"]}
    ],
    "dates": [{"text": "am 10. Januar 2022", "value": "2022-01-10"}],
    "quotes": [
        {"speaker": "Wendy Sherman", "kind": "direct", "cue": "sagte", "text": "Wir sind bereit."},
        {
            "speaker": "Sergej Ryabkow",
            "kind": "indirect",
            "cue": "erklärte",
            "text": "Russland plane keinen Überfall auf die Ukraine",
        },
    ],
    "events": [
        {
            "actor": "USA",
            "recipient": "RUS",
            "type": "REQUEST",
            "trigger": "aufgerufen",
            "sentence": "Die USA haben Russland zur Deeskalation aufgerufen.",
        },
        {
            "actor": "RUS",
            "recipient": "UKR",
            "type": "ASSAULT",
            "trigger": "Überfall",
            "negated": True,
            "sentence": "Russland plane keinen Überfall auf die Ukraine, "
            "erklärte Sergej Ryabkow in Genf.",
        },
    ],
}


def scores(analysis, gold=GOLD) -> dict[str, float]:
    return flatten(score_analysis(analysis, gold))


def test_folded_text_maps_back_to_original_offsets() -> None:
    folded = FoldedText.of(TEXT)
    [(start, end)] = folded.locate("Russland zur Deeskalation")
    assert TEXT[start:end] == "Russland\n\nzur Deeskalation"
    assert fold(" a \n b ") == "a b"


def test_perfect_output_scores_one() -> None:
    result = scores(perfect_analysis(GOLD, TEXT))
    for name, value in result.items():
        if name.endswith(("unlocated", "asserted")):
            assert value == 0, name
        else:
            assert value == pytest.approx(1.0), name


def test_missing_quote_lowers_recall_not_precision() -> None:
    analysis = perfect_analysis(GOLD, TEXT)
    analysis.quotes.pop()
    result = scores(analysis)
    assert result["quotes.r"] == pytest.approx(0.5)
    assert result["quotes.p"] == pytest.approx(1.0)


def test_wrong_speaker_counts_against_speaker_score_only() -> None:
    analysis = perfect_analysis(GOLD, TEXT)
    analysis.quotes[0].speaker = Participant(name="Sergej Ryabkow", entity_id="e1")
    result = scores(analysis)
    assert result["quotes.f1"] == pytest.approx(1.0)
    assert result["quotes_speaker.r"] == pytest.approx(0.5)


def test_surname_speaker_without_entity_is_right() -> None:
    analysis = perfect_analysis(GOLD, TEXT)
    analysis.quotes[0].speaker = Participant(name="Sherman")
    assert scores(analysis)["quotes_speaker.r"] == pytest.approx(1.0)


def test_negated_event_asserted_as_fact_is_counted() -> None:
    analysis = perfect_analysis(GOLD, TEXT)
    analysis.events[1].negated = False
    result = scores(analysis)
    assert result["events_negated_asserted"] == 1
    assert result["events.r"] == pytest.approx(0.5)
    assert result["events_type.r"] == pytest.approx(1.0)


def test_null_recipient_is_strict_unless_optional() -> None:
    gold = {**GOLD, "events": [{**GOLD["events"][0], "recipient": None}]}
    analysis = perfect_analysis(GOLD, TEXT)
    analysis.events.pop()
    assert scores(analysis, gold)["events.r"] == 0.0
    analysis.events[0].recipient = None
    assert scores(analysis, gold)["events.r"] == 1.0
    optional = {**GOLD, "events": [{**GOLD["events"][0], "optional_recipient": True}]}
    assert scores(analysis, optional)["events.r"] == 1.0


def test_split_entity_hurts_clustering() -> None:
    analysis = perfect_analysis(GOLD, TEXT)
    sherman = analysis.entities[0]
    role = sherman.model_copy(update={"id": "e9", "mentions": sherman.mentions[1:]})
    sherman.mentions = sherman.mentions[:1]
    analysis.entities.append(role)
    result = scores(analysis)
    assert result["mentions_right_entity.r"] == pytest.approx(5 / 6)
    assert result["mentions_b3.r"] < 1.0
    assert result["mentions_b3.p"] == pytest.approx(1.0)


def test_wrong_code_and_far_place() -> None:
    analysis = perfect_analysis(GOLD, TEXT)
    analysis.entities[2].code = "CAN"
    analysis.places[0].lat, analysis.places[0].lon = 47.37, 8.54  # Zürich, ~225 km away
    result = scores(analysis)
    assert result["entities.r"] == 1.0
    assert result["entities_code.r"] == pytest.approx(0.75)
    assert result["places.r"] == 1.0
    assert result["places_correct.r"] == 0.0


def test_layers_without_gold_key_are_not_scored() -> None:
    gold = {"document": "x", "entities": GOLD["entities"]}
    result = scores(perfect_analysis(GOLD, TEXT), gold)
    assert not any(key.startswith(("quotes", "events", "places", "dates")) for key in result)


def test_tallies_micro_average() -> None:
    total = Tally.matches(1, 1, 2) + Tally.matches(0, 3, 2)
    assert total.precision == pytest.approx(0.25)
    assert total.recall == pytest.approx(0.25)
    assert (Count(1) + Count(2)).value == 3


def test_every_shared_gold_file_scores_one_against_itself(shared) -> None:
    """All gold strings are found in their articles, and the scorer agrees with itself."""
    from lagebild.evaluation.gold import load_gold
    from lagebild.evaluation.suites import GOLD_DEV, SEED_GOLD

    paths = [shared / SEED_GOLD, *sorted((shared / GOLD_DEV).glob("*.gold.json"))]
    for path in paths:
        document = load_gold(path, shared)
        result = scores(perfect_analysis(document.gold, document.text), document.gold)
        imperfect = {
            name: value
            for name, value in result.items()
            if not name.endswith(("unlocated", "asserted")) and value != pytest.approx(1.0)
        }
        assert not imperfect, (path.name, imperfect)
