"""Score a majority vote of several NER models on SmartData v1 test or a GermEval fold.

Each model tags the test set (with the shipped post-processing); a span (start, end, label)
is kept where more than half of the models predict it. Models trained with the shipped config
and other seeds (``[training] seed``) show how much seed variance a vote removes::

    sed 's/^seed = 0$/seed = 1/' lagebild/ner/config.cfg > /tmp/s1.cfg
    .venv/bin/python scripts/train_ner.py --config /tmp/s1.cfg --output /tmp/ner_s1
    .venv/bin/python scripts/ner_vote.py lagebild/ner/model /tmp/ner_s1 /tmp/ner_s2

On a GermEval dev fold, with the fold models ``train_ner.py --cv 5 --folds 0 --save-folds DIR``
keeps (one run per seed)::

    .venv/bin/python scripts/ner_vote.py --germeval-fold 0 /tmp/s0/fold0 /tmp/s1/fold0 /tmp/s2/fold0
"""

from __future__ import annotations

import argparse
from pathlib import Path

import spacy
from spacy.tokens import Doc, Span
from train_ner import germeval_fold, smartdata

from lagebild.ner.evaluate import score_docs
from lagebild.ner.rules import postprocess

SMARTDATA_LABELS = ("PER", "ORG", "LOC")
GERMEVAL_LABELS = ("PER", "ORG", "LOC", "MISC")


def voted(docs_per_model: list[list[Doc]]) -> list[Doc]:
    """Per document, the spans more than half of the models predict (they cannot overlap)."""
    need = len(docs_per_model) // 2 + 1
    result = []
    for docs in zip(*docs_per_model, strict=True):
        votes: dict[tuple[int, int, str], int] = {}
        for doc in docs:
            for ent in doc.ents:
                key = (ent.start, ent.end, ent.label_)
                votes[key] = votes.get(key, 0) + 1
        doc = docs[0].copy()
        doc.ents = [
            Span(doc, s, e, label=label) for (s, e, label), n in sorted(votes.items()) if n >= need
        ]
        result.append(doc)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", type=Path, nargs="+", help="model folders (an odd number)")
    parser.add_argument("--germeval-fold", type=int, default=None, help="score this fold")
    parser.add_argument("--folds", type=int, default=5, help="with --germeval-fold: of how many")
    arguments = parser.parse_args()
    models = arguments.models
    if arguments.germeval_fold is None:
        test, labels = smartdata("test"), SMARTDATA_LABELS
    else:
        test, _ = germeval_fold(arguments.folds, arguments.germeval_fold)
        labels = GERMEVAL_LABELS
    docs_per_model = []
    for path in models:
        nlp = spacy.load(path)
        docs = [
            postprocess(doc, rules=True)
            for doc in nlp.pipe((sample.doc(nlp.vocab) for sample in test), batch_size=64)
        ]
        docs_per_model.append(docs)
        precision, recall, f1 = score_docs(docs, test, labels).prf()
        print(f"{path}: P {precision:.3f} R {recall:.3f} F1 {f1:.3f}")
    print(f"majority vote of {len(models)} models:")
    print(score_docs(voted(docs_per_model), test, labels).table())


if __name__ == "__main__":
    main()
