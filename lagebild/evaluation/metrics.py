"""Counts that add up across documents (micro-averaging) and the scores made from them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Tally:
    """Precision = ``hit_pred / n_pred``, recall = ``hit_gold / n_gold``.

    For one-to-one matches both hits are the number of matches; B-cubed sums per-mention
    precision and recall into the hits instead. Tallies add, so summing them over files
    gives micro-averages.
    """

    hit_pred: float = 0.0
    n_pred: int = 0
    hit_gold: float = 0.0
    n_gold: int = 0

    @classmethod
    def matches(cls, matched: int, n_pred: int, n_gold: int) -> Tally:
        return cls(float(matched), n_pred, float(matched), n_gold)

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.hit_pred + other.hit_pred,
            self.n_pred + other.n_pred,
            self.hit_gold + other.hit_gold,
            self.n_gold + other.n_gold,
        )

    @property
    def precision(self) -> float:
        if self.n_pred == 0:
            return 1.0 if self.n_gold == 0 else 0.0
        return self.hit_pred / self.n_pred

    @property
    def recall(self) -> float:
        if self.n_gold == 0:
            return 1.0
        return self.hit_gold / self.n_gold

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def scores(self) -> dict[str, float]:
        return {"p": self.precision, "r": self.recall, "f1": self.f1}


@dataclass
class Count:
    """A plain count that adds up across documents (e.g. negated events asserted as fact)."""

    value: int = 0

    def __add__(self, other: Count) -> Count:
        return Count(self.value + other.value)


Layer = dict[str, Tally | Count]


def merge(cards: list[Layer]) -> Layer:
    """Sum the tallies of several documents, metric by metric."""
    total: Layer = {}
    for card in cards:
        for name, value in card.items():
            total[name] = total[name] + value if name in total else value  # type: ignore[operator]
    return total


def flatten(card: Layer) -> dict[str, float]:
    """``{"quotes": Tally}`` -> ``{"quotes.p": …, "quotes.r": …, "quotes.f1": …}``."""
    flat: dict[str, float] = {}
    for name, value in card.items():
        if isinstance(value, Count):
            flat[name] = float(value.value)
        else:
            for key, score in value.scores().items():
                flat[f"{name}.{key}"] = score
    return flat
