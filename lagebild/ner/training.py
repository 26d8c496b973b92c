"""Train the NER pipeline from :class:`NerSample` lists with a fixed seed and step count.

No checkpoint is chosen on a dev split (a small one swings by several F1 points): the
model after ``max_steps`` updates, with averaged parameters, is the model.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.training import Example
from spacy.training.batchers import minibatch_by_words
from spacy.util import fix_random_seed, load_config, load_model_from_config

from lagebild.ner.corpora import LABELS, NerSample

CONFIG_PATH = Path(__file__).with_name("config.cfg")
BATCH_WORDS = 600


def build_untrained(config_path: Path = CONFIG_PATH) -> tuple[Language, dict]:
    config = load_config(config_path)
    nlp = load_model_from_config(config, auto_fill=True, validate=True)
    return nlp, config["training"]


def config_uses_static_vectors(config_path: Path) -> bool:
    embed = load_config(config_path)["components"]["tok2vec"]["model"]["embed"]
    return bool(embed.get("include_static_vectors"))


def gazetteer_sources(config_path: Path) -> tuple[str, ...]:
    """The config's ``[gazetteer] sources`` (the base lexicons when the section is absent)."""
    from lagebild.ner.gazetteer import BASE_SOURCE

    section = load_config(config_path).get("gazetteer", {})
    return tuple(section.get("sources", (BASE_SOURCE,)))


def to_examples(nlp: Language, samples: list[NerSample]) -> list[Example]:
    return [
        Example.from_dict(sample.doc(nlp.vocab), {"entities": sample.tags}) for sample in samples
    ]


def _endless_batches(
    examples: list[Example], seed: int, words: int = BATCH_WORDS
) -> Iterator[list[Example]]:
    shuffler = random.Random(seed)
    order = list(examples)
    while True:
        shuffler.shuffle(order)
        yield from minibatch_by_words(order, size=words, tolerance=0.2)


def train(
    samples: list[NerSample],
    max_steps: int | None = None,
    log: Callable[[str], None] = print,
    config_path: Path = CONFIG_PATH,
) -> Language:
    """Train tok2vec + ner on ``samples``; returns the pipeline with averaged weights."""
    nlp, training = build_untrained(config_path)
    seed = int(training["seed"])
    steps = max_steps or int(training["max_steps"])
    fix_random_seed(seed)
    if config_uses_static_vectors(config_path):
        from lagebild.ner.gazetteer import gazetteer_vectors

        nlp.vocab.vectors = gazetteer_vectors(gazetteer_sources(config_path))
    examples = to_examples(nlp, samples)
    ner = nlp.get_pipe("ner")
    for label in LABELS:
        # get_pipe is typed as a plain callable; spaCy's Cython EntityRecognizer has no stub
        ner.add_label(label)  # type: ignore[attr-defined]
    optimizer = spacy.util.registry.resolve({"optimizer": training["optimizer"]})["optimizer"]
    nlp.initialize(lambda: examples, sgd=optimizer)
    dropout = float(training["dropout"])
    losses: dict[str, float] = {}
    started = time.perf_counter()
    batches = _endless_batches(examples, seed, int(training.get("batch_words", BATCH_WORDS)))
    for step in range(1, steps + 1):
        nlp.update(next(batches), drop=dropout, sgd=optimizer, losses=losses)
        # Advance a learning-rate schedule, if the config sets one (a constant rate has none).
        optimizer.step_schedules()
        if step % 500 == 0 or step == steps:
            elapsed = time.perf_counter() - started
            log(f"step {step}/{steps}  ner loss {losses.get('ner', 0.0):.1f}  {elapsed:.0f}s")
            losses = {}
    with nlp.use_params(optimizer.averages):
        frozen = nlp.to_bytes()
    nlp.from_bytes(frozen)
    return nlp
