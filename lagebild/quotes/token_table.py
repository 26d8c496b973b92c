"""The token attributes the chunker and the speaker rules read, as lists read once per Doc.

``doc[i]`` makes a Token object and ``token.text`` or ``token.tag_`` looks the string up
again on every access; the speaker rules read the same few tokens many times (each start
of :func:`~lagebild.quotes.chunks.noun_phrase_before` walks the phrase anew). One array
read per attribute and Doc gives plain lists instead, indexed like the Doc.

The table holds while the quote stage runs (it changes no tokens, tags or POS);
:func:`~lagebild.quotes.readings.drop_readings` drops it with the other readings.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.attrs import POS, TAG
from spacy.tokens import Doc

from lagebild.pipeline import doc_offsets, doc_strings, doc_words
from lagebild.quotes.lexicon import function_words, lower_set

#: Where :func:`token_table` keeps a Doc's table (in ``Doc.user_data``).
TABLE_KEY = "lagebild.quotes.token_table"


@dataclass(unsafe_hash=True, slots=True)  # not frozen: its own __init__ sets the fields
class TokenTable:
    words: list[str]  # token.text
    lower: list[str]  # token.text.lower()
    tags: list[str]  # token.tag_
    pos: list[int]  # token.pos (0 where unset, so ``token.pos_`` is "")
    offsets: list[int]  # token.idx
    #: the answers of :func:`~lagebild.quotes.chunks.nominal_at` so far, None where unasked
    nominal: list[bool | None] = field(default_factory=list)
    #: the capitalised tokens of person names the entity stage found: such a word names
    #: someone whatever its tag or word class says ("sagte Kurz", "sagte Klug")
    person_names: frozenset[int] = frozenset()

    # Written out: mypyc compiles it, where the dataclass's own would run as Python.
    def __init__(
        self,
        words: list[str],
        lower: list[str],
        tags: list[str],
        pos: list[int],
        offsets: list[int],
        nominal: list[bool | None] | None = None,
        person_names: frozenset[int] = frozenset(),
    ) -> None:
        self.words = words
        self.lower = lower
        self.tags = tags
        self.pos = pos
        self.offsets = offsets
        self.nominal = [] if nominal is None else nominal
        self.person_names = person_names

    def end_char(self, i: int) -> int:
        """The character after token ``i`` (``token.idx + len(token.text)``)."""
        return self.offsets[i] + len(self.words[i])

    def spaced(self, i: int) -> bool:
        """Whether whitespace follows token ``i`` (``token.whitespace_``), for all but the
        last token: the next one starts after it, not right at its end."""
        return self.offsets[i + 1] != self.offsets[i] + len(self.words[i])


def token_table(doc: Doc) -> TokenTable:
    """The Doc's table, read on the first call of the stage."""
    found = doc.user_data.get(TABLE_KEY)
    if found is None or len(found.words) != len(doc):
        found = doc.user_data[TABLE_KEY] = _read(doc)
    return found


def drop_token_table(doc: Doc) -> None:
    """Forget the table: a later stage may change tags."""
    doc.user_data.pop(TABLE_KEY, None)


def _read(doc: Doc) -> TokenTable:
    words = doc_words(doc)
    if not words:
        return TokenTable([], [], [], [], [], [])
    offsets = doc_offsets(doc)
    return TokenTable(
        words=words,
        lower=list(map(str.lower, words)),  # mapped in C, no bytecode per word
        tags=doc_strings(doc, TAG),  # as an earlier stage read them, where none changed since
        pos=doc.to_array(POS).tolist(),
        offsets=offsets,
        nominal=[None] * len(words),
        person_names=_person_name_tokens(doc, words, offsets),
    )


def _person_name_tokens(doc: Doc, words: list[str], offsets: list[int]) -> frozenset[int]:
    """The indices of capitalised tokens inside the name mentions of persons, but for
    prepositions, conjunctions and articles: an adverb or adjective may be a surname
    ("Kurz", "Klug"), "Am" of a misread "Am Befestigungsmechanismus" is none."""
    classes = function_words()
    articles = lower_set("determiners.txt")
    found: set[int] = set()
    for entity in doc._.entities or []:
        if entity.type != "PER":
            continue
        for mention in entity.mentions:
            if mention.kind != "name":
                continue
            k = bisect_left(offsets, mention.start)
            while k < len(words) and offsets[k] < mention.end:
                low = words[k].lower()
                if (
                    words[k][:1].isupper()
                    and classes.get(low, "adv") == "adv"
                    and low not in articles
                ):
                    found.add(k)
                k += 1
    return frozenset(found)
