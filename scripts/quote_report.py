"""Error analysis of the quote component on quotes-wikinews (dev or train).

Runs the pipeline up to the dates once per folder and caches the Docs (pickled, under
``--cache``), then runs only the quote finder, scores it with the evaluation scorer and,
with ``--show``, prints missed gold quotes, spurious system quotes and speaker mismatches.

Run: ``.venv/bin/python scripts/quote_report.py [--split dev|train] [--limit N]
[--show missed,spurious,speaker,cue] [--type Reported]``
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
from collections import Counter
from pathlib import Path
from typing import Any

from lagebild.evaluation.wikinews import (
    KIND_TO_TYPE,
    Card,
    Item,
    TokenIndex,
    fold_runs,
    gold_items,
    load_record,
    match,
    score_document,
    system_items,
)
from lagebild.paths import shared_dir
from lagebild.pipeline import build_pipeline
from lagebild.quotes.component import QuoteFinder
from lagebild.readers.document import Document


def cached_docs(
    split: str, limit: int | None, cache: Path
) -> list[tuple[str, dict[str, Any], Any]]:
    folder = shared_dir() / "data" / "quotes-wikinews" / split
    paths = sorted(folder.glob("*.json"))[:limit]
    file = cache / f"{split}-{limit}-{upstream_key()}.pkl"
    nlp = build_pipeline(upto="lagebild_dates")  # registers the extensions the Docs carry
    if file.exists():
        docs = pickle.loads(file.read_bytes())
    else:
        docs = []
        for path in paths:
            record = load_record(path)
            doc = nlp.make_doc(record["originalText"])
            doc._.document = Document(id=path.stem, text=record["originalText"])
            for _, proc in nlp.pipeline:
                doc = proc(doc)
            docs.append(doc)
        cache.mkdir(parents=True, exist_ok=True)
        file.write_bytes(pickle.dumps(docs))
    return [(p.stem, load_record(p), d) for p, d in zip(paths, docs, strict=True)]


def upstream_key() -> str:
    """Hash of the sources and data of the layers before the quotes: a changed upstream layer
    (e.g. new entity mentions) must not reuse Docs cached from the old one."""
    root = Path(__file__).resolve().parent.parent / "lagebild"
    upstream = {"dates", "entities", "lexicon", "linguistics", "ner", "places", "structure.py"}
    digest = hashlib.sha1()
    for path in sorted(root.rglob("*")):
        parts = path.relative_to(root).parts
        if path.is_file() and parts[0] in upstream and "__pycache__" not in parts:
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def words(text: str, tokens: frozenset[int], index: TokenIndex) -> str:
    spans = [(b, e) for b, e, i in index.ranges if i in tokens]
    if not spans:
        return "-"
    return text[spans[0][0] : spans[-1][1]].replace("\n", " ")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="dev")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/quote_report_cache"))
    parser.add_argument("--show", default="")
    parser.add_argument("--type", default=None, help="only gold quotes of this type")
    args = parser.parse_args()
    show = set(filter(None, args.show.split(",")))
    finder = QuoteFinder()
    card, top = Card(), Card()
    kinds: Counter[tuple[str, bool, bool]] = Counter()
    for name, record, doc in cached_docs(args.split, args.limit, args.cache):
        text = record["originalText"]
        index = TokenIndex(record.get("tokens", []))
        quotes = fold_runs(finder.find(doc), text)
        gold, system = gold_items(record, index), system_items(quotes, index)
        score_document(card, gold, system)
        pairs = match(gold, system)
        nested = {si for gi, si in pairs if gold[gi].nested}
        score_document(
            top,
            [g for g in gold if not g.nested],
            [s for i, s in enumerate(system) if i not in nested],
        )
        report(name, text, index, gold, system, pairs, show, args.type)
        matched = {si for _, si in pairs}
        kinds.update((s.kind, bool(s.roles["cue"]), i in matched) for i, s in enumerate(system))
    if "kinds" in show:
        for kind, cue in sorted({(k, c) for k, c, _ in kinds}):
            print(
                f"{kind:24} cue={cue!s:5} matched {kinds[kind, cue, True]:4} "
                f"spurious {kinds[kind, cue, False]:4}"
            )
    for label, c in (("all", card), ("top", top)):
        r = c.result()
        types = " ".join(f"{t[:6]}={v['f1']:.3f}" for t, v in r["types"].items())
        print(
            f"{label}: quote {r['quote']['f1']:.3f} (P {r['quote']['precision']:.3f} "
            f"R {r['quote']['recall']:.3f}) count {r['quote_count']['f1']:.3f} "
            f"speaker {r['speaker']['f1']:.3f} cue {r['cue']['f1']:.3f} "
            f"addr {r['addressee']['f1']:.3f} type {r['type_accuracy']:.3f}\n  {types}"
        )


def report(
    name: str,
    text: str,
    index: TokenIndex,
    gold: list[Item],
    system: list[Item],
    pairs: list[tuple[int, int]],
    show: set[str],
    only: str | None,
) -> None:
    gold_of = {si: gi for gi, si in pairs}
    system_of = {gi: si for gi, si in pairs}
    lines = []
    if "missed" in show:
        for gi, g in enumerate(gold):
            if gi not in system_of and (only is None or g.kind == only):
                sp = words(text, g.roles["speaker"], index)
                cue = words(text, g.roles["cue"], index)
                nested = "/n" if g.nested else ""
                content = words(text, g.tokens, index)
                lines.append(f"  MISS {g.kind}{nested} [{sp}|{cue}] {content}")
    if "spurious" in show:
        for si, s in enumerate(system):
            if si not in gold_of and (only is None or KIND_TO_TYPE.get(s.kind) == only):
                sp = words(text, s.roles["speaker"], index)
                lines.append(f"  SPUR {s.kind} [{sp}] {words(text, s.tokens, index)}")
    for gi, si in pairs:
        g, s = gold[gi], system[si]
        if "matched" in show and (only is None or g.kind == only):
            lines.append(f"  MATCH {g.kind}/{s.kind} {words(text, s.tokens, index)[:150]}")
        if only is not None and g.kind != only:
            continue
        if "speakerkinds" in show and g.roles["speaker"] != s.roles["speaker"]:
            a, b = g.roles["speaker"], s.roles["speaker"]
            label = (
                "sys-empty"
                if not b
                else "gold-empty"
                if not a
                else "truncated"
                if b < a
                else "too-long"
                if a < b
                else "overlap"
                if a & b
                else "disjoint"
            )
            lines.append(
                f"  SPK-{label} {g.kind}: gold [{words(text, a, index)}] "
                f"sys [{words(text, b, index)}] cue [{words(text, g.roles['cue'], index)}]"
                f" :: {words(text, g.tokens, index)[:80]}"
            )
        for role in ("speaker", "cue", "addressee"):
            if role in show and g.roles[role] != s.roles[role]:
                if role == "cue" and g.kind == "Reported":
                    continue
                lines.append(
                    f"  {role.upper()} {g.kind}: gold [{words(text, g.roles[role], index)}] "
                    f"sys [{words(text, s.roles[role], index)}] "
                    f":: {words(text, g.tokens, index)[:100]}"
                )
        if "span" in show and g.tokens != s.tokens:
            lines.append(
                f"  SPAN {g.kind}/{s.kind}: gold-only [{words(text, g.tokens - s.tokens, index)}] "
                f"sys-only [{words(text, s.tokens - g.tokens, index)}]"
            )
    if lines:
        print(f"## {name}")
        print("\n".join(lines))


if __name__ == "__main__":
    main()
