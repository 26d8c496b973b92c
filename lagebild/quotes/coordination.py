"""Noun phrases joined into one subject, and lists inside one phrase's attribute.

"Weder die G8, noch die EU oder die Ukraine", "Frankreich, Italien und Spanien" speak
together; "Menschen in Ungarn, Österreich oder Deutschland" is one phrase whose attribute
takes a list, named by its head. Built on the chunker of :mod:`lagebild.quotes.chunks`.
"""

from __future__ import annotations

from spacy.tokens import Doc

from lagebild.quotes.chunks import (
    capitalised_at,
    determiner_at,
    genitive_words,
    is_common_noun,
    noun_phrase_at,
    pronoun_at,
)
from lagebild.quotes.lexicon import lower_set, word_list
from lagebild.quotes.token_table import TokenTable, token_table

#: the first word of a paired conjunction before the first conjunct ("Weder X noch Y")
CORRELATIVES: dict[str, tuple[str, ...]] = {
    "weder": ("noch",),
    "sowohl": ("als", "wie"),
    "entweder": ("oder",),
}
#: words joining two conjuncts of a subject; "als auch"/"wie auch" after "sowohl"
CONJUNCT_JOINS = frozenset({"und", "oder", "sowie", "noch"})
#: a coordination needs one of these: a join, or a correlative before the first conjunct
_JOINING_WORDS = CONJUNCT_JOINS | frozenset(CORRELATIVES)


def coordinated_phrase(
    doc: Doc, i: int, end: int, masked: frozenset[int] = frozenset()
) -> tuple[int, int] | None:
    """Noun phrases joined across commas or by a paired conjunction, starting at ``i``:
    "Weder die G8, noch die EU oder die Ukraine", "Sowohl die SPD als auch die Grünen",
    "Frankreich, Italien und Spanien". The range covers the conjuncts, not the leading
    "Weder"/"Sowohl"; None unless at least two conjuncts are joined by a conjunction
    (:func:`noun_phrase` alone reads "X und Y" without a comma). A list that goes on inside
    the first phrase's attribute ("Menschen in Ungarn, Österreich oder Deutschland") is no
    coordination: see :func:`attribute_list_phrase`."""
    found = _coordination(doc, i, end, masked)
    if found is None or found[2]:
        return None
    return found[0], found[1]


def attribute_list_phrase(
    doc: Doc, i: int, end: int, masked: frozenset[int] = frozenset()
) -> tuple[int, int, int] | None:
    """One noun phrase whose attribute takes a list, starting at ``i``: "Menschen in Ungarn,
    Österreich oder Deutschland", "Flüchtlinge aus Syrien, dem Irak und Afghanistan". Its
    start, the end of its head before the attribute ("Menschen") and its end."""
    found = _coordination(doc, i, end, masked)
    if found is None or not found[2]:
        return None
    table = token_table(doc)
    first = noun_phrase_at(table, found[0], end, masked)
    attribute = _attribute_object(table, first, masked) if first is not None else None
    return None if attribute is None else (found[0], attribute[0], found[1])


def _coordination(
    doc: Doc, i: int, end: int, masked: frozenset[int]
) -> tuple[int, int, bool] | None:
    """The range of phrases joined from ``i`` on and whether the joined parts are objects of
    the first phrase's attribute rather than phrases of their own; None for one phrase."""
    table = token_table(doc)
    words, lower = table.words, table.lower
    if _JOINING_WORDS.isdisjoint(lower[i:end]):
        return None  # nothing joins two phrases here (the common case, read without parsing)
    start = i
    if i < end and lower[i] in CORRELATIVES:
        start = i + 1
    first = noun_phrase_at(table, start, end, masked)
    if first is None or pronoun_at(table, first[0]):
        return None
    attribute = _attribute_object(table, first, masked)
    stop, conjuncts, inside = first[1], 1, False
    while stop < end:
        j = stop
        comma = words[j] == ","
        if comma:
            j += 1
        word = lower[j] if j < end else ""
        if word in {"als", "wie"} and j + 1 < end and lower[j + 1] == "auch":
            j += 2  # "sowohl X als auch Y"
        elif word in CONJUNCT_JOINS:
            j += 1
        elif not comma:
            break
        conjunct = noun_phrase_at(table, j, end, masked)
        if conjunct is None or pronoun_at(table, conjunct[0]):
            break
        # "Menschen in Ungarn, Österreich oder Deutschland": the parts after the first must
        # have heads of their own; the list that goes on inside "in …" is one subject
        continued = attribute is not None and _continues_attribute(
            table, first, attribute, conjunct
        )
        if conjuncts > 1 and continued != inside:
            break  # the parts change kind: keep those of the first's kind
        inside = continued
        stop, conjuncts = conjunct[1], conjuncts + 1
    # a bare comma list needs a conjunction somewhere ("Italien und Spanien"): "Der
    # Minister, Hans Müller" is an apposition
    joined = start > i or any(lower[k] in CONJUNCT_JOINS for k in range(start, stop))
    if conjuncts < 2 or not joined or (inside and start > i):
        return None
    return start, stop, inside


def _attribute_object(
    table: TokenTable, phrase: tuple[int, int], masked: frozenset[int]
) -> tuple[int, int] | None:
    """Where the phrase's last attribute starts and where its object starts: "in" and
    "Ungarn" of "Menschen in Ungarn", "von" and "der" of "Chef von der Bank", "der" twice of
    "Vertreter der Regierung". None for a phrase without an attribute."""
    words = table.words
    start, stop = phrase
    content = start + 1 if determiner_at(table, start) else start
    links = word_list("place_links.txt") | genitive_words()
    found = None
    for k in range(content + 1, stop - 1):
        if k in masked or words[k] not in links:
            continue
        if found is not None and found[1] == k:
            continue  # the article after "von": "von der Bank"
        article = determiner_at(table, k) or words[k] in word_list("genitive_determiners.txt")
        found = (k, k if article else k + 1)
    return found


def _kind(table: TokenTable, i: int, end: int) -> tuple[str, bool | None]:
    """A phrase's article (lower case, "" for none) and whether its first noun is a name."""
    article = table.lower[i] if determiner_at(table, i) else ""
    noun = next(
        (
            table.words[k]
            for k in range(i, end)
            if capitalised_at(table, k) and not determiner_at(table, k)
        ),
        None,
    )
    return article, (None if noun is None else not is_common_noun(noun))


def _continues_attribute(
    table: TokenTable,
    first: tuple[int, int],
    attribute: tuple[int, int],
    conjunct: tuple[int, int],
) -> bool:
    """Whether ``conjunct`` (after a comma or "und") is one more object of the first
    phrase's attribute rather than a phrase with a head of its own: it is of the attribute's
    kind (an article that opens no subject, a name where the head is a common noun, the
    attribute's article where the head has another)."""
    article, name = _kind(table, conjunct[0], conjunct[1])
    if article in lower_set("non_nominative_determiners.txt"):
        return True  # "aus Syrien, dem Irak und Afghanistan"
    head_article, head_name = _kind(table, first[0], attribute[0])
    object_article, object_name = _kind(table, attribute[1], first[1])
    if name is not None and head_name != object_name:
        return name == object_name  # "Menschen in Ungarn, Österreich": names like "Ungarn"
    return article == object_article != head_article  # "Vertreter der Regierung, der Kirchen"
