"""Where a "laut"/"nach" source phrase ends when the content's first noun follows it bare.

"Im Irak ist nach Angaben unabhängiger Experten Senfgas eingesetzt worden": the source is
"Angaben unabhängiger Experten"; "Senfgas" opens the content. A genitive takes its noun with
an article or an adjective ("der Polizei", "unabhängiger Experten"); a second common noun
right after the genitive's noun, bare, belongs to it only as a name would ("Agentur
Tanjug", "Initiative Religion ist Privatsache"). Two plain common nouns in a row therefore
mark the content's start.
"""

from __future__ import annotations

from spacy.tokens import Doc

from lagebild.entities.quoted_names import introduces_name
from lagebild.quotes.chunks import CLAUSE_PUNCT, determiner_at, is_common_noun
from lagebild.quotes.lexicon import is_role, lower_set, speech_noun_medium
from lagebild.quotes.token_table import TokenTable, token_table

#: tags of the noun the content opens with (the tagger reads a rare one as a name: "Senfgas")
NOUN_TAGS = frozenset({"NN", "NE"})


def source_without_content(doc: Doc, source: tuple[int, int] | None) -> tuple[int, int] | None:
    """``source`` ended before a bare common noun that follows the genitive's noun."""
    if source is None:
        return None
    table = token_table(doc)
    for k in range(source[0] + 1, source[1]):
        if table.words[k - 1] == "(":
            return source  # "laut externen Quellen (zum Beispiel Expertenbefragungen)"
        if _genitive_noun(table, k - 1) and _bare_noun(table, k):
            return (source[0], k)
    return source


#: prepositions that open a passive agent as well as a "von" attribute ("von Forschern")
AGENT_PREPOSITIONS = frozenset({"von", "vom"})


def source_without_agent(doc: Doc, source: tuple[int, int] | None) -> tuple[int, int] | None:
    """``source`` without a closing "von" phrase that is the agent of the participle right
    after it: "laut einer Studie | von Wassermangel bedroht" ("von Forschern" before a noun
    or the clause's end stays the study's attribute)."""
    if source is None:
        return None
    table = token_table(doc)
    start, end = source
    if end >= len(table.words) or table.tags[end] != "VVPP":
        return source
    agent = next(
        (k for k in range(end - 1, start, -1) if table.lower[k] in AGENT_PREPOSITIONS), None
    )
    return (start, agent) if agent is not None else source


def _genitive_noun(table: TokenTable, i: int) -> bool:
    """A noun (no demonym: "Berliner Zeitung") that takes no name after it: no role
    ("Polizeisprecher Koch") and no noun that introduces a name ("Zeitung")."""
    word = table.words[i]
    return (
        table.tags[i] == "NN" and _plain(word) and not is_role(word) and not introduces_name(word)
    )


def _bare_noun(table: TokenTable, i: int) -> bool:
    return table.tags[i] in NOUN_TAGS and _plain(table.words[i])


def _plain(word: str) -> bool:
    """A capitalised common noun, no acronym ("STANDARD", "UNHCR") and no name."""
    return word[:1].isupper() and not word.isupper() and is_common_noun(word)


#: tags of a relative pronoun that opens the clause a "zufolge" source ends in
RELATIVE_TAGS = frozenset({"PRELS", "PRELAT"})


def zufolge_frame_phrase(doc: Doc, phrase: tuple[int, int] | None) -> tuple[int, int] | None:
    """The phrase before "zufolge" from its last comma on: "eine Regel, die Fachleuten
    zufolge" frames from "die"; the clause before the comma is no part of the frame."""
    if phrase is None:
        return None
    words = token_table(doc).words
    start, end = phrase
    breaks = [k for k in range(start + 1, end) if words[k - 1] in CLAUSE_PUNCT]
    return (breaks[-1], end) if breaks else phrase


def source_before_zufolge(doc: Doc, source: tuple[int, int] | None) -> tuple[int, int] | None:
    """The dative source of "X zufolge" without the words of the clause before it.

    The phrase before "zufolge" runs back into the clause: "ermittelt die Staatsanwaltschaft
    Medienberichten zufolge" (two plain nouns in a row: the second starts the source),
    "stehen selbstfahrenden Pkw einer Umfrage zufolge" (an article after a noun that is no
    speech noun), "eine Regel, die Fachleuten zufolge" (a comma and a relative pronoun).
    A genitive after a speech noun stays: "einem Bericht der Presse zufolge".
    """
    source = zufolge_frame_phrase(doc, source)
    if source is None:
        return None
    table = token_table(doc)
    start, end = source
    if end - start > 1 and (table.tags[start] in RELATIVE_TAGS or _non_dative(table, start)):
        start += 1  # "die Fachleuten": a relative pronoun, no dative article
    for k in range(end - 1, start, -1):
        if _genitive_noun(table, k - 1) and _bare_noun(table, k):
            return (k, end)
        if (
            table.tags[k - 1] == "NN"
            and table.tags[k] == "NN"
            and speech_noun_medium(table.words[k])
        ):
            return (k, end)  # "die Staatanwaltschaft Medienberichten": a misspelt subject
        if (
            determiner_at(table, k)
            and table.tags[k - 1] == "NN"
            and _plain(table.words[k - 1])  # no name: "sagte Kaminski der Agentur PAP zufolge"
            and speech_noun_medium(table.words[k - 1]) is None
        ):
            return (k, end)
    return (start, end)


def _non_dative(table: TokenTable, i: int) -> bool:
    return table.lower[i] in lower_set("non_dative_articles.txt")
