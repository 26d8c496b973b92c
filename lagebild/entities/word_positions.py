"""Where an article's candidate rules start: positions found in one pass over its tokens.

Most entity rules begin at a capitalised word (a title, a group or institution noun, an
organisation's head, a name). Each of them testing every token of the article cost more
than the tests themselves; one shared pass lists those tokens once, and the rules iterate
only them.
"""

from __future__ import annotations

from dataclasses import dataclass

from lagebild.entities.candidates import Tok


@dataclass(frozen=True, slots=True)
class WordPositions:
    """An article's words and the positions of its capitalised ones."""

    words: list[str]
    #: ascending positions of the words whose first character is upper case (the test the
    #: rules' word look-ups, e.g. :func:`~lagebild.entities.names.title_of`, make first)
    capitalised: list[int]

    @classmethod
    def of(cls, tokens: list[Tok]) -> WordPositions:
        words = [token.text for token in tokens]
        return cls(words, [index for index, word in enumerate(words) if word[:1].isupper()])
