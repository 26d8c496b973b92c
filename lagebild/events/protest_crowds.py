"""The crowd of an ownerless protest: the non-state group named nearest to it ("Bei Protesten
kamen 22 Menschen um. Oppositionsanhänger demonstrieren seit …"), not perpetrators, outlets
named after their kind or counter-protesters."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Doc

from lagebild.events.actor_entities import from_entity, is_non_state, media_kinds, named_side
from lagebild.events.lexicon import perpetrator_nouns
from lagebild.events.words import Word
from lagebild.model import Entity, EventActor
from lagebild.pipeline import doc_text

#: how many characters before a name its kind of outlet may stand ("Tageszeitung Österreich")
KIND_REACH: Final = 30


def nearby_group(doc: Doc, sentence: object, word: Word) -> EventActor | None:
    """The non-state group named nearest to an ownerless protest, in its sentence or the
    next ("Bei Protesten kamen 22 Menschen um. Oppositionsanhänger demonstrieren seit …"):
    in a protest story, the group is as a rule the protesters."""
    start, end = _neighbourhood(doc, sentence)
    best: tuple[int, EventActor] | None = None
    for entity in doc._.entities or []:
        actor = from_entity(entity) if entity.code else None
        if actor is None or not is_non_state(doc, actor) or not named_side(entity):
            continue
        if entity.name.split()[-1].casefold().endswith(perpetrator_nouns()):
            continue  # "Attentäter": named for an attack, not the crowd of a protest
        if _named_as_medium(doc, entity):
            continue  # "ein Bericht der Tageszeitung Österreich": it reports, not protests
        if _counter_group(entity):
            continue  # "Protestzug gegen die Asylpolitik. 600 Gegendemonstranten": the others
        for mention in entity.mentions:
            if start <= mention.start and mention.end <= end:
                distance = abs(mention.start - word.start)
                if best is None or distance < best[0]:
                    best = (distance, actor)
    return best[1] if best else None


#: The prefix of counter-protesters' names ("Gegendemonstranten"); counter-protests are no
#: triggers ("Gegenkundgebung"), so such a group is never the crowd of a protest told.
_COUNTER_PREFIX: Final = "gegen"


def _counter_group(entity: Entity) -> bool:
    """A group named as counter-protesters: the crowd of a protest against another one."""
    return entity.name.casefold().startswith(_COUNTER_PREFIX)


def _named_as_medium(doc: Doc, entity: Entity) -> bool:
    """An outlet named after its kind ("der Tageszeitung Österreich", "des Senders RT")."""
    text = doc_text(doc)
    for mention in entity.mentions:
        before = text[max(0, mention.start - KIND_REACH) : mention.start].split()
        if before and before[-1].casefold().endswith(media_kinds()):
            return True
    return False


def _neighbourhood(doc: Doc, sentence: object) -> tuple[int, int]:
    first, last = sentence.start, sentence.end  # type: ignore[attr-defined]
    start = doc[first].sent.start_char
    end = doc[last].sent.end_char if last < len(doc) else len(doc_text(doc))
    return start, end
