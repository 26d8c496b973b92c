"""Scoring quotes against the quotes-wikinews data set (Petersen-Frey & Biemann, 2024).

Scheme (documented here because the paper leaves choices open):

* Spans become sets of the data set's own tokens; punctuation tokens (quotation marks,
  commas) are left out, so "„Ja.“" and "Ja." cover the same tokens. A system quote with
  ``parts`` (a frame inside it: "Die Lage sei, so der Minister, ernst") covers only its
  parts, as the data set's quote spans leave the frame out.
* Matching: every system/gold pair whose token overlap is at least half of the shorter
  quote is a candidate; pairs are taken greedily by overlap ratio (then overlap size),
  each quote at most once.
* ``quote``: token-overlap precision and recall (overlap of matched pairs over all system
  resp. gold quote tokens); ``quote_count``: matched quotes over system resp. gold quotes.
* Per gold type: recall over that type's gold quotes; a system quote counts for the type
  of its gold match, or, unmatched, for the type its kind maps to (``KIND_TO_TYPE``).
* ``speaker``, ``cue``, ``addressee``: token-overlap P/R/F1 over matched pairs only.
* ``type_accuracy``: share of matched pairs whose kind fits the gold type
  (``TYPE_TO_KINDS``; FreeIndirect and IndirectFreeIndirect both accept
  ``reported_continuation``: in the data set they are the Konjunktiv/"soll" sentences
  that continue someone's speech).
* ``top_level``: the same numbers without gold quotes marked ``isNested`` and without the
  system quotes that match only those (lagebild reports a quoted phrase inside reported
  speech as a direct quote with ``nested_in`` set).
* Runs of continuation sentences: the data set annotates several Konjunktiv sentences in a
  row as one (Indirect)FreeIndirect quote, lagebild gives one quote per sentence. With
  ``fold_runs`` (the default) adjacent system quotes of kind ``reported_continuation`` or
  ``free_indirect`` with the same speaker and only white space between are scored as one.
* ``cue`` is tallied over matched pairs whose gold quote is not ``Reported``: the data set
  leaves the cue of a summarised speech act empty (90 of 91 on dev), lagebild names the verb.
  ``cue_all`` is the tally over every matched pair.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lagebild.errors import ErrorCode, LagebildError
from lagebild.model import Quote, Span
from lagebild.readers.document import Document

TYPES = ("Direct", "Indirect", "FreeIndirect", "IndirectFreeIndirect", "Reported")
TYPE_TO_KINDS: dict[str, frozenset[str]] = {
    "Direct": frozenset({"direct"}),
    "Indirect": frozenset({"indirect"}),
    "FreeIndirect": frozenset({"free_indirect", "reported_continuation"}),
    "IndirectFreeIndirect": frozenset({"indirect", "reported_continuation"}),
    "Reported": frozenset({"reported"}),
}
KIND_TO_TYPE = {
    "direct": "Direct",
    "indirect": "Indirect",
    "free_indirect": "FreeIndirect",
    "reported_continuation": "IndirectFreeIndirect",
    "reported": "Reported",
}
ROLES = ("speaker", "cue", "addressee")
CONTINUATION_KINDS = frozenset({"reported_continuation", "free_indirect"})
MIN_OVERLAP = 0.5


@dataclass
class Tally:
    overlap: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, overlap: int, predicted: int, gold: int) -> None:
        self.overlap += overlap
        self.predicted += predicted
        self.gold += gold

    def scores(self) -> dict[str, float]:
        p = self.overlap / self.predicted if self.predicted else 0.0
        r = self.overlap / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


@dataclass
class Card:
    quote: Tally = field(default_factory=Tally)
    quote_count: Tally = field(default_factory=Tally)
    types: dict[str, Tally] = field(default_factory=lambda: {t: Tally() for t in TYPES})
    type_counts: dict[str, Tally] = field(default_factory=lambda: {t: Tally() for t in TYPES})
    roles: dict[str, Tally] = field(
        default_factory=lambda: {r: Tally() for r in (*ROLES, "cue_all")}
    )
    kind_ok: int = 0
    matched: int = 0
    missed: Counter[str] = field(default_factory=Counter)
    spurious: Counter[str] = field(default_factory=Counter)

    def result(self) -> dict[str, Any]:
        return {
            "quote": self.quote.scores(),
            "quote_count": self.quote_count.scores(),
            "types": {
                t: {
                    **self.types[t].scores(),
                    "count_f1": self.type_counts[t].scores()["f1"],
                    "gold": self.type_counts[t].gold,
                }
                for t in TYPES
            },
            **{role: self.roles[role].scores() for role in (*ROLES, "cue_all")},
            "type_accuracy": round(self.kind_ok / self.matched, 4) if self.matched else 0.0,
            "missed_by_type": dict(self.missed),
            "spurious_by_kind": dict(self.spurious),
        }


@dataclass(frozen=True)
class Item:
    tokens: frozenset[int]
    kind: str  # gold type or system kind
    roles: dict[str, frozenset[int]]
    nested: bool = False


class TokenIndex:
    """The data set's tokens (without punctuation) as char ranges."""

    def __init__(self, tokens: Iterable[dict[str, Any]]) -> None:
        self.ranges = [
            (t["charBegin"], t["charEnd"], t["id"])
            for t in tokens
            if any(c.isalnum() for c in t["text"])
        ]

    def covered(self, spans: Iterable[tuple[int, int]]) -> frozenset[int]:
        ids: set[int] = set()
        for start, end in spans:
            ids.update(i for b, e, i in self.ranges if b < end and e > start)
        return frozenset(ids)


def _spans(annotation: dict[str, Any] | None) -> list[tuple[int, int]]:
    if not annotation:
        return []
    return [(s["charBegin"], s["charEnd"]) for s in annotation.get("spans", [])]


def gold_items(record: dict[str, Any], index: TokenIndex) -> list[Item]:
    items = []
    for annotation in record.get("annotations", []):
        tokens = index.covered(_spans(annotation.get("quote")))
        if not tokens:
            continue
        items.append(
            Item(
                tokens=tokens,
                kind=annotation.get("type", "Indirect"),
                roles={role: index.covered(_spans(annotation.get(role))) for role in ROLES},
                nested=bool(annotation.get("isNested")),
            )
        )
    return items


def system_items(quotes: list[Quote], index: TokenIndex) -> list[Item]:
    items = []
    for quote in quotes:
        pieces = [(p.start, p.end) for p in quote.parts] or [(quote.start, quote.end)]
        tokens = index.covered(pieces)
        if not tokens:
            continue
        roles: dict[str, frozenset[int]] = {}
        for role in ("speaker", "addressee"):
            who = getattr(quote, role)
            spans = (
                [(who.start, who.end)]
                if who is not None and who.start is not None and who.end is not None
                else []
            )
            roles[role] = index.covered(spans)
        cue = quote.cue
        cue_spans = (
            [(p.start, p.end) for p in cue.parts]
            if cue and cue.parts
            else ([(cue.start, cue.end)] if cue else [])
        )
        roles["cue"] = index.covered(cue_spans)
        items.append(Item(tokens=tokens, kind=quote.kind, roles=roles))
    return items


def fold_runs(quotes: list[Quote], text: str) -> list[Quote]:
    """Adjacent continuation sentences of one speaker as one quote (the data set's unit)."""
    folded: list[Quote] = []
    for quote in sorted(quotes, key=lambda q: q.start):
        last = folded[-1] if folded else None
        if (
            last is not None
            and quote.kind in CONTINUATION_KINDS
            and last.kind in CONTINUATION_KINDS
            and quote.nested_in is None
            and last.end <= quote.start
            and not text[last.end : quote.start].strip()
            and (last.speaker.name if last.speaker else None)
            == (quote.speaker.name if quote.speaker else None)
        ):
            parts = [*last.parts, Span(start=quote.start, end=quote.end)] if last.parts else []
            folded[-1] = last.model_copy(update={"end": quote.end, "parts": parts})
        else:
            folded.append(quote)
    return folded


def match(gold: list[Item], system: list[Item]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching by overlap ratio (of the shorter quote) >= 0.5.

    Ties (same ratio and overlap) go to the pair whose speakers overlap more: a quotation
    relayed by a medium is annotated twice over the same tokens, once per speaker, and
    index order alone could pair each gold quote with the other speaker's system quote.
    """
    candidates = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            overlap = len(g.tokens & s.tokens)
            if not overlap:
                continue
            ratio = overlap / min(len(g.tokens), len(s.tokens))
            if ratio >= MIN_OVERLAP:
                speakers = len(
                    g.roles.get("speaker", frozenset()) & s.roles.get("speaker", frozenset())
                )
                candidates.append((ratio, overlap, speakers, gi, si))
    candidates.sort(reverse=True)
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs = []
    for _, _, _, gi, si in candidates:
        if gi in used_gold or si in used_system:
            continue
        used_gold.add(gi)
        used_system.add(si)
        pairs.append((gi, si))
    return pairs


def score_document(card: Card, gold: list[Item], system: list[Item]) -> None:
    pairs = match(gold, system)
    gold_of = {si: gi for gi, si in pairs}
    matched_gold = {gi for gi, _ in pairs}
    overlap = sum(len(gold[gi].tokens & system[si].tokens) for gi, si in pairs)
    card.quote.add(overlap, sum(len(s.tokens) for s in system), sum(len(g.tokens) for g in gold))
    card.quote_count.add(len(pairs), len(system), len(gold))
    for gi, g in enumerate(gold):
        card.types[g.kind].add(0, 0, len(g.tokens))
        card.type_counts[g.kind].add(0, 0, 1)
        if gi not in matched_gold:
            card.missed[g.kind] += 1
    for si, s in enumerate(system):
        if si in gold_of:
            g = gold[gold_of[si]]
            kind = g.kind
            card.types[kind].add(len(g.tokens & s.tokens), len(s.tokens), 0)
            card.type_counts[kind].add(1, 1, 0)
        else:
            kind = KIND_TO_TYPE.get(s.kind, "Indirect")
            card.types[kind].add(0, len(s.tokens), 0)
            card.type_counts[kind].add(0, 1, 0)
            card.spurious[s.kind] += 1
    for gi, si in pairs:
        g, s = gold[gi], system[si]
        card.matched += 1
        card.kind_ok += s.kind in TYPE_TO_KINDS.get(g.kind, frozenset())
        for role in ROLES:
            if role == "cue" and g.kind == "Reported":
                continue  # the data set gives summarised speech acts no cue
            card.roles[role].add(
                len(g.roles[role] & s.roles[role]), len(s.roles[role]), len(g.roles[role])
            )
        card.roles["cue_all"].add(
            len(g.roles["cue"] & s.roles["cue"]), len(s.roles["cue"]), len(g.roles["cue"])
        )


def _drop_nested(gold: list[Item], system: list[Item]) -> tuple[list[Item], list[Item]]:
    """Without nested gold quotes and the system quotes that match only them."""
    pairs = match(gold, system)
    nested_match = {si for gi, si in pairs if gold[gi].nested}
    return [g for g in gold if not g.nested], [
        s for i, s in enumerate(system) if i not in nested_match
    ]


def load_record(path: Path) -> dict[str, Any]:
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise LagebildError(ErrorCode.E020, source=str(path), detail=str(error)) from error
    if "originalText" not in record:
        raise LagebildError(ErrorCode.E020, source=str(path), detail="no originalText")
    return record


def evaluate_records(
    records: Iterable[tuple[str, dict[str, Any]]], analyzer: Any, fold: bool = True
) -> dict[str, Any]:
    """Score ``analyzer`` on quotes-wikinews records (name, parsed JSON)."""
    everything, top_level = Card(), Card()
    documents = 0
    for name, record in records:
        index = TokenIndex(record.get("tokens", []))
        analysis = analyzer.analyze(Document(id=name, text=record["originalText"]))
        gold = gold_items(record, index)
        quotes = fold_runs(analysis.quotes, record["originalText"]) if fold else analysis.quotes
        system = system_items(quotes, index)
        score_document(everything, gold, system)
        score_document(top_level, *_drop_nested(gold, system))
        documents += 1
    return {**everything.result(), "top_level": top_level.result(), "documents": documents}


def evaluate_wikinews(
    folder: Path, analyzer: Any, limit: int | None = None, fold_runs: bool = True
) -> dict[str, Any]:
    """Quote, speaker, cue and addressee scores of ``analyzer`` on a quotes-wikinews folder."""
    paths = sorted(Path(folder).glob("*.json"))
    if not paths:
        raise LagebildError(ErrorCode.E021, source=str(folder), detail="no *.json files")
    if limit is not None:
        paths = paths[:limit]
    return evaluate_records(((p.stem, load_record(p)) for p in paths), analyzer, fold=fold_runs)
