"""Score lagebild's entity layer as NER: rules and knowledge base alone, the statistical
model alone, and pre-declared combinations of the two (issue 3).

The full analysis pipeline (``lagebild.pipeline.build_pipeline``, as ``lagebild analyze``
builds it) runs on each corpus text; the name mentions of its entities become token spans of
the corpus sample and are scored with :func:`lagebild.ner.evaluate.score_spans`, the same
exact-outer-span scorer and missing-label rules as ``scripts/train_ner.py --evaluate``.

    python scripts/ner_system_eval.py smartdata                  # SmartData v1 test
    python scripts/ner_system_eval.py germeval                   # GermEval dev, rules alone
    python scripts/ner_system_eval.py germeval --fold-model DIR/fold0 --fold 0
    python scripts/ner_system_eval.py smartdata --dump FILE.jsonl  # spans, for error reading

Mapping (decided from the corpora's conventions, before scoring):

* entity types: GPE and LOC -> LOC; PER, ORG as they are; MISC -> MISC (GermEval's OTH;
  SmartData has no MISC, so it is not scored there);
* mention kinds: names and acronyms count; a metonym only where its words are a listed name
  or capital of the knowledge base ("Moskau" for Russia is a LOC span in both corpora; "das
  Land", "US-Seite" are not); demonyms and state adjectives ("deutschen" is GermEval's
  LOCderiv, O in the outer labels), collectives, roles and pronouns never;
* a mention inside a word (the "NATO" of "NATO-Osterweiterung", GermEval's ORGpart) is no
  outer span and is dropped; a mention whose ends fall inside the corpus's tokens (another
  tokenisation) is kept and can only be a false positive.

Combinations (declared before any scoring; see :data:`COMBINATIONS`): union; model first,
plus rule spans that overlap no model span; rules first, plus model spans that overlap no
rule span; listed override: model first, but a rule span of a listed actor, person or place
(knowledge base, ``known_people.tsv``, places gazetteer) replaces the model spans it
overlaps; and the product's own combination (``use_ner`` on ``lagebild_entities``: the
model's person spans as low-priority candidates of the entity layer). Each runs with the
entity layer's spans alone and with the places layer's spans added (towns and regions are
places, not entities, in lagebild; that second set was added after a first run on 40
SmartData test texts showed the entity layer alone names almost no towns).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from lagebild.entities.kb import ActorKB, actor_kb
from lagebild.entities.known_people import known_state
from lagebild.model import Entity, Place
from lagebild.ner.corpora import NerSample, read_germeval, read_smartdata
from lagebild.ner.evaluate import SpanScores, score_spans
from lagebild.ner.rules import postprocess
from lagebild.paths import shared_dir
from lagebild.pipeline import Analyzer, build_pipeline
from lagebild.readers.document import Document

#: entity-layer types -> corpus labels (GPE is a place span in both corpora)
LABEL_OF_TYPE = {"PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "MISC": "MISC"}
#: mention kinds that are names in the corpora's sense
NAME_KINDS = frozenset({"name", "acronym"})
#: knowledge-base surface kinds that are names of the actor itself (not adjectives, demonyms)
LISTED_KINDS = frozenset({"name", "acronym", "capital"})

TokenSpan = tuple[int, int, str]


@dataclass(frozen=True)
class RuleSpan:
    """A mention of the entity layer as a corpus token span (start, end exclusive)."""

    start: int
    end: int
    label: str
    #: the words are a listed actor (knowledge base), a listed person (known_people.tsv) or
    #: a gazetteer place (places layer)
    listed: bool = False
    #: both ends fall on corpus token boundaries (else it can only be a false positive)
    aligned: bool = True

    @property
    def key(self) -> TokenSpan:
        return (self.start, self.end, self.label)


def corpus_label(entity_type: str) -> str | None:
    return LABEL_OF_TYPE.get(entity_type)


def is_listed(words: tuple[str, ...], label: str, kb: ActorKB) -> bool:
    """Whether the words name a knowledge-base actor, or a known person (for PER)."""
    surface = kb.phrases.get(words)
    if surface is not None and surface.kind in LISTED_KINDS:
        return True
    return label == "PER" and known_state(" ".join(words)) is not None


def is_name_mention(kind: str, words: tuple[str, ...], kb: ActorKB) -> bool:
    """A name or acronym; a metonym only where its words are a listed name or capital."""
    if kind in NAME_KINDS:
        return True
    surface = kb.phrases.get(words)
    return kind == "metonym" and surface is not None and surface.kind in LISTED_KINDS


def rule_spans(
    entities: Iterable[Entity], analysed: Doc, sample_doc: Doc, kb: ActorKB
) -> list[RuleSpan]:
    """The entity layer's name mentions as token spans of ``sample_doc`` (same text)."""
    found: dict[tuple[int, int, str, bool], RuleSpan] = {}
    for entity in entities:
        label = corpus_label(entity.type)
        if label is None:
            continue
        for mention in entity.mentions:
            own = analysed.char_span(mention.start, mention.end)
            if own is None:
                continue  # inside a word ("NATO" of "NATO-Osterweiterung"): no outer span
            words = tuple(token.text for token in own)
            if not is_name_mention(mention.kind, words, kb):
                continue
            listed = is_listed(words, label, kb)
            located = _corpus_span(sample_doc, mention.start, mention.end)
            if located is None:
                continue
            span, aligned = located
            rule = RuleSpan(span.start, span.end, label, listed, aligned)
            found[(*rule.key, aligned)] = rule
    return sorted(found.values(), key=lambda rule: (rule.start, rule.end))


def _corpus_span(sample_doc: Doc, start: int, end: int) -> tuple[Span, bool] | None:
    """The corpus tokens of a mention's characters, and whether they line up exactly; a
    mention that cuts a corpus token is widened to whole tokens (it can then only count as
    a false positive)."""
    span = sample_doc.char_span(start, end)
    if span is not None:
        return span, True
    widened = sample_doc.char_span(start, end, alignment_mode="expand")
    return (widened, False) if widened is not None else None


def place_spans(
    places: Iterable[Place], analysed: Doc, sample_doc: Doc, taken: list[RuleSpan]
) -> list[RuleSpan]:
    """The places layer's mentions (gazetteer places: towns, regions) as LOC spans, where
    they overlap no entity mention (the entity layer names states and their capitals)."""
    found: dict[tuple[int, int], RuleSpan] = {}
    for place in places:
        for mention in place.mentions:
            if analysed.char_span(mention.start, mention.end) is None:
                continue  # inside a word: no outer span
            located = _corpus_span(sample_doc, mention.start, mention.end)
            if located is None:
                continue
            span, aligned = located
            found[(span.start, span.end)] = RuleSpan(span.start, span.end, "LOC", True, aligned)
    return _free(sorted(found.values(), key=lambda rule: (rule.start, rule.end)), taken)


def overlaps(a: RuleSpan, b: RuleSpan) -> bool:
    return a.start < b.end and b.start < a.end


def _free(spans: Iterable[RuleSpan], taken: list[RuleSpan]) -> list[RuleSpan]:
    return [span for span in spans if not any(overlaps(span, other) for other in taken)]


def union(model: list[RuleSpan], rules: list[RuleSpan]) -> list[RuleSpan]:
    return [*model, *rules]


def model_first(model: list[RuleSpan], rules: list[RuleSpan]) -> list[RuleSpan]:
    """Every model span; a rule span only where it overlaps none."""
    return [*model, *_free(rules, model)]


def rules_first(model: list[RuleSpan], rules: list[RuleSpan]) -> list[RuleSpan]:
    """Every rule span; a model span only where it overlaps none."""
    return [*rules, *_free(model, rules)]


def listed_override(model: list[RuleSpan], rules: list[RuleSpan]) -> list[RuleSpan]:
    """Model first, but a listed actor's or person's rule span replaces the model spans it
    overlaps; other rule spans only fill gaps."""
    listed = [rule for rule in rules if rule.listed]
    kept_model = _free(model, listed)
    others = _free([rule for rule in rules if not rule.listed], [*model, *listed])
    return [*listed, *kept_model, *others]


Combination = Callable[[list[RuleSpan], list[RuleSpan]], list[RuleSpan]]
COMBINATIONS: dict[str, Combination] = {
    "rules alone": lambda model, rules: rules,
    "model alone": lambda model, rules: model,
    "union": union,
    "model first + free rule spans": model_first,
    "rules first + free model spans": rules_first,
    "listed override (listed actors, people, places replace model)": listed_override,
}


def score_rule_spans(
    predictions: Iterable[list[RuleSpan]], samples: list[NerSample], labels: tuple[str, ...]
) -> SpanScores:
    aligned: list[set[TokenSpan]] = []
    unaligned: list[list[TokenSpan]] = []
    for spans in predictions:
        aligned.append({span.key for span in spans if span.aligned})
        unaligned.append([span.key for span in spans if not span.aligned])
    return score_spans(aligned, samples, labels, unaligned)


def model_spans(nlp: Language, samples: list[NerSample]) -> list[list[RuleSpan]]:
    """The model's spans as ``score`` makes them (name propagation and span rules on)."""
    docs = nlp.pipe((sample.doc(nlp.vocab) for sample in samples), batch_size=64)
    return [
        [RuleSpan(ent.start, ent.end, ent.label_) for ent in postprocess(doc).ents] for doc in docs
    ]


def analyse(
    analyzer: Analyzer, samples: list[NerSample], vocab: spacy.Vocab
) -> Iterator[tuple[list[RuleSpan], list[RuleSpan]]]:
    """Per sample, the entity layer's spans, and the places layer's spans that overlap none."""
    kb = actor_kb()
    for number, sample in enumerate(samples):
        sample_doc = sample.doc(vocab)
        analysed = analyzer.annotate(Document(id=str(number), text=sample_doc.text))
        entities = rule_spans(analysed._.entities or [], analysed, sample_doc, kb)
        yield entities, place_spans(analysed._.places or [], analysed, sample_doc, entities)


def data_dir() -> Path:
    shared = shared_dir()
    if shared is None:
        sys.exit("shared data folder not found (set LAGEBILD_SHARED)")
    return shared / "data" / "ner"


def report(name: str, scores: SpanScores) -> None:
    precision, recall, f1 = scores.prf()
    print(f"== {name}: micro F1 {f1:.3f} (P {precision:.3f} R {recall:.3f})")
    print(scores.table(), flush=True)


def use_model(nlp: Language) -> None:
    """Make the product's ``predict_spans`` use ``nlp`` (a fold model) instead of the
    shipped one; for the evaluation only."""
    import lagebild.ner

    lagebild.ner.load_ner = lambda: nlp  # type: ignore[assignment]


def product_pipeline() -> Analyzer:
    """The analysis pipeline with the statistical NER switched on in the entity layer."""
    nlp = build_pipeline()
    nlp.replace_pipe("lagebild_entities", "lagebild_entities", config={"use_ner": True})
    return Analyzer(nlp)


def run(
    samples: list[NerSample], labels: tuple[str, ...], model: Language | None, dump: Path | None
) -> None:
    vocab = spacy.blank("de").vocab
    layers = list(analyse(Analyzer(), samples, vocab))
    print(f"{len(samples)} texts analysed", flush=True)
    entities_only = [entities for entities, _ in layers]
    rules = [[*entities, *places] for entities, places in layers]
    report("entity layer alone", score_rule_spans(entities_only, samples, labels))
    report("entity + places layers alone", score_rule_spans(rules, samples, labels))
    if model is None:
        return
    models = model_spans(model, samples)
    for rule_name, rule_set in (("entity layer", entities_only), ("entity + places", rules)):
        for name, combine in COMBINATIONS.items():
            if name == "rules alone" or (name == "model alone" and rule_name != "entity layer"):
                continue
            combined = [combine(m, r) for m, r in zip(models, rule_set, strict=True)]
            report(f"{name} [{rule_name}]", score_rule_spans(combined, samples, labels))
    use_model(model)
    product = [e for e, _ in analyse(product_pipeline(), samples, vocab)]
    report("product: entity layer with use_ner", score_rule_spans(product, samples, labels))
    if dump is not None:
        with dump.open("w", encoding="utf-8") as handle:
            for sample, m, r in zip(samples, models, rules, strict=True):
                record = {
                    "words": sample.words,
                    "spaces": sample.spaces,
                    "tags": sample.tags,
                    "gold": sample.spans(),
                    "model": [span.key for span in m],
                    "rules": [[*span.key, span.listed, span.aligned] for span in r],
                }
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", choices=("smartdata", "germeval"))
    parser.add_argument("--fold-model", type=Path, help="germeval: a fold model of train_ner --cv")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--fold", type=int, default=0, help="germeval: the fold held out")
    parser.add_argument("--dump", type=Path, help="write each text's gold, model and rule spans")
    parser.add_argument("--limit", type=int, help="only the first N texts (a quick check)")
    args = parser.parse_args()
    if args.corpus == "smartdata":
        from lagebild.ner import load_ner

        samples = read_smartdata(data_dir() / "smartdata-v1" / "test.json.gz")[: args.limit]
        run(samples, ("PER", "ORG", "LOC"), load_ner(), args.dump)
        return
    german = read_germeval(data_dir() / "germeval2014" / "NER-de-dev.tsv")[: args.limit]
    labels = ("PER", "ORG", "LOC", "MISC")
    if args.fold_model is None:
        run(german, labels, None, args.dump)
        return
    held_out = [s for index, s in enumerate(german) if index % args.folds == args.fold]
    run(held_out, labels, spacy.load(args.fold_model), args.dump)


if __name__ == "__main__":
    main()
