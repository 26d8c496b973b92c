"""NER experiment: mention-replacement augmentation (not used by the shipped model).

Each training text gets ``--copies`` extra copies in which every entity span is, with
probability ``--prob``, replaced by another mention of the same label drawn from the
training data itself (Dai & Adel 2020, "An Analysis of Simple Data Augmentation for Named
Entity Recognition"). The idea: the model learns names from their context instead of their
form. Scores the model on SmartData v1 test and on GermEval dev fold 0 of 5, like
``train_ner.py --evaluate`` and ``train_ner.py --cv 5 --folds 0``:

    .venv/bin/python scripts/ner_mention_replacement.py --copies 1 --prob 0.5 [--steps 3000]

Session 9 (BENCHMARKS.md): no gain over the shipped configuration.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from train_ner import germeval, germeval_fold, smartdata

from lagebild.ner.corpora import MISSING, NerSample
from lagebild.ner.evaluate import score
from lagebild.ner.training import CONFIG_PATH, train

Mention = tuple[str, ...]


def mention_pool(samples: list[NerSample]) -> dict[str, list[Mention]]:
    """Every fully labelled mention of the samples, by label."""
    pool: dict[str, list[Mention]] = {}
    for sample in samples:
        for start, end, label in sample.spans():
            if all(sample.tags[index] != MISSING for index in range(start, end)):
                pool.setdefault(label, []).append(tuple(sample.words[start:end]))
    return pool


def _biluo(label: str, length: int) -> list[str]:
    if length == 1:
        return [f"U-{label}"]
    return [f"B-{label}", *[f"I-{label}"] * (length - 2), f"L-{label}"]


def replace_mentions(
    sample: NerSample, pool: dict[str, list[Mention]], rng: random.Random, prob: float
) -> NerSample | None:
    """A copy of ``sample`` with some mentions swapped; None when nothing was swapped."""
    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []
    position = 0
    changed = False
    for start, end, label in sample.spans():
        if label not in pool:
            continue
        words += sample.words[position:start]
        spaces += sample.spaces[position:start]
        tags += sample.tags[position:start]
        new = list(sample.words[start:end])
        if rng.random() < prob:
            new = list(rng.choice(pool[label]))
            changed = True
        words += new
        spaces += [True] * (len(new) - 1) + [sample.spaces[end - 1]]
        tags += _biluo(label, len(new))
        position = end
    if not changed:
        return None
    words += sample.words[position:]
    spaces += sample.spaces[position:]
    tags += sample.tags[position:]
    return NerSample(words, spaces, tags, f"{sample.source}-replaced")


def augmented(samples: list[NerSample], copies: int, prob: float, seed: int = 0) -> list[NerSample]:
    rng = random.Random(seed)
    pool = mention_pool(samples)
    extra = (replace_mentions(sample, pool, rng, prob) for _ in range(copies) for sample in samples)
    return samples + [sample for sample in extra if sample is not None]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--prob", type=float, default=0.5)
    parser.add_argument("--steps", type=int, default=None, help="override the config's steps")
    parser.add_argument("--config", type=Path, default=CONFIG_PATH)
    args = parser.parse_args()
    training = augmented(smartdata("train") + germeval(), args.copies, args.prob)
    started = time.perf_counter()
    nlp = train(training, max_steps=args.steps, config_path=args.config, log=lambda line: None)
    print(f"trained on {len(training)} samples in {time.perf_counter() - started:.0f}s")
    print("SmartData v1 test:\n" + score(nlp, smartdata("test"), ("PER", "ORG", "LOC")).table())
    held_out, rest = germeval_fold(5, 0)
    nlp = train(
        augmented(smartdata("train") + rest, args.copies, args.prob),
        max_steps=args.steps,
        config_path=args.config,
        log=lambda line: None,
    )
    labels = ("PER", "ORG", "LOC", "MISC")
    print("GermEval dev fold 1/5:\n" + score(nlp, held_out, labels).table(), flush=True)


if __name__ == "__main__":
    main()
