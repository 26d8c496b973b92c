"""Exact-match span F1 of the NER model (outer spans, micro and per type).

A prediction that overlaps a token whose gold label is missing ("-") is not counted,
and neither is a prediction of a label the gold corpus does not annotate (SmartData has
no MISC).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from lagebild.ner.corpora import MISSING, NerSample
from lagebild.ner.rules import postprocess


@dataclass
class SpanScores:
    true_positives: Counter[str] = field(default_factory=Counter)
    false_positives: Counter[str] = field(default_factory=Counter)
    false_negatives: Counter[str] = field(default_factory=Counter)

    def add(self, other: SpanScores) -> None:
        self.true_positives.update(other.true_positives)
        self.false_positives.update(other.false_positives)
        self.false_negatives.update(other.false_negatives)

    def prf(self, label: str | None = None) -> tuple[float, float, float]:
        def total(counter: Counter[str]) -> int:
            return counter[label] if label else sum(counter.values())

        tp = total(self.true_positives)
        fp = total(self.false_positives)
        fn = total(self.false_negatives)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    def labels(self) -> list[str]:
        return sorted(set(self.true_positives) | set(self.false_negatives))

    def table(self) -> str:
        lines = [f"{'type':6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}"]
        for label in [*self.labels(), None]:
            precision, recall, f1 = self.prf(label)
            gold = (
                self.true_positives[label] + self.false_negatives[label]
                if label
                else sum(self.true_positives.values()) + sum(self.false_negatives.values())
            )
            lines.append(f"{label or 'micro':6} {precision:6.3f} {recall:6.3f} {f1:6.3f} {gold:6d}")
        return "\n".join(lines)


def score(
    nlp: Language,
    samples: list[NerSample],
    labels: tuple[str, ...],
    consistent: bool = True,
    rules: bool = True,
) -> SpanScores:
    """Run ``nlp`` on the samples' own tokens and count exact span matches.

    With ``consistent`` the post-processing of :func:`predict_spans` runs too: the
    document-level name propagation and, with ``rules``, the span corrections of ``rules.py``.
    """
    docs = nlp.pipe((sample.doc(nlp.vocab) for sample in samples), batch_size=64)
    if consistent:
        docs = (postprocess(doc, rules=rules) for doc in docs)
    return score_docs(docs, samples, labels)


def score_docs(
    docs: Iterable[Doc], samples: list[NerSample], labels: tuple[str, ...]
) -> SpanScores:
    """Count exact span matches of the entities of ``docs`` against the samples' gold spans."""
    predicted = ({(ent.start, ent.end, ent.label_) for ent in doc.ents} for doc in docs)
    return score_spans(predicted, samples, labels)


def score_spans(
    predicted: Iterable[set[tuple[int, int, str]]],
    samples: list[NerSample],
    labels: tuple[str, ...],
    unaligned: Iterable[list[tuple[int, int, str]]] | None = None,
) -> SpanScores:
    """Count exact matches of predicted token spans (start, end, label) per sample.

    ``unaligned`` holds, per sample, predictions whose ends fall inside the samples' tokens
    (as the token range that covers them): they can match no gold span and count as false
    positives, under the same missing-label rule as the others.
    """
    scores = SpanScores()
    extra = iter(unaligned) if unaligned is not None else None
    for sample, spans in zip(samples, predicted, strict=True):
        gold = {span for span in sample.spans() if span[2] in labels}
        missing = {index for index, tag in enumerate(sample.tags) if tag == MISSING}

        def scored(span: tuple[int, int, str], missing: set[int] = missing) -> bool:
            return span[2] in labels and not missing.intersection(range(span[0], span[1]))

        found = {span for span in spans if scored(span)}
        for _, _, label in gold & found:
            scores.true_positives[label] += 1
        for _, _, label in found - gold:
            scores.false_positives[label] += 1
        for _, _, label in gold - found:
            scores.false_negatives[label] += 1
        if extra is not None:
            for span in next(extra):
                if scored(span):
                    scores.false_positives[span[2]] += 1
    return scores
