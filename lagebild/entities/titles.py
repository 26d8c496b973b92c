"""Media and clubs named after a place: "New York Times", "Chicago Bulls", "Wiener Zeitung",
"Eintracht Frankfurt", "SK Rapid Wien", "die Tageszeitung Österreich". Each is an
organisation of its own (code: its name, no state), never a person, and its place is no
place of the article.

The title words, club words and medium nouns are the places layer's
(``lagebild/places/data``, through its loaders), so that both layers agree on what makes a
place part of a title.
"""

from __future__ import annotations

from functools import cache

from lagebild.entities.candidates import Candidate, Tok, named_organisation
from lagebild.entities.names import is_common_noun
from lagebild.entities.origins import is_place_name, state_of_place
from lagebild.entities.word_positions import WordPositions
from lagebild.places.gazetteer import load_club_prefixes, load_medium_endings, load_title_heads

#: what may follow a medium's title that is a bare place name
_TITLE_ENDS = frozenset({",", ".", ";", ":", "(", ")", "!", "?", "–"})
#: above persons (5): "New York Giants" is no person named Giants
PRIORITY = 6
#: words of a place name at most ("Santiago de Chile")
MAX_PLACE_TOKENS = 3
#: club words in a row at most ("FC Bayern München", "SK Rapid Wien")
MAX_CLUB_WORDS = 3


@cache
def club_prefixes() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Club words before a place as word tuples ("Red Bull", "FC"), under their first word,
    longest first: one look-up per token instead of a scan of the whole list."""
    by_first_word: dict[str, list[tuple[str, ...]]] = {}
    for prefix in load_club_prefixes():
        words = tuple(prefix.split())
        by_first_word.setdefault(words[0], []).append(words)
    return {
        word: tuple(sorted(prefixes, key=len, reverse=True))
        for word, prefixes in by_first_word.items()
    }


def _is_title_head(word: str) -> bool:
    heads = load_title_heads()
    return word in heads or ("-" in word and word.rsplit("-", 1)[1] in heads)


def _is_place(words: list[str]) -> bool:
    """ "New York", "Frankfurt" (by any name the gazetteer knows, the other word vouches for
    it); or a place's adjective ("Wiener", "Frankfurter")."""
    if not all(word[:1].isupper() and word.replace("-", "").isalpha() for word in words):
        return False
    name = " ".join(words)
    if is_place_name(name):
        return True
    if len(words) == 1 and name.endswith("er") and state_of_place(name[:-2]) is not None:
        return True  # "Frankfurter" (a noun as well, but not before a title or club word)
    # "Austria Center": a word, which GeoNames also lists as a town, is no place here
    return not (len(words) == 1 and is_common_noun(name)) and state_of_place(name) is not None


def _place_before(tokens: list[Tok], head: int) -> int | None:
    for length in range(min(MAX_PLACE_TOKENS, head), 0, -1):
        if _is_place([token.text for token in tokens[head - length : head]]):
            return head - length
    return None


def _club_words(tokens: list[Tok], index: int) -> int:
    """How many tokens from ``index`` are club words ("SK Rapid" -> 2)."""
    end = index
    prefixes_by_first_word = club_prefixes()
    for _ in range(MAX_CLUB_WORDS):
        if end >= len(tokens):
            break
        for prefix in prefixes_by_first_word.get(tokens[end].text, ()):
            if tuple(token.text for token in tokens[end : end + len(prefix)]) == prefix:
                end += len(prefix)
                break
        else:
            break
    return end - index


def _place_after(tokens: list[Tok], start: int) -> int | None:
    """The last token of a place name that begins at ``start``, longest first."""
    for length in range(min(MAX_PLACE_TOKENS, len(tokens) - start), 0, -1):
        if _is_place([token.text for token in tokens[start : start + length]]):
            return start + length - 1
    return None


def _name(tokens: list[Tok], first: int, last: int) -> str:
    return " ".join(token.text for token in tokens[first : last + 1])


def title_candidates(tokens: list[Tok], positions: WordPositions) -> list[Candidate]:
    found = []
    words = positions.words
    heads = load_title_heads()
    resume = 1  # a place stands before the title word; then: the tokens of a title found
    # the few title words found by one comprehension, the rest of the test in the loop
    for index in [
        index
        for index, text in enumerate(words)
        if text in heads or ("-" in text and _is_title_head(text))
    ]:
        # "<place> <title word>…": "New York Times", "Frankfurter Allgemeine Zeitung"
        if index < resume or (first := _place_before(tokens, index)) is None:
            continue
        last = index
        while last + 1 < len(tokens) and _is_title_head(words[last + 1]):
            last += 1
        found.append(named_organisation(first, last, _name(tokens, first, last), PRIORITY))
        resume = last + 1
    resume = 0  # the tokens before it belong to a club found already
    club_words = club_prefixes()
    for index in [index for index, text in enumerate(words) if text in club_words]:
        if index < resume:
            continue
        # "<club word>… <place>": "Eintracht Frankfurt", "SK Rapid Wien", "Bayern München"
        count = _club_words(tokens, index)
        if count and (place_last := _place_after(tokens, index + count)) is not None:
            found.append(
                named_organisation(index, place_last, _name(tokens, index, place_last), PRIORITY)
            )
            resume = place_last + 1
            continue
        resume = index + max(count, 1)
    return found + _medium_candidates(tokens, positions)


def _medium_candidates(tokens: list[Tok], positions: WordPositions) -> list[Candidate]:
    """ "die Tageszeitung Österreich": a place right after a medium's noun is its title,
    where the title ends with it ("die Zeitung Le Monde" is not titled "Le")."""
    found = []
    endings = load_medium_endings()
    lowered = positions.lowered
    for index in [index for index, text in enumerate(lowered[:-1]) if text.endswith(endings)]:
        if (last := _place_after(tokens, index + 1)) is not None and _title_ends(tokens, last + 1):
            found.append(
                named_organisation(index + 1, last, _name(tokens, index + 1, last), PRIORITY)
            )
    return found


def _title_ends(tokens: list[Tok], index: int) -> bool:
    """Whether no word of a longer title follows: the text ends, a lower-case word or a
    sentence mark ("Österreich (Sonntag-Ausgabe)", not "Le Monde", "Athina 984")."""
    if index >= len(tokens):
        return True
    word = tokens[index].text
    return (word.isalpha() and word.islower()) or word in _TITLE_ENDS
