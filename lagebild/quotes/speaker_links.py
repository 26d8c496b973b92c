"""Which entity-layer link names a speaker phrase's speaker.

The entity layer links a phrase to the first name it finds in it; a speaker phrase often
names several ("die NSU-Rechtsterroristin Beate Zschäpe", "der serbische TV-Sender RTS",
"VW-Chef Winterkorn", "der Spanier"), and these rules pick the one who speaks.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from lagebild.entities.mention_index import entity_by_id, mention_at, mentions_within
from lagebild.entities.names import title_of
from lagebild.model import Entity, Mention, Participant
from lagebild.pipeline import doc_text
from lagebild.quotes.lexicon import is_role, role_synonyms


def linked_speaker(
    doc: Doc, start: int, end: int, fallback: Participant | None, char_start: int, char_end: int
) -> Participant | None:
    """The speaker the entity layer links the token range ``[start, end)`` to, or ``None``
    where no link names them (then the phrase's own words must)."""
    found = mention_at(doc, char_start, char_end)
    if found is not None and found[0].type != "PER":
        # "die NSU-Rechtsterroristin Beate Zschäpe", "Paolo Ferri von der ESA": the one
        # person named in the phrase speaks, not the body in its attribute
        found = one_person_named(doc, char_start, char_end) or found
        if found[0].type != "PER" and _role_compound_prefix(doc, found[1]):
            found = None  # "VW-Chef Winterkorn", "ein AUA-Sprecher": the person in the role
        elif found[0].type != "PER":
            found = _closing_body_name(doc, char_start, char_end, found) or found
    if found is None:
        return None
    if _demonym_person(doc, start, end, found):
        return _national(doc, found[0], fallback, char_start, char_end)
    entity, _ = found
    return Participant(name=entity.name, entity_id=entity.id, start=char_start, end=char_end)


def one_person_named(doc: Doc, start: int, end: int) -> tuple[Entity, Mention] | None:
    """The person's name mention inside ``[start, end)`` if there is exactly one."""
    named = [
        (entity, mention)
        for entity, mention in mentions_within(doc, start, end)
        if entity.type == "PER" and mention.kind == "name"
    ]
    return named[0] if len(named) == 1 else None


def _closing_body_name(
    doc: Doc, start: int, end: int, first: tuple[Entity, Mention]
) -> tuple[Entity, Mention] | None:
    """The body whose name closes ``[start, end)`` after another one named in an attribute
    ("der serbische TV-Sender RTS", "das US-Magazin Wired"): it speaks, not the state. Not
    a name in a genitive ("die polnische Regierung der PiS-Partei": the government)."""
    text = doc_text(doc)
    for entity, mention in mentions_within(doc, start, end):
        if (
            mention.end == end
            and mention.start > first[1].end
            and mention.kind == "name"
            and entity.type == "ORG"
            and entity.id != first[0].id
            and not set(text[first[1].end : mention.start].split()) & {"der", "des"}
        ):
            return entity, mention
    return None


def _role_compound_prefix(doc: Doc, mention: Mention) -> bool:
    """The body's name is the first part of a compound that ends in a role ("VW-Chef",
    "AUA-Sprecherin", "Lufthansa-Manager"): the phrase names the person in the role."""
    text = doc_text(doc)
    if text[mention.end : mention.end + 1] != "-":
        return False
    compound = _COMPOUND_REST.match(text, mention.end + 1)
    last = compound.group().rsplit("-", 1)[-1] if compound else ""
    return bool(last) and (is_role(last) or title_of(last) is not None)


#: The rest of a hyphenated compound after its first part.
_COMPOUND_REST = re.compile(r"[\w-]*\w")


def _demonym_person(doc: Doc, start: int, end: int, found: tuple[Entity, Mention]) -> bool:
    """The phrase is a singular demonym noun ("der Serbe", "der 69-jährige Niederländer",
    "die Österreicherin"): one person of that nation, not the state the entity layer links
    it to. ("die Franzosen", plural, may be a team or a company; "die serbische Regierung"
    ends in no demonym.) The tagger gives such nouns no number: the article tells it."""
    entity, mention = found
    last = doc[end - 1]
    article = doc[start].text.lower()
    return (
        entity.type == "GPE"
        and mention.kind == "demonym"
        and (mention.start, mention.end) == (last.idx, last.idx + len(last.text))
        and last.text[:1].isupper()
        and (article == "der" or (article == "die" and last.text.endswith("in")))
    )


def _national(
    doc: Doc, state: Entity, fallback: Participant | None, char_start: int, char_end: int
) -> Participant:
    """ "sagte der Spanier" after Nadal spoke: the last speaker where the entity layer gave
    them that nation; else the description itself, unlinked."""
    person = entity_by_id(doc, fallback.entity_id) if fallback and fallback.entity_id else None
    if (
        fallback is not None
        and person is not None
        and person.type == "PER"
        and person.affiliation is not None
        and person.affiliation == state.code
    ):
        return Participant(
            name=fallback.name, entity_id=fallback.entity_id, start=char_start, end=char_end
        )
    return Participant(name=doc_text(doc)[char_start:char_end], start=char_start, end=char_end)


def may_hold_role(doc: Doc, person: Participant, role: str) -> bool:
    """Whether ``role`` ("der Minister") may name ``person``: not where the entity layer gave
    the person titles and none of them ends in the role or in a title of the same
    office ("HDP-Chef Demirtas" is no "Minister"; "Außenminister Lawrow" is one, "Premier
    Fico" is "der Premierminister")."""
    entity = entity_by_id(doc, person.entity_id) if person.entity_id else None
    title = title_of(role)
    if entity is None or not entity.roles or title is None:
        return True
    base = title.base.lower()
    names = role_synonyms().get(base, frozenset()) | {base}
    for held in entity.roles:
        words = held.split()
        held_title = title_of(words[-1]) if words else None
        if held_title is not None and held_title.base.lower().endswith(tuple(names)):
            return True
    return False
