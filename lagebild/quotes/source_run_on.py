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
from lagebild.quotes.chunks import is_common_noun
from lagebild.quotes.lexicon import is_role
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
