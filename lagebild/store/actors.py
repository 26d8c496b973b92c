"""Cross-document actor keys: one row per actor, however often and however spelt.

An entity with a real actor code (an ISO-3 state, an organisation of the knowledge base:
USA, RUS, NATO, ÖVP) is keyed by that code; any other entity by its type and a
transliteration-normalised name ("Selenskyj" = "Zelensky"). Two kinds of entity are kept
from merging people or groups that merely share a word:

- a person the article never names ("ein Sprecher", "die Polizei-Sprecherin") speaks for
  the state or organisation of their affiliation where that is a real code the text names
  beside the role noun ("ein Sprecher des russischen Außenministeriums"), and is keyed
  per document otherwise: "Sprecher" in two articles are two people;
- a group with a state code ("marokkanische Flüchtlinge") is not the state itself, so it
  is keyed by the state and its name;
- a group or body named by a bare noun that means a different one in every article ("die
  Gegner", "das Ministerium") is keyed per document, as an unnamed person is; a bare
  category ("Flüchtlinge") is one actor without a code.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from lagebild.model import Entity

#: mention kinds that name an entity (not a role noun or a pronoun standing for it)
NAMING_KINDS = frozenset({"name", "acronym"})


@dataclass(frozen=True, slots=True)
class ActorIdentity:
    """Key and the store's row fields of the actor an entity belongs to."""

    key: str
    name: str
    type: str | None
    code: str | None
    #: whether the entity stands for another actor (an unnamed spokesman for his state):
    #: its own name is then no alias of that actor
    attached: bool = False


def name_key(name: str) -> str:
    """The entities package's transliteration key, or a plain folded key if it is absent."""
    try:
        from lagebild.entities.names import name_key as entities_name_key
    except ImportError:  # the entities package is being rebuilt in parallel
        return _fallback_name_key(name)
    return entities_name_key(name) or _fallback_name_key(name)


def _fallback_name_key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.casefold())
    return re.sub(r"[^a-z0-9]+", "", text.encode("ascii", "ignore").decode())


@cache
def known_actors() -> dict[str, tuple[str, str]]:
    """Real actor codes -> (canonical name, type): the knowledge base's states and
    organisations. Other codes are an entity's own name, as the guidelines give them."""
    try:
        from lagebild.entities.kb import actor_kb
    except ImportError:  # the entities package is being rebuilt in parallel
        return {}
    known: dict[str, tuple[str, str]] = {}
    for surface in actor_kb().phrases.values():
        actor = surface.actor
        if actor.type == "GPE" or actor.code not in known:
            # a state outranks the organs that share its code ("Pentagon" is USA)
            if actor.type == "GPE" or actor.key == f"ORG:{actor.code}":
                known[actor.code] = (actor.canonical, actor.type)
            else:
                known.setdefault(actor.code, (actor.canonical, actor.type))
    return known


def is_real_code(code: str | None) -> bool:
    return bool(code) and code in known_actors()


def is_named(entity: Entity) -> bool:
    """Whether the article names the entity (not only "ein Sprecher", "er")."""
    return not entity.mentions or any(m.kind in NAMING_KINDS for m in entity.mentions)


def is_bare_noun(entity: Entity) -> bool:
    """A group or organisation named by one common noun that alone means a different one
    in every article ("Gegner", "Staatsanwaltschaft"); "Flüchtlinge" stays a category and
    a compound with its owner ("Mubarak-Gegner") a name."""
    if entity.type not in ("MISC", "ORG"):
        return False
    try:
        from lagebild.entities.groups import is_unspecific_name
    except ImportError:  # the entities package is being rebuilt in parallel
        return False
    return is_unspecific_name(entity.name)


def _coded(code: str) -> ActorIdentity:
    name, type_ = known_actors()[code]
    return ActorIdentity(f"code:{code}", name, type_, code)


def actor_identity(entity: Entity, document_key: str = "", text: str = "") -> ActorIdentity:
    """The cross-document actor of ``entity``; ``document_key`` (the document's content
    hash) keeps an unnamed person apart from the same role noun in other documents, and
    ``text`` (the document's) says whom an unnamed person speaks for."""
    code = entity.code if is_real_code(entity.code) else None
    own_key = f"{entity.type}:{name_key(entity.name)}"
    per_document = f"{own_key}#{document_key[:16]}" if document_key else own_key
    if entity.type == "PER" and not is_named(entity):
        if is_real_code(entity.affiliation) and names_actor_beside(
            entity, text, entity.affiliation or ""
        ):
            # "ein Sprecher des russischen Außenministeriums" speaks for Russia, as a named
            # one would; an affiliation only guessed from the article does not merge
            return _attached(entity.affiliation or "")
        return ActorIdentity(per_document, entity.name, entity.type, None)
    if code and entity.type == "MISC":
        # "Marokkanische Flüchtlinge" are people of the state, not the state
        return ActorIdentity(f"MISC:{code}:{name_key(entity.name)}", entity.name, entity.type, code)
    if code is None and is_bare_noun(entity):
        # "die Gegner", "das Ministerium": a different group or body in every article
        return ActorIdentity(per_document, entity.name, entity.type, None)
    if code:
        coded = _coded(code)
        if coded.type == entity.type:
            return ActorIdentity(coded.key, entity.name, entity.type, code)
        # "Ägyptisches Innenministerium" (EGY): the row names the state, not its organ
        return coded
    return ActorIdentity(own_key, entity.name, entity.type, None)


#: how far (characters) around an unnamed person's role noun, within its clause, the text
#: may name whom the person speaks for ("ein Sprecher des russischen Außenministeriums")
BESIDE_ROLE = 40
WORD = re.compile(r"[^\W\d_][\w-]*")


def names_actor_beside(entity: Entity, text: str, code: str) -> bool:
    """Whether the text names the actor ``code`` right around one of the entity's role
    nouns: its name, acronym, adjective or demonym, or as a prefix ("US-Sprecher")."""
    try:
        from lagebild.entities.kb import actor_kb
    except ImportError:  # the entities package is being rebuilt in parallel
        return False
    kb = actor_kb()
    for mention in entity.mentions:
        if mention.kind != "role":
            continue
        before = re.split(r"[,.;:!?]", text[max(mention.start - BESIDE_ROLE, 0) : mention.start])
        after = re.split(r"[,.;:!?]", text[mention.end : mention.end + BESIDE_ROLE])
        # the role's own phrase: from the clause's start to its end
        words = WORD.findall(f"{before[-1]} {mention.text} {after[0]}")
        for index, word in enumerate(words):
            for phrase in (
                (word,),
                tuple(words[index : index + 2]),
                tuple(words[index : index + 3]),
            ):
                surface = kb.phrases.get(phrase)
                if surface and surface.actor.code == code and surface.kind != "collective":
                    return True
            prefixes = word.split("-")[:-1]
            if any((actor := kb.actor_of_prefix(part)) and actor.code == code for part in prefixes):
                return True
    return False


def _attached(code: str) -> ActorIdentity:
    coded = _coded(code)
    return ActorIdentity(coded.key, coded.name, coded.type, coded.code, attached=True)


def actor_key(entity: Entity, document_key: str = "", text: str = "") -> str:
    return actor_identity(entity, document_key, text).key
