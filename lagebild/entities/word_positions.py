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
from operator import itemgetter

from lagebild.entities.candidates import Tok
from lagebild.entities.suffixes import Tails


def positions_in(words: list[str], listed: Collection[str]) -> list[int]:
    """Ascending positions of the words that ``listed`` contains. The look-ups run in C, one
    per word, with no Python step per word: most rules look up every word of an article
    in a list and go on from the few it contains. Compiled, the loop is C too, with no
    call per word."""
    found: list[int] = []
    for index in range(len(words)):
        if words[index] in listed:
            found.append(index)
    return found


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
    #: tail length -> the last letters of each capitalised word, lower case, in the order
    #: of :attr:`capitalised` (made on first use, see :meth:`capitalised_ending_in`)
    _capitalised_tails: dict[int, list[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, tokens: list[Tok]) -> WordPositions:
        # compiled, these loops read the columns in C, without a call per token
        words = [token.text for token in tokens]
        capitalised: list[int] = []
        for index in range(len(words)):
            if words[index][:1].isupper():
                capitalised.append(index)
        return cls(
            words,
            capitalised,
            [word.lower() for word in words],
            [token.tag for token in tokens],
        )

    def capitalised_ending_in(self, tails: Tails | None) -> list[int]:
        """The capitalised positions whose word's last letters are among ``tails`` (see
        :func:`~lagebild.entities.suffixes.may_end_in`), ascending. A rule whose word test
        answers None for every other word tests only these few. The last letters are cut
        once per length, and each rule's are looked up in C, with no Python step per word
        (six rules ask, each for other letters)."""
        if tails is None:
            return self.capitalised
        ends = self._capitalised_tails.get(tails.length)
        if ends is None:
            last_letters = itemgetter(slice(-tails.length, None))
            lowered = map(self.lowered.__getitem__, self.capitalised)
            ends = self._capitalised_tails[tails.length] = list(map(last_letters, lowered))
        letters = tails.letters
        capitalised = self.capitalised
        found: list[int] = []
        for at in range(len(ends)):
            if ends[at] in letters:
                found.append(capitalised[at])
        return found
