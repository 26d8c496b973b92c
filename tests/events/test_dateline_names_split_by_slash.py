"""A dateline of two names ("Jerusalem/Ramallah –") whose "/" is tagged as a bracket is one
dateline, not the first phrases of the report's first clause."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from lagebild.events.build import build_events
from lagebild.events.clauses import split_clauses
from lagebild.events.words import sentence_words
from lagebild.pipeline import register_extensions


def _tagged(items: list[tuple[str, str, str]]) -> Doc:
    """A sentence of (word, tag, lemma); "/" cannot be written in the kit's "word/TAG"."""
    register_extensions()
    words = [w for w, _, _ in items]
    spaces = [
        i + 1 < len(words) and words[i + 1] not in (".", "/") and words[i] != "/"
        for i in range(len(words))
    ]
    doc = Doc(
        spacy.blank("de").vocab,
        words=words,
        spaces=spaces,
        tags=[t for _, t, _ in items],
        lemmas=[lemma for _, _, lemma in items],
        sent_starts=[i == 0 for i in range(len(words))],
    )
    doc._.entities, doc._.quotes, doc._.places, doc._.dates = [], [], [], []
    return doc


def _items(text: str) -> list[tuple[str, str, str]]:
    items = []
    for item in text.split():
        word, tag, *rest = item.replace("SLASH", "/").split("|")
        items.append((word, tag, rest[0] if rest else word))
    return items


def test_two_dateline_names_are_a_clause_of_their_own() -> None:
    doc = _tagged(
        _items(
            "Jerusalem|NE SLASH|$( Ramallah|NE –|$( Netanyahu|NE und|KON Abbas|NE "
            "haben|VAFIN|haben miteinander|ADV telefoniert|VVPP|telefonieren .|$."
        )
    )
    clauses = split_clauses(sentence_words(next(iter(doc.sents))))
    assert [w.text for w in clauses[0].words] == ["Jerusalem", "Ramallah"]


def test_a_second_name_tagged_as_a_noun_is_no_arrested_party(kit) -> None:
    # "Holguin/Vatikanstadt – Während des Besuchs von Papst Franziskus … festgenommen"
    doc = _tagged(
        _items(
            "Holguin|NE SLASH|$( Vatikanstadt|NN –|$( Während|APPR des|ART Besuchs|NN|Besuch "
            "von|APPR Papst|NN Franziskus|NE sind|VAFIN|sein 50|CARD Dissidenten|NN|Dissident "
            "festgenommen|VVPP|festnehmen worden|VAPP|werden .|$."
        )
    )
    kit.add_entity(doc, "Vatikan", "GPE", "Vatikanstadt", code="VAT")
    kit.add_entity(doc, "Franziskus", "PER", "Franziskus")
    doc._.focus_country = "CU"
    recipients = [e.recipient.code for e in build_events(doc) if e.recipient]
    assert "VAT" not in recipients
