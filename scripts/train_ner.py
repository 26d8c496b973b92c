"""Train, save and evaluate lagebild's statistical NER (``lagebild/ner/model``).

    .venv/bin/python scripts/train_ner.py             # train on SmartData train + GermEval dev
    .venv/bin/python scripts/train_ner.py --evaluate  # score the shipped model on SmartData test
    .venv/bin/python scripts/train_ner.py --evaluate --model /tmp/ner_variant  # score another
    .venv/bin/python scripts/train_ner.py --cv 5 --folds 0 1  # GermEval dev cross-validation

Data come from ``../shared/data/ner`` (or ``$LAGEBILD_SHARED/data/ner``); both sets are CC BY 4.0.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

import spacy

from lagebild.ner import MODEL_DIR, load_ner, predict_spans
from lagebild.ner.corpora import NerSample, read_germeval, read_smartdata
from lagebild.ner.evaluate import score
from lagebild.ner.training import CONFIG_PATH, train
from lagebild.paths import shared_dir


def data_dir() -> Path:
    shared = shared_dir()
    if shared is None:
        sys.exit("shared data folder not found (set LAGEBILD_SHARED)")
    return shared / "data" / "ner"


def germeval() -> list[NerSample]:
    return read_germeval(data_dir() / "germeval2014" / "NER-de-dev.tsv")


def smartdata(split: str) -> list[NerSample]:
    return read_smartdata(data_dir() / "smartdata-v1" / f"{split}.json.gz")


def folder_megabytes(folder: Path) -> float:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file()) / 1e6


def train_and_save(steps: int | None, output: Path, config: Path) -> None:
    samples = smartdata("train") + germeval()
    started = time.perf_counter()
    nlp = train(samples, max_steps=steps, config_path=config)
    print(f"training time: {time.perf_counter() - started:.0f}s on {len(samples)} samples")
    if output.exists():
        shutil.rmtree(output)
    nlp.to_disk(output)
    print(f"saved to {output} ({folder_megabytes(output):.1f} MB)")


def measure_speed() -> None:
    started = time.perf_counter()
    load_ner()
    print(f"model load: {1000 * (time.perf_counter() - started):.0f} ms")
    seed = data_dir().parents[1] / "seed" / "000_520c29f28ee48caa.txt"
    text = seed.read_text(encoding="utf-8")
    predict_spans(text)  # warm-up
    repeats = 20
    started = time.perf_counter()
    for _ in range(repeats):
        spans = predict_spans(text)
    per_article = 1000 * (time.perf_counter() - started) / repeats
    print(
        f"predict_spans on the seed article ({len(text)} chars, {len(spans)} spans): "
        f"{per_article:.1f} ms"
    )


def evaluate_shipped(model: Path | None = None) -> None:
    """Score the shipped model, or the one saved in ``model`` (no speed measurement then)."""
    if model is None:
        measure_speed()
        nlp = load_ner()
    else:
        nlp = spacy.load(model)
    test = smartdata("test")
    variants = {"raw tagger": (False, False), "name propagation": (True, False)}
    variants["span rules + name propagation (shipped)"] = (True, True)
    for name, (consistent, rules) in variants.items():
        scores = score(nlp, test, ("PER", "ORG", "LOC"), consistent=consistent, rules=rules)
        print(f"SmartData v1 test (model trained on SmartData train + GermEval dev), {name}:")
        print(scores.table(), flush=True)


def germeval_fold(folds: int, fold: int) -> tuple[list[NerSample], list[NerSample]]:
    """The GermEval dev sentences held out in ``fold`` of ``folds``, and the others."""
    german = germeval()
    held_out = [s for index, s in enumerate(german) if index % folds == fold]
    rest = [s for index, s in enumerate(german) if index % folds != fold]
    return held_out, rest


def cross_validate(
    folds: int, only: list[int] | None, steps: int | None, config: Path, save: Path | None = None
) -> None:
    smart = smartdata("train")
    for fold in only if only is not None else range(folds):
        held_out, rest = germeval_fold(folds, fold)
        started = time.perf_counter()
        nlp = train(smart + rest, max_steps=steps, config_path=config)
        scores = score(nlp, held_out, ("PER", "ORG", "LOC", "MISC"))
        elapsed = time.perf_counter() - started
        print(f"GermEval dev fold {fold + 1}/{folds} ({len(held_out)} sentences, {elapsed:.0f}s):")
        print(scores.table(), flush=True)
        if save is not None:
            save.mkdir(parents=True, exist_ok=True)
            nlp.to_disk(save / f"fold{fold}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--evaluate", action="store_true", help="score the shipped model")
    parser.add_argument("--cv", type=int, default=0, help="GermEval dev cross-validation folds")
    parser.add_argument("--folds", type=int, nargs="*", help="run only these fold indices")
    parser.add_argument("--steps", type=int, default=None, help="override the config's steps")
    parser.add_argument("--output", type=Path, default=MODEL_DIR)
    parser.add_argument("--model", type=Path, default=None, help="with --evaluate: this model")
    parser.add_argument("--config", type=Path, default=CONFIG_PATH)
    parser.add_argument("--save-folds", type=Path, default=None, help="with --cv: keep fold models")
    args = parser.parse_args()
    if args.evaluate:
        evaluate_shipped(args.model)
    elif args.cv:
        cross_validate(args.cv, args.folds, args.steps, args.config, args.save_folds)
    else:
        train_and_save(args.steps, args.output, args.config)


if __name__ == "__main__":
    main()
