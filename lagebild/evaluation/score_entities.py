"""Entity scoring: found, right code, and how gold mentions are clustered.

Gold mentions carry context words ("Sherman sagte"), so a gold mention is located in the
text and counts as covered by any system mention that overlaps it. Clustering is scored
with B-cubed over the located gold mentions: each mention's system cluster is the system
entity whose mention overlaps it (the most overlapping one, same type preferred), or a
singleton when none does.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lagebild.evaluation.folding import FoldedText, fold, overlap
from lagebild.evaluation.metrics import Count, Layer, Tally
from lagebild.model import Analysis, Entity

Span = tuple[int, int]


@dataclass
class EntityAlignment:
    """Which system entity each gold entity (by index) was matched to, one-to-one."""

    matched: dict[int, str] = field(default_factory=dict)  # gold index -> system entity id
    #: gold mention (gold index, mention index) -> system entity id it was assigned to
    assigned: dict[tuple[int, int], str | None] = field(default_factory=dict)
    located: set[tuple[int, int]] = field(default_factory=set)
    unlocated: int = 0

    def system_for(self, gold_index: int) -> str | None:
        return self.matched.get(gold_index)


def same_label(gold: str | None, system: str | None) -> bool:
    """Codes and names compare folded and case-insensitively; None equals only None."""
    if gold is None or system is None:
        return gold is None and system is None
    return fold(gold).casefold() == fold(system).casefold()


def _best_entity(spans: list[Span], entities: list[Entity], gold_type: str) -> str | None:
    """The system entity whose mention overlaps the gold occurrences most (same type first)."""
    best: tuple[bool, int] | None = None
    best_id: str | None = None
    for entity in entities:
        for mention in entity.mentions:
            shared = max((overlap(span, (mention.start, mention.end)) for span in spans), default=0)
            if shared <= 0:
                continue
            rank = (entity.type == gold_type, shared)
            if best is None or rank > best:
                best, best_id = rank, entity.id
    return best_id


def align_entities(analysis: Analysis, gold: dict, folded: FoldedText) -> EntityAlignment:
    """Assign gold mentions to system entities, then match entities one-to-one."""
    alignment = EntityAlignment()
    types = {entity.id: entity.type for entity in analysis.entities}
    votes: list[tuple[int, int, str]] = []  # (shared mentions, gold index, system id)
    for gold_index, gold_entity in enumerate(gold.get("entities", [])):
        counts: dict[str, int] = {}
        for mention_index, mention in enumerate(gold_entity.get("mentions", [])):
            spans = folded.locate(mention)
            if spans:
                alignment.located.add((gold_index, mention_index))
            else:
                alignment.unlocated += 1
            system_id = _best_entity(spans, analysis.entities, gold_entity["type"])
            alignment.assigned[(gold_index, mention_index)] = system_id
            if system_id is not None and types[system_id] == gold_entity["type"]:
                counts[system_id] = counts.get(system_id, 0) + 1
        votes.extend((count, gold_index, system_id) for system_id, count in counts.items())
    taken: set[str] = set()
    for _, gold_index, system_id in sorted(votes, key=lambda vote: (-vote[0], vote[1])):
        if gold_index in alignment.matched or system_id in taken:
            continue
        alignment.matched[gold_index] = system_id
        taken.add(system_id)
    return alignment


def _code_right(gold_entity: dict, system: Entity) -> bool:
    if gold_entity["type"] == "PER":
        return same_label(gold_entity.get("affiliation"), system.affiliation)
    return same_label(gold_entity.get("code"), system.code)


def _b_cubed(alignment: EntityAlignment) -> Tally:
    """B-cubed over the gold mentions that could be located in the text."""
    located = [key for key in alignment.assigned if key in alignment.located]
    gold_of: dict[tuple[int, int], int] = {key: key[0] for key in located}
    system_of: dict[tuple[int, int], object] = {
        key: alignment.assigned[key] or ("singleton", key) for key in located
    }
    tally = Tally()
    for key in located:
        gold_cluster = {other for other in gold_of if gold_of[other] == gold_of[key]}
        system_cluster = {other for other in system_of if system_of[other] == system_of[key]}
        common = len(gold_cluster & system_cluster)
        tally = tally + Tally(common / len(system_cluster), 1, common / len(gold_cluster), 1)
    return tally


def score_entities(analysis: Analysis, gold: dict, alignment: EntityAlignment) -> Layer:
    gold_entities = gold.get("entities", [])
    by_id = {entity.id: entity for entity in analysis.entities}
    n_system, n_gold = len(analysis.entities), len(gold_entities)
    found = len(alignment.matched)
    coded = sum(
        _code_right(gold_entities[index], by_id[system_id])
        for index, system_id in alignment.matched.items()
    )
    in_right = sum(
        system_id is not None and alignment.system_for(gold_index) == system_id
        for (gold_index, _), system_id in alignment.assigned.items()
    )
    n_mentions = len(alignment.assigned)
    return {
        "entities": Tally.matches(found, n_system, n_gold),
        "entities_code": Tally.matches(coded, n_system, n_gold),
        "mentions_right_entity": Tally.matches(in_right, n_mentions, n_mentions),
        "mentions_b3": _b_cubed(alignment),
        "mentions_unlocated": Count(alignment.unlocated),
    }
