"""Score an :class:`~lagebild.model.Analysis` against a hand-made ``*.gold.json`` file.

The format is described in ``shared/seed/ANNOTATION.md``. A layer is scored only when the
gold file has its key (the gold/dev files have no quotes or structure). Per-document
results are :class:`Tally` counts, so several documents micro-average by summing.

Metrics (P over system items, R over gold items, one-to-one matching):

- ``subheadings``, ``captions``: exact text after folding; ``repairs``: a system repair
  whose gap lies between the two gold pieces of a broken paragraph.
- ``entities``: a system entity of the same type with a mention overlapping a located gold
  mention; ``entities_code``: also the right ``code`` (PER: ``affiliation``).
- ``mentions_right_entity``: share of gold mentions whose overlapping system mention belongs
  to the entity matched to their gold entity; ``mentions_b3``: B-cubed over the located gold
  mentions (unmatched mentions are system singletons); ``mentions_unlocated``: gold strings
  not found in the text (should be 0).
- ``places``: found by overlapping mention or same name; ``places_correct``: also the same
  country and within 50 km.
- ``dates``: overlapping span; ``dates_value``: value equal where gold is an ISO date/year.
- ``quotes``: word multiset Jaccard >= 0.5; ``quotes_speaker``/``_kind``/``_cue``: matched and
  that field right.
- ``events``: same sentence (trigger inside the gold sentence), type, actor and recipient codes
  (null only matches null unless ``optional_recipient``), negation; ``events_type``: sentence
  and type only; ``events_negated_asserted``: negated gold events matched by sentence and type
  whose system event is not negated.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from lagebild.errors import ErrorCode, LagebildError
from lagebild.evaluation.folding import FoldedText
from lagebild.evaluation.metrics import Layer
from lagebild.evaluation.score_entities import align_entities, score_entities
from lagebild.evaluation.score_layers import score_dates, score_places, score_structure
from lagebild.evaluation.score_quotes_events import score_events, score_quotes
from lagebild.model import Analysis
from lagebild.readers.document import Document

WIKINEWS_DEV = Path("data") / "quotes-wikinews" / "dev"


@dataclass(frozen=True)
class GoldDocument:
    """A gold annotation together with the article it annotates."""

    path: Path
    gold: dict
    text: str

    @property
    def published(self) -> str | None:
        return self.gold.get("published")

    def document(self) -> Document:
        return Document(id=self.path.name.split(".")[0], text=self.text, published=self.published)


def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise LagebildError(ErrorCode.E020, source=str(path), detail=str(error)) from error
    if not isinstance(data, dict) or "document" not in data:
        raise LagebildError(ErrorCode.E020, source=str(path), detail="no 'document' key")
    return data


def load_gold(path: Path, shared: Path) -> GoldDocument:
    """Load a gold file and its article: beside it (seed) or in quotes-wikinews/dev."""
    gold = _read_json(path)
    name = gold["document"]
    beside = path.parent / name
    if beside.is_file():
        return GoldDocument(path, gold, beside.read_text(encoding="utf-8"))
    article = shared / WIKINEWS_DEV / name
    if not article.is_file():
        raise LagebildError(ErrorCode.E021, source=str(path), detail=f"article {name} not found")
    text = json.loads(article.read_text(encoding="utf-8"))["originalText"]
    return GoldDocument(path, gold, text)


def score_analysis(analysis: Analysis, gold: dict) -> Layer:
    """All metrics of one document, for the layers the gold file annotates."""
    folded = FoldedText.of(analysis.text)
    alignment = align_entities(analysis, gold, folded)
    card: Layer = {}
    if "structure" in gold:
        card.update(score_structure(analysis, gold, folded))
    if "entities" in gold:
        card.update(score_entities(analysis, gold, alignment))
    if "places" in gold:
        card.update(score_places(analysis, gold, folded))
    if "dates" in gold:
        card.update(score_dates(analysis, gold, folded))
    if "quotes" in gold:
        card.update(score_quotes(analysis, gold, alignment))
    if "events" in gold:
        card.update(score_events(analysis, gold, folded))
    return card


def unlocated_strings(gold_document: GoldDocument) -> list[str]:
    """Gold strings that cannot be found in the folded article text (gold file errors)."""
    folded = FoldedText.of(gold_document.text)
    gold = gold_document.gold
    strings: list[str] = []
    for entity in gold.get("entities", []):
        strings.extend(entity.get("mentions", []))
    for place in gold.get("places", []):
        strings.extend(place.get("mentions", []))
    strings.extend(date["text"] for date in gold.get("dates", []))
    strings.extend(event["sentence"] for event in gold.get("events", []))
    strings.extend(quote["text"] for quote in gold.get("quotes", []))
    return [text for text in strings if not folded.locate(text)]
