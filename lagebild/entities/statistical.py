"""Spans of the statistical NER (``lagebild.ner``) as low-priority candidates.

The rules know titles, first names and the actor knowledge base; the model adds persons
and organisations they miss ("Toby Lanzer", "Junis al-Mauretani"). Its spans rank below
every rule, so it only fills gaps. Optional: without the shipped model nothing changes.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from lagebild.entities.candidates import Candidate, Tok
from lagebild.entities.kb import ActorKB
from lagebild.entities.names import looks_like_name, title_of
from lagebild.entities.person_names import person_key
from lagebild.entities.persons import affiliation_after_name

NER_PRIORITY = 0
CharSpan = tuple[int, int, str]


def load_statistical_ner() -> bool:
    """Load the model now if it is shipped; whether it is."""
    try:
        from lagebild.ner import MODEL_DIR, load_ner
    except ImportError:
        return False
    if not MODEL_DIR.is_dir():
        return False
    load_ner()
    return True


def _token_range(tokens: list[Tok], start: int, end: int) -> tuple[int, int] | None:
    starts = [token.start for token in tokens]
    first = bisect_left(starts, start)
    last = bisect_right(starts, end - 1) - 1
    if first >= len(tokens) or last < first or tokens[first].start != start:
        return None
    return first, last


def ner_candidates(tokens: list[Tok], spans: list[CharSpan], kb: ActorKB) -> list[Candidate]:
    found = []
    for start, end, label in spans:
        if label != "PER":
            continue
        token_range = _token_range(tokens, start, end)
        if token_range is None:
            continue
        first, last = token_range
        while first <= last and title_of(tokens[first].text):
            first += 1  # "Brigadegeneral Farrukh Shehzad": the title is no part of the name
        words = [token.text for token in tokens[first : last + 1]]
        # a single word is too often a place or a misread surname; names have two parts
        if (
            len(words) < 2
            or (tuple(words),) in kb.phrases
            or not all(looks_like_name(word, within_name=True) or word.islower() for word in words)
        ):
            continue
        surname = words[-1].split("-")[-1] if words[-1].startswith("al-") else words[-1]
        found.append(
            Candidate(
                first=first,
                last=last,
                type="PER",
                kind="name",
                key=person_key(surname),
                name=" ".join(words),
                priority=NER_PRIORITY,
                affiliation=affiliation_after_name(tokens, last + 1, kb),
            )
        )
    return found
