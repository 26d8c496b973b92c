"""The name words of a speaker phrase, and whether the phrase can name anyone at all.

A speaker's name is the last run of capitalised words that are not roles, dates or
speech verbs; a lone surname is completed from an earlier full mention ("Rjabkow" ->
"Sergej Ryabkow"); a bare adverb, adjective or date names no one.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc

from lagebild.dates.lexicon import full_month_names, weekdays
from lagebild.entities.names import one_letter_off
from lagebild.quotes.chunks import capitalised_at, determiner_at, is_common_noun, name_apostrophe_at
from lagebild.quotes.lexicon import (
    function_words,
    is_role,
    lower_set,
    possessive_owners,
    speech_verbs,
)
from lagebild.quotes.readings import readings
from lagebild.quotes.token_table import TokenTable, token_table


def is_date_word(word: str) -> bool:
    """A weekday or a full month name ("Donnerstag", "Jänner"): never a speaker's name."""
    return word in weekdays() or word in full_month_names()


def _name_candidate(table: TokenTable, i: int) -> bool:
    text = table.words[i]
    if not capitalised_at(table, i):
        return False
    if i in table.person_names:
        return True  # "Kurz", "Klug": a person's name, though also a word
    if function_words().get(table.lower[i]) or determiner_at(table, i):
        return False
    if table.lower[i] in possessive_owners():
        return False  # "Deren Vertreter versprechen …": a capital at the sentence start, no name
    return not (is_role(text) or is_date_word(text) or table.lower[i] in speech_verbs())


def name_words(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The last run of name words in ``[start, end)`` ("Wendy Sherman" in the apposition).

    A run counts when one of its words is no common noun, or when a title stands right
    before it ("Ministerin Anna Weber": Weber is also a common noun).
    """
    table = token_table(doc)
    words = table.words
    best = None
    i = start
    while i < end:
        if not _name_candidate(table, i):
            i += 1
            continue
        j = i
        while j < end and (
            _name_candidate(table, j)
            or (words[j] == "-" and j + 1 < end)
            or name_apostrophe_at(table, j)
        ):
            j += 1
        after_title = i > start and is_role(words[i - 1])
        if after_title or any(not is_common_noun(word) for word in words[i:j]):
            best = (i, j)
        i = j
    return best


def complete_name(doc: Doc, name: str, before: int) -> str:
    """Complete a lone surname from an earlier "First Last" mention (spelling may vary)."""
    if " " in name or len(name) < 4:
        return name
    table = token_table(doc)
    words = table.words
    for i in range(1, bisect_left(table.offsets, before)):
        word = words[i]
        if word != name and not (
            len(name) >= 6
            and abs(len(word) - len(name)) <= 1  # else no single edit: spare the call
            and one_letter_off(word, name)
        ):
            continue
        if not capitalised_at(table, i):
            continue
        if _name_candidate(table, i - 1) and not is_common_noun(words[i - 1]):
            return f"{words[i - 1]} {word}"
    return name


#: tags of words that can head a speaker phrase (nouns, names, pronouns)
NOMINAL_TAGS = frozenset({"NN", "NE", "FM", "XY", "TRUNC", "PPER", "PIS", "PDS", "PRELS", "PWS"})


def can_name_someone(doc: Doc, start: int, end: int) -> bool:
    """Not an adverb or adjective ("Bislang", "Sinngemäß") and not a date ("Anfang Juli")."""
    table = token_table(doc)
    tags = table.tags[start:end]
    named = any(k in table.person_names for k in range(start, end))  # "sagte Klug" (ADJD)
    if (
        all(tags)
        and NOMINAL_TAGS.isdisjoint(tags)
        and not named
        # "G29 fordert" (CARD): a name of letters and digits
        and not any(_letters_and_digits(word) for word in table.words[start:end])
    ):
        # a noun made of an adjective still names someone: "der 39-Jährige"
        nominalised = any(
            tag == "ADJA"
            and capitalised_at(table, k)
            and k > start
            and determiner_at(table, k - 1)
            and function_words().get(table.lower[k]) is None
            for k, tag in enumerate(tags, start)
        )
        if not nominalised:
            return False
    determiners = lower_set("determiners.txt")
    words = [
        word
        for word, low in zip(table.words[start:end], table.lower[start:end], strict=True)
        if low not in determiners
    ]
    if words and all(is_date_word(word) for word in words):
        return False  # "hat Donnerstag erklärt": a bare weekday the date stage left alone
    char_start, char_end = table.offsets[start], table.end_char(end - 1)
    return not any(
        date_start <= char_start and char_end <= date_end
        for date_start, date_end in readings(doc).dates
    )


def _letters_and_digits(word: str) -> bool:
    """A name mixing letters and digits ("G29", "9to5Mac"), which the tagger may take for a
    number."""
    return any(c.isdigit() for c in word) and any(c.isalpha() for c in word) and "-" not in word
