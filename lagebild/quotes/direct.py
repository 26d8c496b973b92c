"""Quotation marks in every German convention, paired into quotations."""

from __future__ import annotations

import re
from dataclasses import dataclass

#: opening mark -> the marks that close it
CLOSERS: dict[str, str] = {
    "„": '“”"',
    "“": '”"',
    "”": "”",
    "»": "«",
    "«": "»",
    "‚": "‘’'",
    "›": "‹",
    "‹": "›",
    '"': '"',
    "'": "'",
}
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
#: The characters the pairing below acts on (marks, apostrophes, line breaks); the text
#: between them is skipped in one search.
_ACTIVE_CHARS = frozenset({"\n", *CLOSERS, *"".join(CLOSERS.values())})
_ACTIVE = re.compile("[" + re.escape("".join(sorted(_ACTIVE_CHARS))) + "]")


@dataclass(frozen=True)
class Quotation:
    """An outermost quotation: ``start``/``end`` include the marks, ``inner_*`` exclude them."""

    start: int
    end: int

    @property
    def inner_start(self) -> int:
        return self.start + 1

    @property
    def inner_end(self) -> int:
        return self.end - 1


def _is_apostrophe(text: str, i: int) -> bool:
    """A straight or typographic single quote between letters (geht's, Obama's)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalnum() and (after.isalnum() or after.isspace() or after in ".,;")


def _closes_straight(text: str, i: int, stack: list[tuple[str, int]]) -> bool:
    """Inside an open 'quotation' a straight mark before a space or punctuation closes it
    ("'Langzeitarbeitslose' dürfen …"), rather than being an apostrophe ("Hans' Buch")."""
    after = text[i + 1] if i + 1 < len(text) else " "
    return bool(stack) and stack[-1][0] == "'" == text[i] and not after.isalnum()


def find_quotations(text: str) -> list[Quotation]:
    """Outermost quotations; nested ones stay inside their parent.

    A quotation that is not closed by the end of its paragraph continues only when the
    next paragraph opens with the same mark (the convention for quotes over paragraphs).
    """
    found: list[Quotation] = []
    stack: list[tuple[str, int]] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char not in _ACTIVE_CHARS:
            active = _ACTIVE.search(text, i)
            if active is None:
                break
            i = active.start()
            char = text[i]
        if char == "\n" and stack:
            match = PARAGRAPH_BREAK.match(text, i)
            if match:
                nxt = match.end()
                if nxt < len(text) and text[nxt] == stack[0][0] and len(stack) == 1:
                    i = nxt + 1  # the quote goes on in the next paragraph
                    continue
                stack.clear()
                i = match.end()
                continue
        if (
            char in "'’‘"
            and _is_apostrophe(text, i)
            and not (stack and stack[-1][0] == "‚" and char in "‘")
            and not _closes_straight(text, i, stack)
        ):
            i += 1
            continue
        if stack and char in CLOSERS[stack[-1][0]]:
            opener, start = stack.pop()
            if not stack:
                found.append(Quotation(start, i + 1))
        elif char in CLOSERS and not (char == "”" and not stack):
            if char == "'" and i + 1 < len(text) and not text[i + 1].isalpha():
                i += 1
                continue
            stack.append((char, i))
        i += 1
    return found
