"""Entities as actors: the entity a word names, whether two adjacent names belong to one
entity, the actor an entity makes, and what kind of side an actor's entity is (a state, a
group, a non-state body)."""

from __future__ import annotations

from functools import cache
from typing import Final

from spacy.tokens import Doc

from lagebild.entities.lookup import actor_code
from lagebild.entities.mention_index import entity_by_id, mention_at
from lagebild.events.clauses import SameEntity
from lagebild.events.lexicon import adversary_nouns, word_list
from lagebild.events.words import Word
from lagebild.model import Entity, EventActor
from lagebild.pipeline import doc_text

ACTOR_TYPES: Final = frozenset({"PER", "ORG", "GPE"})
#: Groups ("Buddhistische Mönche", "Mubarak-Gegner") are MISC entities; the entity layer gives
#: the ones that act a code (their canonical name), other MISC entities (laws, events) none.
GROUP_TYPE: Final = "MISC"
#: The stem of "Opposition", "oppositionell", "Oppositionspartei", and how many characters
#: before a party's name it may stand to describe it.
_OPPOSITION: Final = "opposition"
_CUE_REACH: Final = 25


def entity_of(doc: Doc, word: Word) -> Entity | None:
    found = mention_at(doc, word.start, word.end)
    if found is None:
        return None
    entity = found[0]
    if entity.type in ACTOR_TYPES or (entity.type == GROUP_TYPE and entity.code):
        return _opposition_party(doc, entity) or entity
    return None


def _opposition_party(doc: Doc, entity: Entity) -> Entity | None:
    """ "die Opposition", in an article that calls exactly one party the opposition ("die
    Oppositionspartei MDC", "die oppositionelle Bewegung …"), is that party."""
    words = entity.name.split()
    if entity.type != "ORG" or not words or words[-1].casefold() != _OPPOSITION:
        return None  # (a name of punctuation only has no words: found by fuzzing)
    parties = [
        other
        for other in doc._.entities or []
        if other.type == "ORG"
        and other.id != entity.id
        and other.code
        and any(
            _OPPOSITION in doc_text(doc)[max(0, m.start - _CUE_REACH) : m.start].casefold()
            for m in other.mentions
        )
    ]
    return parties[0] if len(parties) == 1 else None


def same_entity(doc: Doc) -> SameEntity:
    """For the chunker: do two adjacent names belong to one entity (or both to none)?"""

    def check(left: Word, right: Word) -> bool:
        a, b = entity_of(doc, left), entity_of(doc, right)
        if right.tag == "NN":
            # a noun after a name joins it only inside one entity's name ("Wolfgang
            # Leitner/NN"), never "Putin Zugeständnisse"
            return a is not None and b is not None and a.id == b.id
        if a is None and b is None:
            return True
        if a is None and b is not None and b.type != "GPE" and _media_kind(left):
            return True  # "dem Sender RTS", "der Nachrichtenagentur MTI": the outlet's name
        if a is None or (title_compound(left, a) and right.start - left.end <= 1):
            # a title before a person's name ("Präsident Gusmão", "NSU-Rechtsterroristin
            # Beate Zschäpe"), not "März Russland"
            return left.tag == "NN" and b is not None and b.type == "PER"
        return b is not None and a.id == b.id

    return check


def from_entity(entity: Entity) -> EventActor | None:
    code = actor_code(entity)
    if code is None and entity.type == "GPE":
        return None
    return EventActor(code=code, name=entity.name, entity_id=entity.id)


@cache
def media_kinds() -> tuple[str, ...]:
    """The nouns for kinds of media outlets (data/media_words.txt), read once."""
    return tuple(sorted(item for item in word_list("media_words.txt") if item[:1] != "="))


def _media_kind(word: Word) -> bool:
    """A noun for a kind of media outlet ("Sender", "Tageszeitung")."""
    return word.tag == "NN" and word.lower.endswith(media_kinds())


def title_compound(word: Word, entity: Entity) -> bool:
    """A noun compound whose first part names a body ("NSU-Rechtsterroristin", "HDP-Chef"),
    which the entity layer reads as a mention of that body."""
    return word.tag == "NN" and "-" in word.text and entity.type != "PER"


def is_state(doc: Doc, actor: EventActor) -> bool:
    """The actor's entity is a state."""
    entity = entity_with_id(doc, actor.entity_id)
    return entity is not None and entity.type == "GPE"


def bare_group(doc: Doc, actor: EventActor) -> bool:
    """A group the entity layer names by a bare noun ("Anhänger", "Rebellen"), one word."""
    entity = entity_with_id(doc, actor.entity_id)
    return entity is not None and entity.type == GROUP_TYPE and " " not in entity.name


def named_side(group: Entity) -> bool:
    """A group named for whom it opposes ("Mubarak-Gegner", "Parlamentarische Opposition"),
    not a bare "Gegner"."""
    bare = {noun.casefold() for noun in adversary_nouns()}
    return group.type in (GROUP_TYPE, "ORG") and group.name.casefold() not in bare


def is_group(doc: Doc, actor: EventActor) -> bool:
    """The actor's entity is a group (see :data:`GROUP_TYPE`)."""
    entity = entity_with_id(doc, actor.entity_id)
    return entity is not None and entity.type == GROUP_TYPE


def entity_with_id(doc: Doc, entity_id: str | None) -> Entity | None:
    """The entity of an actor's entity id; None for an actor without one."""
    if entity_id is None:
        return None
    return entity_by_id(doc, entity_id)


def is_non_state(doc: Doc, actor: EventActor) -> bool:
    """A group, party, movement or NGO: its code is its own name, where states, their organs
    and international organisations have codes of their own. Persons count as unknown."""
    entity = entity_with_id(doc, actor.entity_id)
    if entity is None:
        return False
    code = entity.code
    if code is None or code != entity.name or _acronym(code):
        return False  # an acronym code ("G8", "OPEC", "UNMISS") may be a body of states
    return entity.type in (GROUP_TYPE, "ORG")


def _acronym(code: str) -> bool:
    return len(code) <= 6 and not any(c.islower() for c in code)
