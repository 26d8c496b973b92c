"""The NER suite of the gate: the shipped model on SmartData v1 test (PER, ORG, LOC).

Exact outer spans, micro-averaged, after the shipped post-processing (span rules and name
propagation), as ``scripts/train_ner.py --evaluate`` reports it. Which capitalised tokens
SmartData leaves unlabelled (possible MISC, not scored) is decided by common-noun
membership; here it is read from the model's own gazetteer table, which holds the same
``german-nouns`` forms, so the gate needs no package beyond the test extra.
"""

from __future__ import annotations

from pathlib import Path

from lagebild.ner import load_ner
from lagebild.ner.corpora import read_smartdata
from lagebild.ner.evaluate import score
from lagebild.ner.rules import Lexicon

SMARTDATA_LABELS: tuple[str, ...] = ("PER", "ORG", "LOC")


class ModelCommonNouns:
    """``word in nouns``: the model's gazetteer marks ``word`` as a common noun."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and "common_noun" in self.lexicon.features(word)


def evaluate_ner(smartdata_test: Path) -> dict[str, object]:
    """Micro and per-type precision, recall and F1 of the shipped NER on ``smartdata_test``."""
    nlp = load_ner()
    samples = read_smartdata(smartdata_test, nouns=ModelCommonNouns(Lexicon(nlp.vocab)))
    scores = score(nlp, samples, SMARTDATA_LABELS)
    precision, recall, f1 = scores.prf()
    report: dict[str, object] = {
        "micro": {"precision": precision, "recall": recall, "f1": f1},
        "documents": len(samples),
    }
    report["types"] = {
        label: dict(zip(("precision", "recall", "f1"), scores.prf(label), strict=True))
        for label in SMARTDATA_LABELS
    }
    return report
