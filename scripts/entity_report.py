"""Measure the entity component against gold files (seed and ``gold/dev``).

Not the official scorer (that is the evaluation engineer's); a quick check of:
- entity recall: a gold entity is found when a system entity of the same type holds
  most of its matched mentions; "with code" also needs code (or a person's affiliation);
- mention accuracy: gold mentions (substrings with context words, located on
  whitespace-folded text) that overlap a mention of the gold entity's system entity;
- clustering F1: pairwise precision/recall over gold mentions' system entities.

Run: ``.venv/bin/python scripts/entity_report.py [--full] [--verbose]`` (``--full`` runs the
whole pipeline, else a blank spaCy tokenizer).

``--actors STORE.db`` instead counts the defects an analyst sees in a SQLite store's actor
list (``lagebild actors``): role nouns, words and places as actors, fake codes, cut names,
affiliations that are not the majority of the actor's documents.

``--persons N FILE`` instead writes every person of the first N 10kGNAD test articles as
"article<TAB>name<TAB>affiliation<TAB>roles" to FILE (full pipeline), so that the persons'
affiliations of two versions can be compared with ``diff``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sqlite3
import sys
from collections import Counter, defaultdict
from pathlib import Path

import spacy

from lagebild.entities.candidates import tokens_of
from lagebild.entities.component import resolve_entities
from lagebild.model import Entity
from lagebild.paths import shared_dir


def folded(text: str) -> tuple[str, list[int]]:
    """Text with whitespace runs folded to one space, and each folded char's original offset."""
    chars, offsets = [], []
    for match in re.finditer(r"\s+|\S", text):
        chars.append(" " if match.group().isspace() else match.group())
        offsets.append(match.start())
    offsets.append(len(text))
    return "".join(chars), offsets


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    flat, offsets = folded(text)
    target = " ".join(needle.split())
    return [
        (offsets[m.start()], offsets[m.start() + len(target) - 1] + 1)
        for m in re.finditer(re.escape(target), flat)
    ]


def gold_text(gold: dict, gold_path: Path, shared: Path) -> str | None:
    if gold_path.parent.name == "seed":
        return gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text("utf-8")
    source = shared / "data" / "quotes-wikinews" / "dev" / gold["document"]
    return json.loads(source.read_text("utf-8"))["originalText"] if source.exists() else None


def system_entities(text: str, full: bool, published: str | None) -> list[Entity]:
    if full:
        from lagebild.pipeline import Analyzer
        from lagebild.readers.document import Document

        doc = Analyzer().annotate(Document(id="x", text=text, published=published))
        return doc._.entities
    doc = spacy.blank("de")(text)
    return resolve_entities(doc.text, tokens_of(doc))


def score(gold: dict, text: str, entities: list[Entity], verbose: bool) -> dict[str, float]:
    counts = {"entities": 0, "found": 0, "found_code": 0, "mentions": 0, "mentions_ok": 0}
    assignment: list[tuple[int, str | None]] = []  # (gold entity index, system entity id)
    for number, gold_entity in enumerate(gold["entities"]):
        votes: dict[str, int] = {}
        per_mention: list[set[str]] = []
        for mention in gold_entity.get("mentions", []):
            hits: set[str] = set()
            for start, end in occurrences(text, mention):
                for entity in entities:
                    if any(m.start < end and start < m.end for m in entity.mentions):
                        hits.add(entity.id)
            per_mention.append(hits)
            for hit in hits:
                votes[hit] = votes.get(hit, 0) + 1
        by_id = {e.id: e for e in entities}
        typed = {k: v for k, v in votes.items() if by_id[k].type == gold_entity["type"]}
        chosen = max(typed, key=typed.get) if typed else None
        counts["entities"] += 1
        gold_code = (
            gold_entity.get("code")
            if gold_entity["type"] != "PER"
            else gold_entity.get("affiliation")
        )
        system = by_id.get(chosen) if chosen else None
        code_ok = False
        if system:
            counts["found"] += 1
            system_code = system.code if system.type != "PER" else system.affiliation
            code_ok = gold_code is None or system_code == gold_code
            counts["found_code"] += code_ok
        for mention, hits in zip(gold_entity.get("mentions", []), per_mention, strict=True):
            counts["mentions"] += 1
            ok = chosen in hits
            counts["mentions_ok"] += ok
            assignment.append((number, chosen if ok else (sorted(hits)[0] if hits else None)))
            if verbose and not ok:
                print(f"    missed mention {mention!r} of {gold_entity['canonical']}")
        if verbose and (not system or not code_ok):
            found = (
                f"found as {system.name} {system.code or system.affiliation}"
                if system
                else "MISSED"
            )
            label = f"{gold_entity['canonical']} ({gold_entity['type']}, {gold_code})"
            print(f"  entity {label}: {found}")
    pairs = list(itertools.combinations(assignment, 2))
    gold_links = sum(a[0] == b[0] for a, b in pairs)
    system_links = sum(a[1] is not None and a[1] == b[1] for a, b in pairs)
    both = sum(a[0] == b[0] and a[1] is not None and a[1] == b[1] for a, b in pairs)
    counts.update(gold_links=gold_links, system_links=system_links, both_links=both)
    return counts


CLUB_WORDS = frozenset({"FC", "SV", "VfL", "VfB", "SC", "TSV", "The"})


def actor_defects(db: str) -> Counter[str]:
    """Defect class -> number of actors of a SQLite store (examples are printed)."""
    from lagebild.entities.name_runs import name_particles
    from lagebild.entities.names import title_of
    from lagebild.entities.origins import is_place_name, state_codes
    from lagebild.store.actors import actor_key, is_bare_noun, known_actors

    connection = sqlite3.connect(db)
    kinds: dict[int, set[str]] = defaultdict(set)
    for actor_id, kind in connection.execute("select actor_id, kind from mentions"):
        kinds[actor_id].add(kind)
    per_document: dict[str, Counter[str]] = defaultdict(Counter)
    for (analysis,) in connection.execute("select analysis from documents"):
        for item in json.loads(analysis).get("entities", []):
            entity = Entity.model_validate(item)
            if entity.type == "PER" and entity.affiliation:
                per_document[actor_key(entity)][entity.affiliation] += 1
    particles = {p for group in name_particles() for p in group}
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)

    def note(defect: str, example: str) -> None:
        counts[defect] += 1
        if len(examples[defect]) < 5:
            examples[defect].append(example)

    rows = connection.execute(
        "select a.id, a.key, a.name, a.type, a.code, a.affiliation, "
        "count(distinct m.document_id) from actors a join mentions m on m.actor_id = a.id "
        "group by a.id"
    )
    for actor_id, key, name, type_, code, affiliation, documents in rows:
        words = name.split()
        if type_ == "PER" and not kinds[actor_id] & {"name", "acronym"} and documents > 1:
            note("PER with no name (role noun), merged over >1 document", f"{name} ({documents})")
        if type_ == "PER" and len(words) == 1 and title_of(name) and documents > 1:
            note("PER named by a bare role noun, >1 document", f"{name} ({documents})")
        if key.startswith("code:") and key[5:] not in known_actors():
            note("code key that is no knowledge-base code", name)
        if code and code not in known_actors():
            note("stored code that is no knowledge-base code", f"{name}={code}")
        if type_ == "PER" and len(words) > 1 and words[-1].lower() in particles:
            note("PER name cut after a particle", name)
        if type_ == "PER" and len(words) > 1 and (CLUB_WORDS & set(words) or is_place_name(name)):
            note("PER that is a place or club", name)
        bare = is_bare_noun(Entity(id="x", name=name, type=type_))
        if bare and code not in known_actors() and documents > 1:
            note("bare common noun group/body merged over >1 document", f"{name} ({documents})")
        if key.startswith("code:") and key[5:] in state_codes() and type_ != "GPE":
            note("state's row named/typed as something else", f"{key}: {name} {type_}")
        found = per_document.get(key)
        if type_ == "PER" and affiliation and found:
            top, top_count = found.most_common(1)[0]
            if top != affiliation and top_count > found[affiliation]:
                note(
                    "PER affiliation not the majority of its documents",
                    f"{name}: {affiliation}, majority {top}",
                )
    for defect in sorted(counts):
        print(f"{counts[defect]:5d}  {defect}: {'; '.join(examples[defect])}")
    return counts


def dump_persons(shared: Path, count: int, target: Path) -> None:
    """Every person of the first ``count`` 10kGNAD test articles with affiliation and roles."""
    from lagebild.pipeline import Analyzer
    from lagebild.readers.document import Document
    from lagebild.readers.gnad import read_gnad

    documents = (
        item
        for item in read_gnad(shared / "data" / "news" / "10kgnad-test.csv")
        if isinstance(item, Document)
    )
    analyzer = Analyzer()
    lines = []
    for number, document in enumerate(itertools.islice(documents, count)):
        for entity in analyzer.analyze(document).entities:
            if entity.type == "PER":
                lines.append(f"{number}\t{entity.name}\t{entity.affiliation}\t{entity.roles}\n")
    target.write_text("".join(lines), encoding="utf-8")
    print(f"{len(lines)} persons in {count} articles written to {target}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--full", action="store_true")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--actors", metavar="STORE_DB", help="count actor-list defects")
    parser.add_argument(
        "--persons",
        nargs=2,
        metavar=("N", "FILE"),
        help="write the persons of N 10kGNAD articles to FILE",
    )
    args = parser.parse_args()
    if args.actors:
        actor_defects(args.actors)
        return 0
    shared = shared_dir()
    if shared is None:
        print("shared data not found", file=sys.stderr)
        return 1
    if args.persons:
        dump_persons(shared, int(args.persons[0]), Path(args.persons[1]))
        return 0
    files = sorted((shared / "seed").glob("*.gold.json")) + sorted(
        (shared / "gold" / "dev").glob("*.gold.json")
    )
    totals: dict[str, float] = {}
    for path in files:
        gold = json.loads(path.read_text("utf-8"))
        text = gold_text(gold, path, shared)
        if text is None:
            continue
        if args.verbose:
            print(path.name)
        counts = score(
            gold, text, system_entities(text, args.full, gold.get("published")), args.verbose
        )
        for key, value in counts.items():
            totals[key] = totals.get(key, 0) + value
        if path.parent.name == "seed":
            print(
                f"seed: entities {counts['found_code']}/{counts['entities']} with code, "
                f"mentions {counts['mentions_ok']}/{counts['mentions']}"
            )
    precision = totals["both_links"] / max(totals["system_links"], 1)
    recall = totals["both_links"] / max(totals["gold_links"], 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    print(
        f"all {len(files)} files: entity recall {totals['found'] / totals['entities']:.3f}, "
        f"with code {totals['found_code'] / totals['entities']:.3f}, "
        f"mentions {totals['mentions_ok'] / totals['mentions']:.3f}, "
        f"clustering P {precision:.3f} R {recall:.3f} F1 {f1:.3f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
