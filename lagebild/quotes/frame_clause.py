"""Where the main clause of a mid-sentence source frame starts, past a clause mark.

"Damaskus – Bei Kämpfen ist nach Angaben von Experten Senfgas eingesetzt worden" and "Wo
das Geld gedruckt wurde, ist nach Angaben der Polizei noch offen": the dash after a dateline
and the comma after a fronted subordinate clause (the main clause's first field) end no
clause of their own, so the content is the sentence on both sides of the frame, not one
side of it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from lagebild.quotes.clauses import first_word_opens_subordinate
from lagebild.quotes.token_table import token_table

#: the dashes that close a dateline ("Damaskus –")
DASHES = frozenset({"–", "—"})
#: the most words a dateline has ("Colombo/Genf", "Tel Aviv", "St. Pölten")
MAX_DATELINE = 4
FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})


def main_clause_start(doc: Doc, unit_start: int, left: int) -> int | None:
    """The first token of the content before a frame whose clause starts at ``left`` after a
    clause mark, where that mark ends no clause: after a dateline, ``left``; after a fronted
    subordinate clause, the unit's start. None elsewhere."""
    tokens = token_table(doc)
    if left <= unit_start:
        return None
    mark = tokens.words[left - 1]
    if mark in DASHES and _dateline(doc, unit_start, left - 1):
        return left
    if mark == "," and tokens.tags[left] in FINITE_TAGS and _opens_fronted(doc, unit_start):
        return unit_start
    return None


def _dateline(doc: Doc, start: int, dash: int) -> bool:
    """Whether ``[start, dash)`` is a dateline: a few capitalised words ("Colombo/Genf")."""
    tokens = token_table(doc)
    words = tokens.words[start:dash]
    return 0 < len(words) <= MAX_DATELINE and all(
        word[:1].isupper() or word in {"/", "."} for word in words
    )


def _opens_fronted(doc: Doc, start: int) -> bool:
    """Whether the unit opens with a subordinate clause ("Wo …", "Ob …", "Weil …") whose
    only comma is the one before the main clause's verb."""
    tokens = token_table(doc)
    return first_word_opens_subordinate(doc[start]) or tokens.tags[start] in {"PWAV", "PWS"}
