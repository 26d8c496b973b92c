"""Train lagebild's optional statistical tagger (``lagebild/linguistics/tagger_model``).

The model learns HanTa's tags from HanTa-tagged licence-clean text: SmartData v1 (train and
test texts), GermEval 2014 dev and UD German GSD *test* (never UD dev, the evaluation set;
never 10kGNAD or quotes-wikinews, which are non-commercial). Every tenth SmartData document is
held out to measure agreement with HanTa. Single-threaded, fixed seed and step count::

    nice -n 10 .venv/bin/python scripts/train_tagger.py            # tag, train, save, score
    nice -n 10 .venv/bin/python scripts/train_tagger.py --steps 500  # a quick run
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import time
from pathlib import Path

for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "BLIS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

import spacy  # noqa: E402
from spacy.tokens import Doc, DocBin  # noqa: E402
from spacy.training import Example  # noqa: E402
from spacy.training.batchers import minibatch_by_words  # noqa: E402
from spacy.util import fix_random_seed, load_config, load_model_from_config  # noqa: E402

from lagebild.linguistics.statistical import CONFIG_PATH, MODEL_DIR  # noqa: E402
from lagebild.linguistics.tagger import GermanTagger, hanta_form  # noqa: E402
from lagebild.ner.corpora import read_smartdata_records  # noqa: E402
from lagebild.paths import shared_dir  # noqa: E402
from lagebild.pipeline import build_pipeline  # noqa: E402

BATCH_WORDS = 1000
SPACE_LABEL = "_SP"


def clean_texts(shared: Path) -> tuple[list[str], list[str]]:
    """(training texts, held-out texts) from the licence-clean corpora."""
    train: list[str] = []
    held_out: list[str] = []
    ner = shared / "data" / "ner"
    number = 0
    for split in ("train", "test"):
        for record in read_smartdata_records(ner / "smartdata-v1" / f"{split}.json.gz"):
            text = record["text"]["string"]
            (held_out if number % 10 == 9 else train).append(text)
            number += 1
    words: list[str] = []
    for line in (ner / "germeval2014" / "NER-de-dev.tsv").read_text(encoding="utf-8").splitlines():
        columns = line.split("\t")
        if line.startswith("#") or len(columns) < 2:
            if words:
                train.append(" ".join(words))
            words = []
        else:
            words.append(columns[1])
    ud = shared / "data" / "ud" / "de_gsd-ud-test.conllu"
    train += [
        line[len("# text = ") :]
        for line in ud.read_text(encoding="utf-8").splitlines()
        if line.startswith("# text = ")
    ]
    return train, held_out


def hanta_tagged(texts: list[str]) -> list[Doc]:
    """Docs split into sentences as the pipeline does, each word with HanTa's own tag."""
    nlp = build_pipeline(upto="lagebild_sentences")
    tagger = GermanTagger()
    docs = []
    for text in texts:
        doc = nlp(text)
        tags = [SPACE_LABEL] * len(doc)
        for sentence in doc.sents:
            words = [t for t in sentence if not t.is_space]
            if words:
                found = tagger.hanta.tag_sent([hanta_form(t.text) for t in words], taglevel=3)
                for token, (_, _, _, tag) in zip(words, found, strict=True):
                    tags[token.i] = tag
        for token, tag in zip(doc, tags, strict=True):
            token.tag_ = tag
        docs.append(doc)
    return docs


def train(docs: list[Doc], steps: int, log_every: int = 250) -> spacy.Language:
    config = load_config(CONFIG_PATH)
    nlp = load_model_from_config(config, auto_fill=True, validate=True)
    training = config["training"]
    fix_random_seed(int(training["seed"]))
    examples = [
        Example(
            Doc(nlp.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc]),
            doc,
        )
        for doc in docs
    ]
    optimizer = spacy.util.registry.resolve({"optimizer": training["optimizer"]})["optimizer"]
    nlp.initialize(lambda: examples, sgd=optimizer)
    shuffler = random.Random(int(training["seed"]))
    losses: dict[str, float] = {}
    started = time.process_time()
    step = 0
    while step < steps:
        order = list(examples)
        shuffler.shuffle(order)
        for batch in minibatch_by_words(order, size=BATCH_WORDS, tolerance=0.2):
            nlp.update(batch, drop=float(training["dropout"]), sgd=optimizer, losses=losses)
            step += 1
            if step % log_every == 0 or step == steps:
                print(
                    f"step {step}/{steps} loss {losses.get('tagger', 0):.0f} "
                    f"{time.process_time() - started:.0f} CPU s",
                    flush=True,
                )
                losses = {}
            if step == steps:
                break
    with nlp.use_params(optimizer.averages):
        frozen = nlp.to_bytes()
    nlp.from_bytes(frozen)
    return nlp


def agreement(nlp: spacy.Language, docs: list[Doc], lexicon: dict) -> tuple[float, float]:
    """Share of words (no whitespace) that get HanTa's tag: all words, and the words HanTa's
    lexicon lacks (the only ones whose scores the pipeline uses)."""
    same = total = same_unknown = unknown = 0
    for gold in docs:
        predicted = nlp(Doc(nlp.vocab, words=[t.text for t in gold]))
        for p, g in zip(predicted, gold, strict=True):
            if not g.is_space:
                total += 1
                same += p.tag_ == g.tag_
                if g.text.lower() not in lexicon:
                    unknown += 1
                    same_unknown += p.tag_ == g.tag_
    return same / total, same_unknown / max(unknown, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=None)
    parser.add_argument(
        "--data",
        type=Path,
        default=Path("/tmp/lagebild_tagger_data"),
        help="cache folder for the HanTa-tagged DocBins",
    )
    parser.add_argument("--output", type=Path, default=MODEL_DIR)
    args = parser.parse_args()
    shared = shared_dir()
    if shared is None:
        sys.exit("shared data folder not found (set LAGEBILD_SHARED)")
    vocab = spacy.blank("de").vocab
    sets: dict[str, list[Doc]] = {}
    train_texts, held_texts = clean_texts(shared)
    for name, texts in (("train", train_texts), ("held_out", held_texts)):
        path = args.data / f"{name}.spacy"
        if path.exists():
            sets[name] = list(DocBin().from_disk(path).get_docs(vocab))
        else:
            started = time.process_time()
            sets[name] = hanta_tagged(texts)
            tokens = sum(len(doc) for doc in sets[name])
            seconds = time.process_time() - started
            print(f"HanTa-tagged {name}: {len(texts)} texts, {tokens} tokens, {seconds:.0f} CPU s")
            args.data.mkdir(parents=True, exist_ok=True)
            DocBin(attrs=["ORTH", "TAG", "SPACY"], docs=sets[name]).to_disk(path)
    steps = args.steps or int(load_config(CONFIG_PATH)["training"]["max_steps"])
    nlp = train(sets["train"], steps)
    lexicon = GermanTagger().hanta.cache
    overall, unknown = agreement(nlp, sets["held_out"], lexicon)
    print(
        f"agreement with HanTa, held-out SmartData: {overall:.4f}, words HanTa lacks {unknown:.4f}"
    )
    if args.output.exists():
        shutil.rmtree(args.output)
    nlp.to_disk(args.output)
    print(f"saved {args.output}")


if __name__ == "__main__":
    main()
