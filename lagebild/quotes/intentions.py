"""Stated intentions as reported speech: "Die SPD will die Steuern senken."

A party, government or person that "will" do something has announced a plan: the
sentence summarises their position without quoting it, like "forderte den Rücktritt".
The modal must be the finite verb of a main clause and its subject must name someone.
"""

from __future__ import annotations

from spacy.tokens import Doc

from lagebild.pipeline import doc_words
from lagebild.quotes.chunks import (
    CLAUSE_PUNCT,
    determiner_at,
    noun_phrase,
    noun_phrase_after,
    pronoun_at,
)
from lagebild.quotes.lexicon import lower_set
from lagebild.quotes.speaker_names import can_name_someone
from lagebild.quotes.speaker_position import is_personish
from lagebild.quotes.token_table import token_table
from lagebild.quotes.units import Unit

#: subjects that name nobody in particular ("es will", "das will")
IMPERSONAL = frozenset({"es", "das", "dies", "was", "wer"})


def intention_subject(doc: Doc, unit: Unit, masked: frozenset[int]) -> tuple[int, int] | None:
    """The subject of a main-clause "will"/"wollen" in ``unit``, or None."""
    tokens = token_table(doc)
    words = doc_words(doc)
    modals = lower_set("intention_modals.txt")
    reach = min(unit.end, unit.start + 12)
    if modals.isdisjoint(words[unit.start + 1 : reach]):
        return None  # most sentences: no "will" to look at (one test in C)
    modal = next(
        (
            i
            for i in range(unit.start + 1, reach)
            if i not in masked and words[i] in modals and tokens.tags[i] in {"VMFIN", ""}
        ),
        None,
    )
    if modal is None or any(words[i] in CLAUSE_PUNCT for i in range(unit.start, modal)):
        return None  # a subordinate or second clause: not the sentence's own statement
    if tokens.lower[unit.start] in IMPERSONAL:
        return None
    before = noun_phrase(doc, unit.start, modal, masked)
    if before is not None and before[1] == modal and can_name_someone(doc, before[0], before[1]):
        subject = before
    elif modal + 1 < unit.end and tokens.words[modal + 1] == "man":
        return (modal + 1, modal + 2)  # "will man den Bären fangen": the authorities' plan
    else:
        after = (
            modal + 2 if modal + 2 < unit.end and tokens.words[modal + 1] == "sich" else modal + 1
        )
        found = noun_phrase_after(doc, after, unit.end, masked)
        if found is None or tokens.lower[found[0]] in IMPERSONAL:
            return None
        subject = found
        if (
            before is not None
            and determiner_at(tokens, subject[0])
            and not pronoun_at(tokens, subject[0])
        ):
            return subject  # "Dort will die Forschergruppe …": adverb, modal, subject
    if tokens.lower[subject[0]] == "man" or (
        is_personish(doc, subject) and not (pronoun_at(tokens, subject[0]) and subject[0] > modal)
    ):
        return subject
    return None
