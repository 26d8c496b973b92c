"""Where an article's candidate rules start: positions found in one pass over its tokens.

Most entity rules begin at a capitalised word (a title, a group or institution noun, an
organisation's head, a name). Each of them testing every token of the article cost more
than the tests themselves; one shared pass lists those tokens once, and the rules iterate
only them. The words, their lower-case forms and their tags are kept as plain lists too:
the rules that look up every token read them instead of each token's attributes.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from itertools import compress, count
from operator import attrgetter

from lagebild.entities.candidates import Tok
from lagebild.entities.suffixes import Tails


def positions_in(words: list[str], listed: Collection[str]) -> list[int]:
    """Ascending positions of the words that ``listed`` contains. The look-ups run in C, one
    per word, with no Python step per word: most rules look up every word of an article
    in a list and go on from the few it contains."""
    return list(compress(count(), map(listed.__contains__, words)))


@dataclass(frozen=True, slots=True)
class WordPositions:
    """An article's words and the positions of its capitalised ones."""

    words: list[str]
    #: ascending positions of the words whose first character is upper case (the test the
    #: rules' word look-ups, e.g. :func:`~lagebild.entities.names.title_of`, make first)
    capitalised: list[int]
    #: each word in lower case (pronouns, possessives, endings are looked up so)
    lowered: list[str]
    #: each token's STTS tag ("" where the tagger set none)
    tags: list[str]
    #: tail length -> the capitalised positions by their word's last letters, lower case
    #: (made on first use, see :meth:`capitalised_ending_in`)
    _by_tail: dict[int, dict[str, list[int]]] = field(default_factory=dict)

    @classmethod
    def of(cls, tokens: list[Tok]) -> WordPositions:
        # the columns read in C (``attrgetter``), not by a Python step per token
        words = list(map(attrgetter("text"), tokens))
        return cls(
            words,
            [index for index, word in enumerate(words) if word[:1].isupper()],
            list(map(str.lower, words)),
            list(map(attrgetter("tag"), tokens)),
        )

    def capitalised_ending_in(self, tails: Tails | None) -> list[int]:
        """The capitalised positions whose word's last letters are among ``tails`` (see
        :func:`~lagebild.entities.suffixes.may_end_in`), ascending. A rule whose word test
        answers None for every other word tests only these few: the last letters of the
        article's words are matched against the listed ones by one set intersection."""
        if tails is None:
            return self.capitalised
        by_tail = self._by_tail.get(tails.length)
        if by_tail is None:
            by_tail = self._by_tail[tails.length] = {}
            lowered, length = self.lowered, tails.length
            for index in self.capitalised:
                by_tail.setdefault(lowered[index][-length:], []).append(index)
        return sorted(index for tail in by_tail.keys() & tails.letters for index in by_tail[tail])
