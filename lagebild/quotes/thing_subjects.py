"""Sentence subjects that name a thing, not someone who could speak.

An unframed Konjunktiv sentence reports the subject of the sentence before it ("Die
Regierung lehnte ab. Man werde nicht zahlen."). When that subject is an abstract noun
("Die Abwicklung der Banken ist …") or a word for what was said ("Der Vorwurf Sardanas:
…", "Die Frage ist …"), it speaks for no one.
"""

from __future__ import annotations

from functools import cache

from lagebild.quotes.frame_words import is_frame_noun
from lagebild.quotes.lexicon import lower_set, word_list

#: nouns that label what follows a colon ("Das Resultat: …"); "Die Frage ist …" says nothing
LABEL_NOUNS = "label_nouns.txt"


@cache
def _abstract_endings() -> tuple[str, ...]:
    return tuple(lower_set("abstract_endings.txt"))


@cache
def _body_endings() -> tuple[str, ...]:
    return tuple(lower_set("body_endings.txt"))


def names_a_thing(head: str) -> bool:
    """Whether the head noun ``head`` names an abstract thing or an utterance, never a speaker.

    Cheap first: a word with neither ending nor a place in the noun lists is ruled out by
    two ``endswith`` tests in C.
    """
    low = head.lower()
    if low.endswith(_abstract_endings()) and not low.endswith(_body_endings()):
        return True
    # a speech noun of a source ("Die Umfrage", "Der Bericht") may report, so it stays
    return head in word_list(LABEL_NOUNS) or is_frame_noun(head)
