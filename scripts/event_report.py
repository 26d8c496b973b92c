"""Measure the event layer on the seed article and the gold/dev articles.

    .venv/bin/python scripts/event_report.py [--verbose [--why]] [--only NAME]
    .venv/bin/python scripts/event_report.py --news 1028 [--sample 30] [--seed 99] [--dump FILE]
    .venv/bin/python scripts/event_report.py --news 700 --wikinews [--sample 30] [--dump FILE]

Runs the full pipeline on each article, matches system events to gold events (same
sentence, type, actor, recipient and negation; an optional gold recipient also accepts
none) and prints precision, recall and type-only F1, micro-averaged, plus the seed targets.
With --verbose it lists every match, miss and false event; --why adds, under each miss, the
raw candidates of its sentence (trigger, actor, recipient; orphan: no actor yet, pending: no
recipient yet), before the discourse completes or drops them. With --timing N it instead
times every pipeline stage on the first N articles of the 10kGNAD test split and prints the
event stage's share of the whole analysis. With --news N it instead counts events per article
and per sentence on those articles and prints a seeded random sample of them (--sample,
--seed) to judge their precision by eye; --wikinews takes the quotes-wikinews train texts
instead, text of the gold/dev kind that no event rule was written on.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from spacy.tokens import Doc

from lagebild.evaluation.gold import load_gold
from lagebild.events.detect import sentence_candidates
from lagebild.model import Analysis, Event
from lagebild.paths import shared_dir
from lagebild.pipeline import Analyzer, to_analysis
from lagebild.readers.document import Document
from lagebild.readers.gnad import read_gnad

_SPACE = re.compile(r"\s+")


def fold(text: str | None) -> str:
    return _SPACE.sub(" ", text or "").strip().casefold()


def code(actor: object) -> str | None:
    return None if actor is None else (getattr(actor, "code", None) or getattr(actor, "name", None))


def same(gold: str | None, system: str | None) -> bool:
    return fold(gold) == fold(system) if gold and system else gold is None and system is None


@dataclass
class Tally:
    full: int = 0
    typed: int = 0
    system: int = 0
    gold: int = 0
    asserted_negated: int = 0
    lines: list[str] = field(default_factory=list)


def in_sentence(event: Event, gold_event: dict, text: str) -> bool:
    sentence = fold(gold_event["sentence"])
    own = fold(text[event.sentence.start : event.sentence.end])
    trigger_context = fold(text[max(0, event.trigger.start - 400) : event.trigger.end + 400])
    return own == sentence or (sentence in trigger_context and fold(event.trigger.text) in sentence)


def full_match(event: Event, gold_event: dict) -> bool:
    recipient_ok = same(gold_event.get("recipient"), code(event.recipient)) or (
        bool(gold_event.get("optional_recipient")) and event.recipient is None
    )
    return (
        same(gold_event.get("actor"), code(event.actor))
        and recipient_ok
        and event.negated == bool(gold_event.get("negated", False))
    )


def raw_candidates(doc: Doc, gold_event: dict) -> list[str]:
    """The candidates found in a gold event's sentence before the discourse completes or
    drops them: why it was missed (no trigger, no actor, no recipient)."""
    wanted = fold(gold_event["sentence"])
    sentence = next(
        (s for s in doc.sents if fold(s.text) == wanted or wanted[:60] in fold(s.text)), None
    )
    if sentence is None:
        return ["      (sentence not found)"]
    return [
        f"      candidate {c.trigger.type} {code(c.actor)}->{code(c.recipient)} "
        f"'{c.word.text}'{' orphan' if c.orphan else ''}{' pending' if c.pending else ''}"
        for c in sentence_candidates(doc, sentence, list(doc._.quotes or []))
    ] or ["      no candidate"]


def score(
    analysis: Analysis, gold_events: list[dict], tally: Tally, doc: Doc | None = None
) -> None:
    used_full: set[int] = set()
    used_typed: set[int] = set()
    tally.system += len(analysis.events)
    tally.gold += len(gold_events)
    for gold_event in gold_events:
        candidates = [
            (i, e)
            for i, e in enumerate(analysis.events)
            if e.type == gold_event["type"] and in_sentence(e, gold_event, analysis.text)
        ]
        typed = next((i for i, _ in candidates if i not in used_typed), None)
        if typed is not None:
            used_typed.add(typed)
            tally.typed += 1
            if gold_event.get("negated") and not analysis.events[typed].negated:
                tally.asserted_negated += 1
        full = next(
            (i for i, e in candidates if i not in used_full and full_match(e, gold_event)), None
        )
        label = (
            f"{gold_event['type']} {gold_event.get('actor')}->{gold_event.get('recipient')}"
            f" '{gold_event.get('trigger')}'{' NEG' if gold_event.get('negated') else ''}"
        )
        if full is not None:
            used_full.add(full)
            tally.full += 1
            tally.lines.append(f"  OK    {label}")
        else:
            near = [describe(e) for _, e in candidates]
            tally.lines.append(f"  MISS  {label}   system: {near or '-'}")
            if doc is not None:
                tally.lines.extend(raw_candidates(doc, gold_event))
    for i, event in enumerate(analysis.events):
        if i not in used_full:
            sentence = analysis.text[event.sentence.start : event.sentence.end]
            tally.lines.append(f"  FALSE {describe(event)}   | {fold(sentence)[:110]}")


def describe(event: Event) -> str:
    return (
        f"{event.type} {code(event.actor)}->{code(event.recipient)} '{event.trigger.text}'"
        f"{' NEG' if event.negated else ''}"
    )


def ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def news_articles(path: Path, count: int) -> list[str]:
    """Texts of the first ``count`` articles of the 10kGNAD csv."""
    documents = (item for item in read_gnad(path) if isinstance(item, Document))
    return [document.text for document in islice(documents, count)]


def timing(shared: Path, count: int) -> int:
    analyzer = Analyzer()
    texts = news_articles(shared / "data" / "news" / "10kgnad-test.csv", count)
    seconds: dict[str, float] = defaultdict(float)
    events = 0
    for number, text in enumerate(texts):
        doc = analyzer.make_doc(Document(id=f"gnad-{number}", text=text))
        for name, proc in analyzer.nlp.pipeline:
            started = time.perf_counter()
            doc = proc(doc)
            seconds[name] += time.perf_counter() - started
        events += len(doc._.events or [])
    total = sum(seconds.values())
    for name, spent in seconds.items():
        print(f"{name:24} {spent:7.2f} s  {ratio(spent, total):6.1%}")
    event_seconds = sum(spent for name, spent in seconds.items() if "event" in name)
    print(
        f"{len(texts)} articles, {events} events; whole pipeline {total:.2f} s; event coding "
        f"{event_seconds:.2f} s = {ratio(event_seconds, total):.1%} of the whole, "
        f"+{ratio(event_seconds, total - event_seconds):.1%} on the rest"
    )
    return 0


def wikinews_articles(folder: Path, count: int) -> list[str]:
    """Texts of the first ``count`` quotes-wikinews files of ``folder`` (by file name)."""
    files = sorted(folder.glob("*.json"))[:count]
    return [json.loads(path.read_text("utf-8"))["originalText"] for path in files]


def news(
    shared: Path,
    count: int,
    sample: int,
    seed: int,
    dump: Path | None = None,
    wikinews: bool = False,
) -> int:
    """Events per article and per sentence on the first ``count`` 10kGNAD articles, and a
    seeded random sample of them with their sentences, to judge precision by eye. With
    ``dump``, every event line is written there, so two runs can be compared with diff."""
    analyzer = Analyzer()
    texts = (
        wikinews_articles(shared / "data" / "quotes-wikinews" / "train", count)
        if wikinews
        else news_articles(shared / "data" / "news" / "10kgnad-test.csv", count)
    )
    found: list[str] = []
    sentences = 0
    for number, text in enumerate(texts):
        doc = analyzer.make_doc(Document(id=f"gnad-{number}", text=text))
        for _, proc in analyzer.nlp.pipeline:
            doc = proc(doc)
        sentences += sum(1 for _ in doc.sents)
        for event in doc._.events or []:
            sentence = fold(doc.text[event.sentence.start : event.sentence.end])
            found.append(f"{number:5} {describe(event)}  | {sentence[:160]}")
    print(
        f"{len(texts)} articles, {sentences} sentences, {len(found)} events: "
        f"{ratio(len(found), len(texts)):.2f} per article, "
        f"{ratio(len(found), sentences):.3f} per sentence"
    )
    for line in random.Random(seed).sample(found, min(sample, len(found))):
        print(line)
    if dump is not None:
        dump.write_text("".join(f"{line}\n" for line in found), encoding="utf-8")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument(
        "--why",
        action="store_true",
        help="with --verbose: the raw candidates in each missed event's sentence",
    )
    parser.add_argument("--only", help="score only gold files whose name contains this")
    parser.add_argument("--timing", type=int, metavar="N", help="time the stages on N articles")
    parser.add_argument(
        "--news",
        type=int,
        metavar="N",
        help="events per article and sentence on N 10kGNAD articles",
    )
    parser.add_argument(
        "--sample",
        type=int,
        default=30,
        help="with --news: how many random events to print (default 30)",
    )
    parser.add_argument(
        "--wikinews",
        action="store_true",
        help="with --news: the quotes-wikinews train texts instead of 10kGNAD "
        "(text the gold/dev rules were not written on)",
    )
    parser.add_argument("--seed", type=int, default=99, help="with --news: the sample's seed")
    parser.add_argument(
        "--dump",
        type=Path,
        metavar="FILE",
        help="with --news: write every event line to FILE (to diff two runs)",
    )
    args = parser.parse_args()
    shared = shared_dir()
    if shared is None:
        print("shared data not found (set LAGEBILD_SHARED)", file=sys.stderr)
        return 2
    if args.timing:
        return timing(shared, args.timing)
    if args.news:
        return news(shared, args.news, args.sample, args.seed, args.dump, args.wikinews)
    analyzer = Analyzer()
    seed_files = sorted((shared / "seed").glob("*.gold.json"))
    paths: list[tuple[str, Path]] = [("seed", p) for p in seed_files]
    paths += [("dev", p) for p in sorted((shared / "gold" / "dev").glob("*.gold.json"))]
    totals = {"seed": Tally(), "dev": Tally()}
    for suite, path in paths:
        if args.only and args.only not in path.name:
            continue
        gold_document = load_gold(path, shared)
        doc = analyzer.annotate(gold_document.document())
        analysis = to_analysis(doc, analyzer.nlp.pipe_names)
        tally = Tally()
        score(analysis, gold_document.gold.get("events", []), tally, doc if args.why else None)
        for name in ("full", "typed", "system", "gold", "asserted_negated"):
            setattr(totals[suite], name, getattr(totals[suite], name) + getattr(tally, name))
        print(f"{suite} {path.name}: {tally.full}/{tally.gold} full, {tally.system} system")
        if args.verbose:
            print("\n".join(tally.lines))
    for suite, tally in totals.items():
        if not tally.gold:
            continue
        precision, recall = ratio(tally.full, tally.system), ratio(tally.full, tally.gold)
        type_p, type_r = ratio(tally.typed, tally.system), ratio(tally.typed, tally.gold)
        type_f1 = ratio(2 * type_p * type_r, type_p + type_r)
        print(
            f"{suite}: gold {tally.gold}, system {tally.system}, full matches {tally.full} "
            f"(P {precision:.2f} R {recall:.2f}); type-only F1 {type_f1:.2f}; "
            f"negated events asserted as fact: {tally.asserted_negated}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
