"""Negations whose scope is one word, not the clause's event: "als nicht hilfreich
kritisiert", "(nicht rechtskräftig) verurteilt", "eine nicht genehmigte Demonstration"."""

from __future__ import annotations

from typing import Final

from lagebild.events.lexicon import triggers_by_head
from lagebild.events.words import Word

#: Adjective tags a "nicht" may negate on their own.
_ADJECTIVE_TAGS: Final = frozenset({"ADJD", "ADJA"})


def narrow(words: list[Word], negation: Word) -> bool:
    """ "nicht" right before an adjective that is no trigger and not the clause's last word
    negates that adjective ("als nicht hilfreich kritisiert": criticised all the same); a
    predicate at the end ("wurde nicht genehmigt") is the clause's own."""
    if negation.lower != "nicht":
        return False
    position = words.index(negation)
    rest = [w for w in words[position + 1 :] if not w.tag.startswith("$")]
    if len(rest) < 2 or rest[0].tag not in _ADJECTIVE_TAGS:
        return False
    index = triggers_by_head()
    return rest[0].lemma.casefold() not in index and rest[0].lower not in index
