"""Document-level consistency: a name tagged once is the same entity everywhere in the text.

The statistical tagger decides token by token from a narrow window, so it may tag
"Sherman" in one sentence and miss it in the next. After tagging, every further
occurrence of a tagged name (and of the surname of a tagged full name) that is not yet
inside an entity gets the same label, and a one-word entity that is the surname of a
tagged full name becomes PER ("Stoltenberg" after "Jens Stoltenberg").
"""

from __future__ import annotations

from collections import Counter, defaultdict

from spacy.tokens import Doc, Span

MAX_NAME_TOKENS = 6


def _name_key(span: Span) -> tuple[str, ...] | None:
    words = tuple(token.text for token in span)
    if not words[0][:1].isupper() or len("".join(words)) < 2:
        return None
    return words


def propagate_names(doc: Doc) -> Doc:
    """Add entities for untagged repetitions of the names tagged in ``doc``."""
    votes: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for ent in doc.ents:
        key = _name_key(ent)
        if key is None or len(key) > MAX_NAME_TOKENS:
            continue
        votes[key][ent.label_] += 1
        if ent.label_ == "PER" and len(ent) >= 2 and ent[-1].text[:1].isupper():
            votes[(ent[-1].text,)]["PER"] += 1  # "Sherman" after "Wendy Sherman"
    if not votes:
        return doc
    _relabel_surnames(doc)
    names_by_first_word = _names_by_first_word(votes)
    words = [token.text for token in doc]
    taken = [False] * len(doc)
    for ent in doc.ents:
        for index in range(ent.start, ent.end):
            taken[index] = True
    added: list[Span] = []
    index = 0
    while index < len(doc):
        candidates = None if taken[index] else names_by_first_word.get(words[index])
        match = _longest_name_at(words, index, candidates, taken) if candidates else None
        if match is None:
            index += 1
            continue
        length, label = match
        added.append(Span(doc, index, index + length, label=label))
        index += length
    if added:
        doc.ents = sorted([*doc.ents, *added], key=lambda span: span.start)
    return doc


def _relabel_surnames(doc: Doc) -> None:
    """A one-word entity that is the surname of a tagged full name is that person."""
    surnames = {ent[-1].text for ent in doc.ents if ent.label_ == "PER" and len(ent) >= 2}
    if not any(len(ent) == 1 and ent.text in surnames and ent.label_ != "PER" for ent in doc.ents):
        return
    doc.ents = [
        Span(doc, ent.start, ent.end, label="PER")
        if len(ent) == 1 and ent.text in surnames
        else ent
        for ent in doc.ents
    ]


def _names_by_first_word(
    votes: dict[tuple[str, ...], Counter[str]],
) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Each tagged name with its majority label, under its first word, longest name first."""
    by_first_word: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    for key, counter in votes.items():
        by_first_word[key[0]].append((key, counter.most_common(1)[0][0]))
    for names in by_first_word.values():
        names.sort(key=lambda item: -len(item[0]))
    return by_first_word


def _longest_name_at(
    words: list[str],
    start: int,
    candidates: list[tuple[tuple[str, ...], str]],
    taken: list[bool],
) -> tuple[int, str] | None:
    """The longest name of ``candidates`` written at ``start`` over untagged tokens."""
    for key, label in candidates:
        end = start + len(key)
        if end > len(words) or any(taken[start:end]):
            continue
        if tuple(words[start:end]) == key:
            return len(key), label
    return None
