"""What a change does to real news: analyse the 10kGNAD test articles, then compare two runs.

Every rule change here is measured on all 1,028 articles of ``../shared/data/news/
10kgnad-test.csv``: analyse them with the old code and with the new, then list what changed,
layer by layer, to judge the changes by hand (BENCHMARKS.md gives the counts).

    .venv/bin/python scripts/news_diff.py dump /tmp/before.jsonl      # ~45 s
    ... change the code ...
    .venv/bin/python scripts/news_diff.py dump /tmp/after.jsonl
    .venv/bin/python scripts/news_diff.py diff /tmp/before.jsonl /tmp/after.jsonl --layer places

Layers: ``places`` (place mentions: name and country), ``entities`` (entity mentions: type,
name, code, affiliation), ``affiliations`` (persons whose affiliation changed), ``quotes``
(kind, speaker, cue), ``events`` (type, actor, recipient), ``focus`` (focus country). Each
changed item is printed with its context and a ``-``, ``+`` or ``~`` mark; counts at the end.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from lagebild.paths import shared_dir
from lagebild.pipeline import Analyzer
from lagebild.readers.document import Document
from lagebild.readers.gnad import read_gnad

Analysis = dict[str, Any]
#: A layer: an analysis -> {key: value}, and how to show a key's context.
Items = dict[tuple[Any, ...], Any]


def dump(target: Path, limit: int | None, with_tokens: bool = False) -> None:
    """Analyse the 10kGNAD test articles into ``target``, one JSON analysis per line (with
    each token's tag, lemma and morphology when ``with_tokens``: for changes to the tagger)."""
    shared = shared_dir()
    if shared is None:
        sys.exit("../shared not found (set LAGEBILD_SHARED)")
    documents = [
        item
        for item in read_gnad(shared / "data" / "news" / "10kgnad-test.csv")
        if isinstance(item, Document)
    ][:limit]
    analyzer = Analyzer()
    with target.open("w", encoding="utf-8") as handle:
        for document in documents:
            analysis = analyzer.analyze(document, with_tokens=with_tokens).model_dump(mode="json")
            handle.write(json.dumps(analysis, sort_keys=True, ensure_ascii=False) + "\n")


def _load(path: Path) -> list[Analysis]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]


def _places(analysis: Analysis) -> Items:
    return {
        (m["start"], m["end"]): (p["name"], p["country"])
        for p in analysis["places"]
        for m in p["mentions"]
    }


def _entities(analysis: Analysis) -> Items:
    return {
        (m["start"], m["end"]): (e["type"], e["name"], e["code"], e["affiliation"])
        for e in analysis["entities"]
        for m in e["mentions"]
    }


def _affiliations(analysis: Analysis) -> Items:
    people = (e for e in analysis["entities"] if e["type"] == "PER")
    return {(e["mentions"][0]["start"], e["mentions"][0]["end"]): e["affiliation"] for e in people}


def _quotes(analysis: Analysis) -> Items:
    def name(part: dict | None) -> str | None:
        return part and (part.get("name") or part.get("text"))

    return {
        (q["start"], q["end"]): (q["kind"], name(q["speaker"]), name(q["cue"]))
        for q in analysis["quotes"]
    }


def _events(analysis: Analysis) -> Items:
    def side(part: dict | None) -> tuple[str | None, str | None] | None:
        return part and (part.get("code"), part.get("name"))

    return {
        (e["trigger"]["start"], e["trigger"]["end"], e["type"]): (
            side(e["actor"]),
            side(e["recipient"]),
        )
        for e in analysis["events"]
    }


def _focus(analysis: Analysis) -> Items:
    return {(0, 0): analysis["focus_country"]}


LAYERS: dict[str, Callable[[Analysis], Items]] = {
    "places": _places,
    "entities": _entities,
    "affiliations": _affiliations,
    "quotes": _quotes,
    "events": _events,
    "focus": _focus,
}


def changes(before: list[Analysis], after: list[Analysis], layer: str) -> Iterator[str]:
    """One line per changed item, then the counts."""
    items = LAYERS[layer]
    counts: Counter[str] = Counter()
    for old, new in zip(before, after, strict=True):
        text, was, now = old["text"], items(old), items(new)
        for key in sorted(set(was) | set(now)):
            if was.get(key) == now.get(key):
                continue
            mark = "-" if key not in now else "+" if key not in was else "~"
            counts[mark] += 1
            start, end = key[0], key[1] if key[1] else 120
            context = text[max(0, start - 40) : end + 40].replace("\n", " ")
            yield f"{mark} {was.get(key)} -> {now.get(key)} | {context}"
    yield f"gone {counts['-']}, new {counts['+']}, changed {counts['~']}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump", help="analyse the articles into a JSONL file")
    dumping.add_argument("target", type=Path)
    dumping.add_argument("--limit", type=int, help="only the first N articles")
    dumping.add_argument(
        "--with-tokens", action="store_true", help="also each token's tag, lemma and morphology"
    )
    diffing = commands.add_parser("diff", help="list what changed between two dumps")
    diffing.add_argument("before", type=Path)
    diffing.add_argument("after", type=Path)
    diffing.add_argument("--layer", choices=sorted(LAYERS), default="places")
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.target, args.limit, args.with_tokens)
        return
    for line in changes(_load(args.before), _load(args.after), args.layer):
        print(line)


if __name__ == "__main__":
    main()
