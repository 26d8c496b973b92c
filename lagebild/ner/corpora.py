"""Read the NER training corpora into token samples with BILUO tags (training time only).

Label scheme: PER, ORG, LOC, MISC; outer spans only. Choices (see README in this folder):

* GermEval 2014: OTH -> MISC; ``-deriv`` ("russischen") and ``-part`` ("NATO-Osterweiterung")
  are *not* entities (tag O). A derived adjective or a compound is not a name span; the
  entities stage maps demonyms and name prefixes by lexicon where it needs them.
* SmartData v1: fine-grained types map through ``smartdata_types.tsv``. SmartData has no
  MISC class, so a capitalised token outside its mentions that is not a known common noun
  or function word is *missing* ("-"), not O, or the model would unlearn MISC. Lower-case
  location mentions ("dänischen") are adjectives, O as in GermEval; single-word company
  mentions that are common nouns ("Gruppe") and mentions that do not align with tokens
  are missing.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
from collections.abc import Container, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import spacy
from spacy.tokens import Doc
from spacy.training import biluo_tags_to_spans, iob_to_biluo

LABELS: tuple[str, ...] = ("PER", "ORG", "LOC", "MISC")
GERMEVAL_LABELS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "OTH": "MISC"}
MISSING = "-"
_ADJECTIVE_ENDING = re.compile(r"(isch|ische|ischen|ischer|isches|ischem)$")


@dataclass(frozen=True)
class NerSample:
    """One tokenised text with BILUO tags; ``-`` marks a token whose label is unknown."""

    words: list[str]
    spaces: list[bool]
    tags: list[str]
    source: str

    def doc(self, vocab: spacy.Vocab) -> Doc:
        return Doc(vocab, words=self.words, spaces=self.spaces)

    def spans(self) -> list[tuple[int, int, str]]:
        """Gold entity spans as token offsets (start, end, label)."""
        doc = Doc(spacy.blank("de").vocab, words=self.words, spaces=self.spaces)
        tags = [tag if tag != MISSING else "O" for tag in self.tags]
        return [(span.start, span.end, span.label_) for span in biluo_tags_to_spans(doc, tags)]


def read_germeval(path: Path) -> list[NerSample]:
    """GermEval 2014 TSV: one token per line, columns index, token, outer tag, inner tag."""
    samples: list[NerSample] = []
    words: list[str] = []
    iob: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if words:
                    samples.append(_germeval_sample(words, iob))
                words, iob = [], []
                continue
            columns = line.split("\t")
            words.append(columns[1])
            iob.append(_germeval_outer_tag(columns[2]))
    if words:
        samples.append(_germeval_sample(words, iob))
    return samples


def _germeval_outer_tag(tag: str) -> str:
    if tag == "O":
        return "O"
    prefix, label = tag.split("-", 1)
    mapped = GERMEVAL_LABELS.get(label)  # "LOCderiv", "ORGpart" ... are not entities
    return f"{prefix}-{mapped}" if mapped else "O"


def _germeval_sample(words: list[str], iob: list[str]) -> NerSample:
    # GermEval has no whitespace information; a space after every token is harmless for NER.
    return NerSample(list(words), [True] * len(words), iob_to_biluo(_repair_iob(iob)), "germeval")


def _repair_iob(iob: list[str]) -> list[str]:
    """Turn an I- tag that follows O (left after dropping deriv/part) into B-."""
    repaired: list[str] = []
    for index, tag in enumerate(iob):
        if tag.startswith("I-") and (index == 0 or repaired[-1][2:] != tag[2:]):
            tag = "B-" + tag[2:]
        repaired.append(tag)
    return repaired


def read_smartdata_records(path: Path) -> Iterator[dict]:
    """The JSON documents of a SmartData file (concatenated, pretty-printed objects)."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        content = handle.read()
    decoder = json.JSONDecoder()
    position = 0
    while True:
        while position < len(content) and content[position].isspace():
            position += 1
        if position >= len(content):
            return
        record, position = decoder.raw_decode(content, position)
        yield record


@cache
def smartdata_type_map() -> dict[str, str]:
    table = Path(__file__).with_name("smartdata_types.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in table.splitlines() if line and not line.startswith("#"))
    return {concept: label for concept, label in rows}


def read_smartdata(path: Path, nouns: Container[str] | None = None) -> list[NerSample]:
    """SmartData records as samples; ``nouns`` tells common nouns (default: german-nouns)."""
    records = list(read_smartdata_records(path))
    nlp = spacy.blank("de")
    docs = [nlp.make_doc(record["text"]["string"]) for record in records]
    lowercase_words = {t.text for doc in docs for t in doc if t.text.islower()}
    if nouns is None:
        nouns = common_noun_forms()
    return [
        _smartdata_sample(doc, record, nouns, lowercase_words)
        for doc, record in zip(docs, records, strict=True)
    ]


def _smartdata_sample(
    doc: Doc, record: dict, nouns: Container[str], lowercase_words: set[str]
) -> NerSample:
    type_map = smartdata_type_map()
    tags = ["O"] * len(doc)
    covered = [False] * len(doc)
    mentions = (record.get("conceptMentions") or {}).get("array", [])
    # Longest first, so nested mentions ("Bezirk Kufstein" over "Kufstein") keep the outer one.
    spans = sorted(
        ((m["span"]["start"], m["span"]["end"], type_map.get(m["type"], "O")) for m in mentions),
        key=lambda item: (item[0] - item[1], item[0]),
    )
    for start, end, label in spans:
        if label == "O":
            continue
        span = doc.char_span(start, end)
        loose = doc.char_span(start, end, alignment_mode="expand")
        if loose is None or any(covered[loose.start : loose.end]):
            continue
        label = _refine_smartdata_label(span, label, nouns) if span is not None else MISSING
        if any(token.is_space for token in loose):
            label = MISSING  # a mention across a line break is an annotation slip
        for index in range(loose.start, loose.end):
            covered[index] = True
        _write_span_tags(tags, loose.start, loose.end, label)
    for index, token in enumerate(doc):
        if not covered[index] and _may_be_misc(token.text, nouns, lowercase_words):
            tags[index] = MISSING
    return NerSample([t.text for t in doc], [bool(t.whitespace_) for t in doc], tags, "smartdata")


def _refine_smartdata_label(span: spacy.tokens.Span, label: str, nouns: Container[str]) -> str:
    text = span.text
    if label == "LOC" and len(span) == 1 and (text[:1].islower() or _ADJECTIVE_ENDING.search(text)):
        return "O"  # an adjective such as "dänischen" is GermEval's LOCderiv, not an entity
    if label == "ORG" and len(span) == 1 and text in nouns and not text.isupper():
        return MISSING  # "Gruppe", "Konzern": a common noun standing for a company
    return label


def _write_span_tags(tags: list[str], start: int, end: int, label: str) -> None:
    if label in ("O", MISSING):
        for index in range(start, end):
            tags[index] = label
        return
    if end - start == 1:
        tags[start] = f"U-{label}"
        return
    tags[start] = f"B-{label}"
    for index in range(start + 1, end - 1):
        tags[index] = f"I-{label}"
    tags[end - 1] = f"L-{label}"


def _may_be_misc(word: str, nouns: Container[str], lowercase_words: set[str]) -> bool:
    """A capitalised word that is neither a known common noun nor a capitalised function word."""
    if not word[:1].isupper() or not any(ch.isalpha() for ch in word):
        return False
    if word in nouns or word.lower() in lowercase_words:
        return False
    return not _is_noun_compound(word, nouns)


def _is_noun_compound(word: str, nouns: Container[str]) -> bool:
    """ "E-Plus-Übernahme", "Betriebsgewinn": the head is a known common noun."""
    if "-" in word:
        head = word.rsplit("-", 1)[1]
        return bool(head) and head in nouns
    return any(word[i:].capitalize() in nouns for i in range(1, len(word) - 3))


@cache
def common_noun_forms() -> frozenset[str]:
    """Every inflected form of the common nouns in ``german-nouns`` (names excluded)."""
    from lagebild.ner.gazetteer import german_nouns_csv

    path = german_nouns_csv()
    name_tags = ("Toponym", "Vorname", "Nachname", "Eigenname", "Abkürzung")
    forms: set[str] = set()
    with path.open(encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        for row in reader:
            pos = row[1] if len(row) > 1 else ""
            if "Substantiv" not in pos or any(tag in pos for tag in name_tags):
                continue
            forms.update(
                value
                for key, value in zip(header, row, strict=False)
                if value and key not in ("pos",) and not key.startswith("genus")
            )
    return frozenset(forms)
