"""The state of a crowd named by its number only ("Tausende Nationalisten haben in Kiew
protestiert", "bis zu 12.000 Menschen gingen gegen Gunnlaugsson auf die Straße").

Citizens of a state act for it in the codebook (as "Hunderte italienische Kleinsparer" do by
their adjective): a crowd of no side of its own that protests with no group named is the
people of the state where it protests: the state of a place the clause names ("in Kiew"),
else the state named last before it, in its sentence or the one before ("Es ist ein
Déjà-vu-Erlebnis für Frankreich: …, und Zehntausende gehen dagegen auf die Straße"), else the
article's focus country where the article is clearly about it. Only a state named by its name
counts there: a role noun ("die Regierung") the entity layer gave a state may be another's.
"""

from __future__ import annotations

from typing import Final

from spacy.tokens import Doc, Span

from lagebild.events.clauses import Chunk, Clause
from lagebild.events.lexicon import word_list
from lagebild.events.states import clear_focus, focus_actor, place_actor, state_named_last
from lagebild.events.words import Word
from lagebild.model import EventActor

#: The preposition of a place the protest is held in ("in Kiew", "im Zentrum von Paris").
_SETTING_PREPOSITION: Final = "in"
#: Prepositions that, before a number, only bound it ("bis zu 12.000", "über 400").
_COUNT_PREPOSITIONS: Final = frozenset({"zu", "über"})
#: The kinds of mention that name a state by its name, not by a role noun ("die Regierung").
_NAMING_KINDS: Final = frozenset({"name", "acronym"})


def crowd_state(doc: Doc, sentence: Span, clause: Clause, trigger: Word) -> EventActor | None:
    """The state whose people the clause's crowd subject is, if the clause has one."""
    if not any(_crowd(chunk) for chunk in clause.chunks if not chunk.contains(trigger)):
        return None
    for chunk in clause.chunks:
        if chunk.prep == _SETTING_PREPOSITION:
            state = place_actor(doc, chunk)
            if state is not None:
                return state
    named = state_named_last(doc, sentence, trigger.start, _NAMING_KINDS)
    if named is not None:
        return named
    return focus_actor(doc) if clear_focus(doc) else None


def _crowd(chunk: Chunk) -> bool:
    """A bare phrase headed by a crowd noun (data/crowd_nouns.txt); a number after "bis zu"
    or "über" is no prepositional phrase but a count ("bis zu 12.000 Menschen")."""
    head = chunk.head_word
    counted = chunk.prep in _COUNT_PREPOSITIONS and chunk.words[0].tag == "CARD"
    return (
        (chunk.prep is None or counted)
        and head.tag == "NN"
        and head.lemma.casefold() in word_list("crowd_nouns.txt")
    )
