"""Scoring of quotes (token overlap) and events (sentence, type, actors, negation)."""

from __future__ import annotations

from collections import Counter

from lagebild.evaluation.folding import FoldedText, fold, words
from lagebild.evaluation.metrics import Count, Layer, Tally
from lagebild.evaluation.score_entities import EntityAlignment, same_label
from lagebild.model import Analysis, Event, Quote

#: Minimal multiset Jaccard of word tokens for a system quote to match a gold quote.
QUOTE_MATCH_THRESHOLD = 0.5


def token_jaccard(a: str, b: str) -> float:
    left, right = Counter(words(a)), Counter(words(b))
    union = sum((left | right).values())
    return sum((left & right).values()) / union if union else 0.0


def match_quotes(system: list[Quote], gold: list[dict]) -> dict[int, int]:
    """Gold index -> system index, one-to-one, best token overlap first."""
    pairs = sorted(
        (
            (score, gold_index, system_index)
            for gold_index, gold_quote in enumerate(gold)
            for system_index, quote in enumerate(system)
            if (score := token_jaccard(gold_quote["text"], quote.text)) >= QUOTE_MATCH_THRESHOLD
        ),
        key=lambda pair: (-pair[0], pair[1], pair[2]),
    )
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _, gold_index, system_index in pairs:
        if gold_index not in matched and system_index not in used:
            matched[gold_index] = system_index
            used.add(system_index)
    return matched


def _speaker_right(
    quote: Quote, speaker: str | None, analysis: Analysis, gold: dict, alignment: EntityAlignment
) -> bool:
    if quote.speaker is None or speaker is None:
        return quote.speaker is None and speaker is None
    names = {fold(speaker).casefold()}
    gold_entities = gold.get("entities", [])
    for index, entity in enumerate(gold_entities):
        if same_label(entity["canonical"], speaker):
            names.update(fold(variant).casefold() for variant in entity.get("variants", []))
            if entity["type"] == "PER":
                names.add(fold(entity["canonical"]).split(" ")[-1].casefold())  # surname
            if quote.speaker.entity_id and alignment.system_for(index) == quote.speaker.entity_id:
                return True
    return fold(quote.speaker.name).casefold() in names


def _cue_right(quote: Quote, cue: str | None, text: str) -> bool:
    if quote.cue is None or cue is None:
        return quote.cue is None and cue is None
    gold_words = sorted(words(cue))
    system_words = words(quote.cue.text) + [
        word for part in quote.cue.parts for word in words(text[part.start : part.end])
    ]
    return (
        gold_words == sorted(set(system_words))
        or gold_words == sorted(system_words)
        or fold(cue).casefold() in {quote.cue.lemma.casefold(), fold(quote.cue.text).casefold()}
        or words(cue)[:1] == words(quote.cue.text)[:1]
    )


def score_quotes(analysis: Analysis, gold: dict, alignment: EntityAlignment) -> Layer:
    gold_quotes = gold.get("quotes", [])
    # The gold folds a quoted phrase into the quote around it: skip nested quotes.
    quotes = [quote for quote in analysis.quotes if quote.nested_in is None]
    matched = match_quotes(quotes, gold_quotes)
    speaker = kind = cue = 0
    for gold_index, system_index in matched.items():
        gold_quote, quote = gold_quotes[gold_index], quotes[system_index]
        speaker += _speaker_right(quote, gold_quote.get("speaker"), analysis, gold, alignment)
        kind += quote.kind == gold_quote.get("kind")
        cue += _cue_right(quote, gold_quote.get("cue"), analysis.text)
    n_system, n_gold = len(quotes), len(gold_quotes)
    return {
        "quotes": Tally.matches(len(matched), n_system, n_gold),
        "quotes_speaker": Tally.matches(speaker, n_system, n_gold),
        "quotes_kind": Tally.matches(kind, n_system, n_gold),
        "quotes_cue": Tally.matches(cue, n_system, n_gold),
    }


def _code(actor: object) -> str | None:
    if actor is None:
        return None
    return getattr(actor, "code", None) or getattr(actor, "name", None)


def _in_sentence(event: Event, gold_event: dict, folded: FoldedText, text: str) -> bool:
    """The event's trigger lies in the gold sentence, or the sentences fold to the same text.

    Trigger containment tolerates sentence splits that differ by a closing quote mark.
    """
    sentence = gold_event["sentence"]
    if fold(text[event.sentence.start : event.sentence.end]) == fold(sentence):
        return True
    return any(
        start <= event.trigger.start and event.trigger.end <= end
        for start, end in folded.locate(sentence)
    )


def _full_match(event: Event, gold_event: dict) -> bool:
    if not same_label(gold_event.get("actor"), _code(event.actor)):
        return False
    recipient = _code(event.recipient)
    gold_recipient = gold_event.get("recipient")
    recipient_ok = same_label(gold_recipient, recipient) or (
        bool(gold_event.get("optional_recipient")) and recipient is None
    )
    return recipient_ok and event.negated == bool(gold_event.get("negated", False))


def _trigger_hint(event: Event, gold_event: dict) -> bool:
    return bool(set(words(gold_event.get("trigger", ""))) & set(words(event.trigger.text)))


def _match_events(candidates: list[tuple[bool, int, int]]) -> dict[int, int]:
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _, gold_index, system_index in sorted(candidates, key=lambda c: (not c[0], c[1], c[2])):
        if gold_index not in matched and system_index not in used:
            matched[gold_index] = system_index
            used.add(system_index)
    return matched


def align_events(
    analysis: Analysis, gold: dict, folded: FoldedText
) -> tuple[dict[int, int], dict[int, int]]:
    """(sentence+type matches, full matches): gold index -> system index, one-to-one."""
    typed: list[tuple[bool, int, int]] = []
    full: list[tuple[bool, int, int]] = []
    for gold_index, gold_event in enumerate(gold.get("events", [])):
        for system_index, event in enumerate(analysis.events):
            if event.type != gold_event["type"]:
                continue
            if not _in_sentence(event, gold_event, folded, analysis.text):
                continue
            hint = _trigger_hint(event, gold_event)
            typed.append((hint, gold_index, system_index))
            if _full_match(event, gold_event):
                full.append((hint, gold_index, system_index))
    return _match_events(typed), _match_events(full)


def score_events(analysis: Analysis, gold: dict, folded: FoldedText) -> Layer:
    gold_events = gold.get("events", [])
    type_matches, full_matches = align_events(analysis, gold, folded)
    asserted = sum(
        bool(gold_events[g].get("negated")) and not analysis.events[s].negated
        for g, s in type_matches.items()
    )
    n_system, n_gold = len(analysis.events), len(gold_events)
    return {
        "events": Tally.matches(len(full_matches), n_system, n_gold),
        "events_type": Tally.matches(len(type_matches), n_system, n_gold),
        "events_negated_asserted": Count(asserted),
    }
