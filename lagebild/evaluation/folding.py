"""Whitespace folding, as the gold files use it, with a way back to original offsets.

Gold strings are substrings of the article after every whitespace run is folded into one
space; :class:`FoldedText` finds them there and maps the hits back to ``Analysis.text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WHITESPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """Fold whitespace runs into one space and strip the ends."""
    return _WHITESPACE.sub(" ", text).strip()


def words(text: str) -> list[str]:
    """Lower-cased word tokens, for token-overlap comparisons."""
    return [match.group().lower() for match in _WORD.finditer(text)]


@dataclass(frozen=True)
class FoldedText:
    """The folded text and, for each folded character, its offset in the original."""

    original: str
    folded: str
    offsets: tuple[int, ...]

    @classmethod
    def of(cls, original: str) -> FoldedText:
        chars: list[str] = []
        offsets: list[int] = []
        in_space = False
        for index, char in enumerate(original):
            if char.isspace():
                if not in_space:
                    chars.append(" ")
                    offsets.append(index)
                in_space = True
                continue
            in_space = False
            chars.append(char)
            offsets.append(index)
        return cls(original, "".join(chars), tuple(offsets))

    def locate(self, needle: str) -> list[tuple[int, int]]:
        """All occurrences of ``needle`` (folded) as ``(start, end)`` original offsets."""
        target = fold(needle)
        if not target:
            return []
        spans: list[tuple[int, int]] = []
        position = self.folded.find(target)
        while position >= 0:
            last = position + len(target) - 1
            spans.append((self.offsets[position], self.offsets[last] + 1))
            position = self.folded.find(target, position + 1)
        return spans


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Number of characters two half-open spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))
