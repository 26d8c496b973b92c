from __future__ import annotations

from dataclasses import dataclass

from lagebild.evaluation.wikinews import (
    Card,
    Item,
    evaluate_records,
    fold_runs,
    match,
    score_document,
)
from lagebild.model import Cue, Participant, Quote


@dataclass
class FakeAnalysis:
    quotes: list[Quote]


class FakeAnalyzer:
    def __init__(self, quotes: list[Quote]) -> None:
        self.quotes = quotes

    def analyze(self, document):  # noqa: ANN001, ANN201
        return FakeAnalysis(self.quotes)


TEXT = "Er sagte: „Wir kommen.“ Das Wetter ist gut."


def _tokens(text: str) -> list[dict]:
    tokens, offset = [], 0
    for i, word in enumerate(
        ["Er", "sagte", ":", "„", "Wir", "kommen", ".", "“", "Das", "Wetter", "ist", "gut", "."]
    ):
        start = text.index(word, offset)
        tokens.append({"id": i, "text": word, "charBegin": start, "charEnd": start + len(word)})
        offset = start + len(word)
    return tokens


def _span(start: int, end: int) -> dict:
    return {"spans": [{"charBegin": start, "charEnd": end}], "text": TEXT[start:end]}


RECORD = {
    "originalText": TEXT,
    "tokens": _tokens(TEXT),
    "annotations": [
        {
            "type": "Direct",
            "medium": "Speech",
            "isNested": False,
            "quote": _span(10, 23),
            "speaker": _span(0, 2),
            "cue": _span(3, 8),
            "addressee": {"spans": [], "text": ""},
        }
    ],
}


def test_perfect_system_scores_one():
    quote = Quote(
        id="Q1",
        kind="direct",
        start=11,
        end=22,
        text=TEXT[11:22],
        speaker=Participant(name="Er", start=0, end=2),
        cue=Cue(start=3, end=8, text="sagte", lemma="sagen"),
    )
    result = evaluate_records([("doc", RECORD)], FakeAnalyzer([quote]))
    assert result["quote"]["f1"] == 1.0
    assert result["types"]["Direct"]["recall"] == 1.0
    assert result["speaker"]["f1"] == 1.0
    assert result["cue"]["f1"] == 1.0
    assert result["type_accuracy"] == 1.0


def test_false_quote_lowers_precision_only():
    good = Quote(id="Q1", kind="direct", start=11, end=22, text=TEXT[11:22])
    bad = Quote(id="Q2", kind="indirect", start=24, end=43, text=TEXT[24:43])
    result = evaluate_records([("doc", RECORD)], FakeAnalyzer([good, bad]))
    assert result["quote"]["recall"] == 1.0
    assert result["quote"]["precision"] == 0.3333  # 2 of 6 system tokens
    assert result["spurious_by_kind"] == {"indirect": 1}
    assert result["speaker"]["recall"] == 0.0


def test_matching_is_one_to_one():
    gold = [Item(frozenset({1, 2, 3}), "Direct", {})]
    system = [Item(frozenset({1, 2}), "direct", {}), Item(frozenset({1, 2, 3}), "direct", {})]
    assert match(gold, system) == [(0, 1)]


def test_same_tokens_twice_pair_by_speaker():
    # a relayed quotation: one gold quote per speaker (medium, eyewitness) over the same tokens
    quote = frozenset({5, 6, 7})
    gold = [
        Item(quote, "Direct", {"speaker": frozenset({1})}),
        Item(quote, "Direct", {"speaker": frozenset({2})}),
    ]
    system = [
        Item(quote, "direct", {"speaker": frozenset({2})}),
        Item(quote, "direct", {"speaker": frozenset({1})}),
    ]
    assert sorted(match(gold, system)) == [(0, 1), (1, 0)]


def test_adjacent_continuations_fold_into_one_quote():
    text = "Er sagte, es regne. Das sei schlimm. Man bleibe daheim."
    first, second = text.index("Das"), text.index("Man")
    quotes = [
        Quote(id="Q1", kind="reported_continuation", start=first, end=second - 1, text=""),
        Quote(id="Q2", kind="reported_continuation", start=second, end=len(text), text=""),
        Quote(id="Q3", kind="direct", start=0, end=2, text="Er"),
    ]
    folded = fold_runs(quotes, text)
    assert [(q.start, q.end) for q in folded] == [(0, 2), (first, len(text))]


def test_reported_pairs_leave_the_cue_tally():
    card = Card()
    gold = [Item(tokens=frozenset({1, 2}), kind="Reported", roles=_roles(cue=frozenset()))]
    system = [Item(tokens=frozenset({1, 2}), kind="reported", roles=_roles(cue=frozenset({3})))]
    score_document(card, gold, system)
    assert card.roles["cue"].predicted == 0
    assert card.roles["cue_all"].predicted == 1


def _roles(cue: frozenset[int]) -> dict[str, frozenset[int]]:
    return {"speaker": frozenset(), "cue": cue, "addressee": frozenset()}
