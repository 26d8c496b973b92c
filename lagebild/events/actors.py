"""Who a noun phrase stands for: an entity of the entity layer, else a country adjective,
a compound prefix ("US-Marines") or a demonym ("Amerikaner"). A person acts for their
affiliation (Sherman -> USA) but keeps their name and entity id. What an entity stands for
is in :mod:`~lagebild.events.actor_entities`, the codes of adjectives and prefixes in
:mod:`~lagebild.events.adjective_codes`, the state behind organ nouns in
:mod:`~lagebild.events.states`."""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import cache
from typing import Final

from spacy.tokens import Doc

from lagebild.entities.lookup import actor_code
from lagebild.entities.mention_index import entity_memo
from lagebild.events.actor_entities import (
    ACTOR_TYPES,
    GROUP_TYPE,
    bare_group,
    entity_of,
    entity_with_id,
    from_entity,
    is_group,
    is_state,
    named_side,
    title_compound,
)
from lagebild.events.adjective_codes import adjective_code, prefix_code
from lagebild.events.clauses import Chunk, saxon_genitive
from lagebild.events.lexicon import (
    adversary_nouns,
    country_forms,
    member_nouns,
    place_anaphors,
    protester_words,
    triggers_by_head,
    word_list,
)
from lagebild.events.states import (
    earlier_organ_state,
    focus_actor,
    is_state_organ,
    organ_branch,
    place_before,
    sentence_of,
    state_named_last,
    unknown_state_organ,
    unnamed_states,
)
from lagebild.events.words import Word
from lagebild.model import Entity, EventActor

#: The name of the placeholder for people named by their protesting, not yet resolved.
PROTESTERS: Final = "Demonstranten (unbestimmt)"
#: The opening of a title compound that makes it a former one ("Ex-FPÖ-Werber").
_FORMER: Final = "ex-"
#: the name of :func:`_coded_groups`'s reading in the entity memo
_CODED_GROUPS: Final = "lagebild.events.coded_groups"
#: "des Landes": the genitive that points back to a state just named
_COUNTRY_GENITIVE: Final = "Landes"


def prefix_actor(doc: Doc, word: Word) -> EventActor | None:
    """The actor the first part of a hyphenated compound names ("FPÖ-Protest", "US-Angriff")."""
    code = prefix_code(word)
    if code:
        return EventActor(code=code)
    prefix = word.text.rsplit("-", 1)[0].casefold()
    for entity in doc._.entities or []:
        names = (entity.name, *entity.variants, *(m.text for m in entity.mentions))
        if any(name.casefold() == prefix for name in names) and (
            entity.type in ACTOR_TYPES or entity.code
        ):
            return from_entity(entity)
    return None


def is_event_noun(word: Word) -> bool:
    entries = triggers_by_head().get(word.lemma.casefold(), ()) + triggers_by_head().get(
        word.text.casefold(), ()
    )
    return any(entry.pos in ("noun", "label", "lvc") and not entry.naming_only for entry in entries)


def resolve_words(
    doc: Doc, words: Iterable[Word], allow_adjectives: bool = True
) -> EventActor | None:
    """The first actor named by the words: entities first, then adjectives and prefixes."""
    words = list(words)
    if len(words) > 1 and saxon_genitive(words[0]):
        owned = resolve_words(doc, words[1:], allow_adjectives)
        if owned is not None and owned.entity_id is not None:
            return owned  # "Griechenlands Linke", "Russlands Präsident Putin": not the state
    for position, word in enumerate(words):
        if (
            word.tag == "ADJA"
            and word.lemma.casefold() in place_anaphors()
            and any(is_state_organ(w) for w in words[position + 1 : position + 3])
        ):
            # "die dortige Regierung": the government of the place just named
            actor = place_before(doc, word)
            if actor is not None:
                return actor
    for position, word in enumerate(words):
        if (
            word.tag in ("NE", "NN", "PPER", "PIS", "FM", "PDS")
            and not is_event_noun(word)
            and not _branch(word)
        ):
            entity = entity_of(doc, word)
            if entity is not None:
                actor = from_entity(entity)
                person = _titled_person(doc, words[position + 1 :], word, entity)
                if person is not None:
                    return _acting_for(person, None if _former(word) else actor)
                if actor is not None:
                    return actor
    for word in words:
        if word.tag in ("NN", "NE") and not is_event_noun(word) and not _branch(word):
            code = prefix_code(word)
            if code:
                return EventActor(code=code)
    if allow_adjectives:
        for position, word in enumerate(words):
            if word.tag == "ADJA" and not _of_branch(words, position):
                code = adjective_code(word)
                if code:
                    return EventActor(code=code)
    for word in words:
        if word.tag in ("NN", "NE") and not is_event_noun(word) and not is_state_organ(word):
            entity = _compound_named(doc, word)  # "die Marines" after "US-Marines"
            if entity is not None:
                return from_entity(entity)
    for word in words:
        if word.tag == "NN" and word.lemma.casefold().startswith(protester_words()):
            # "auf Demonstranten": a placeholder the article's protest movement fills in
            # (see discourse.name_protesters); events left with it are dropped
            return EventActor(name=PROTESTERS)
    return None


def _titled_person(doc: Doc, following: list[Word], word: Word, entity: Entity) -> Entity | None:
    """ "die NSU-Rechtsterroristin Beate Zschäpe", "HDP-Chef Demirtaş": a title compound whose
    first part names an organisation, right before a person's name, is that person's title;
    the person is who the phrase names."""
    if not title_compound(word, entity):
        return None
    name = next(iter(following), None)
    if name is None or name.tag != "NE":
        return None
    person = entity_of(doc, name)
    return person if person is not None and person.type == "PER" else None


def _former(title: Word) -> bool:
    """ "Ex-FPÖ-Werber": a former member acts no longer for the body."""
    return title.lower.startswith(_FORMER)


def _acting_for(person: Entity, title: EventActor | None) -> EventActor:
    """The person, acting for their own affiliation, else for the body their title names."""
    actor = EventActor(code=actor_code(person), name=person.name, entity_id=person.id)
    if actor.code is None and title is not None and title.code is not None:
        actor = actor.model_copy(update={"code": title.code})
    return actor


def _compound_named(doc: Doc, word: Word) -> Entity | None:
    """The one organisation or group named before by a hyphenated compound ending in the
    word ("US-Marines" … "die Marines", "EU-Kommission" … "die Kommission")."""
    ending = "-" + word.text.casefold()
    named = [
        entity
        for entity, names, first_end in _coded_groups(doc)
        if first_end <= word.start and any(name.endswith(ending) for name in names)
    ]
    return named[0] if len(named) == 1 else None


def _coded_groups(doc: Doc) -> list[tuple[Entity, tuple[str, ...], float]]:
    """The organisations and groups with a code, each with its names casefolded and the end
    of its first-ending mention: read once per stage run where the entities are indexed."""
    memo = entity_memo(doc)
    found = memo.get(_CODED_GROUPS) if memo is not None else None
    if found is None:
        found = [
            (
                entity,
                tuple(name.casefold() for name in (entity.name, *entity.variants)),
                min((mention.end for mention in entity.mentions), default=math.inf),
            )
            for entity in doc._.entities or []
            if entity.type in ("ORG", GROUP_TYPE) and entity.code
        ]
        if memo is not None:
            memo[_CODED_GROUPS] = found
    return found  # type: ignore[return-value]


def _branch(word: Word) -> bool:
    """ "Österreich-Tochter", "Ableger": a branch, whose country says where it is, not who
    acts (data/branch_nouns.txt)."""
    return word.tag == "NN" and word.lemma.casefold().split("-")[-1] in word_list(
        "branch_nouns.txt"
    )


def _of_branch(words: list[Word], position: int) -> bool:
    """The adjective at ``position`` belongs to a branch noun ("des chilenischen Ablegers")."""
    noun = next((w for w in words[position + 1 :] if w.tag != "ADJA"), None)
    return noun is not None and _branch(noun)


def resolve_chunk(doc: Doc, chunk: Chunk, core_only: bool = False) -> EventActor | None:
    """The actor a phrase names; with ``core_only`` its genitive attribute does not count.

    A country adjective counts only where the head is not itself an event ("die Freilassung
    einer französischen Lehrerin" names no French actor); the genitive of an adversary noun
    names the other side ("Gegner des Präsidenten").
    """
    head = chunk.head_word
    if head.tag == "NN" and head.lemma.split("-")[-1] in adversary_nouns():
        group = entity_of(doc, head)  # "Mubarak-Gegner" as a group of its own, not "Gegner"
        if group is not None and named_side(group):
            return from_entity(group)
        return None
    adjectives = not is_event_noun(head) and not _company_head(head)
    actor = resolve_words(doc, chunk.core, allow_adjectives=adjectives)
    if actor is not None and is_state_organ(head) and is_group(doc, actor):
        actor = None  # "Spezialeinheiten der Polizei" act for the state, not as a group
    organ = actor is None and is_state_organ(head)
    member = head.tag == "NN" and head.lemma.split("-")[-1] in member_nouns()
    if member and actor is not None and chunk.genitive is not None and bare_group(doc, actor):
        # "Anhängern der PKK": the entity layer's bare group "Anhänger" is the PKK's
        actor = _named_owner(doc, chunk.genitive_words) or actor
    if (
        actor is None
        and (not core_only or organ or member or _branch(head))
        and chunk.genitive is not None
    ):
        actor = resolve_words(doc, chunk.genitive_words)  # "die Regierung Venezuelas"
        if actor is None and organ:
            actor = _country_anaphor(doc, chunk.genitive_words)  # "das Militär des Landes"
    if actor is None and organ and not unnamed_states(chunk) and not unknown_state_organ(head):
        actor = earlier_organ_state(doc, head) or focus_actor(doc)
    if actor is not None and (
        actor.entity_id is None and actor.name is None or is_state(doc, actor)
    ):
        # "die Polizei": the organ acts for its state, as a branch of it
        branch = organ_branch(head)
        if branch is not None:
            actor = actor.model_copy(update={"name": branch})
    return actor


def _company_head(head: Word) -> bool:
    """ "der chinesische Hersteller Meizu", "deutsche Transportunternehmen": a company noun,
    whose country adjective says where it is from, not that the state acts
    (data/company_heads.txt)."""
    return head.tag == "NN" and head.lemma.casefold().endswith(_company_heads())


@cache
def _company_heads() -> tuple[str, ...]:
    return tuple(sorted(word_list("company_heads.txt")))


def _country_anaphor(doc: Doc, genitive: list[Word]) -> EventActor | None:
    """ "Das Militär des international isolierten Landes" after "… verschärft Nordkorea seine
    Drohgebärden": "des Landes" is the state named last before it, in its sentence or the
    one before. Only a state with a country code counts: "das Land" of Austrian news is as
    often a federal state."""
    word = genitive[-1]
    if word.text != _COUNTRY_GENITIVE or genitive[0].lower != "des":
        return None
    return state_named_last(doc, sentence_of(doc, word), word.start)


def _named_owner(doc: Doc, genitive: list[Word]) -> EventActor | None:
    """The organisation or named group a genitive names ("der PKK"), not a person or a state
    ("Anhänger des Präsidenten" are not the president)."""
    owner = resolve_words(doc, genitive)
    if owner is None or bare_group(doc, owner):
        return None
    entity = entity_with_id(doc, owner.entity_id)
    return owner if entity is not None and entity.type in (GROUP_TYPE, "ORG") else None


def compound_codes(doc: Doc, text: str) -> list[str]:
    """Member codes of a joint body: "NATO-Ukraine-Kommission" -> [NATO, UKR]."""
    parts = text.split("-")[:-1]
    if len(parts) < 2:
        return []
    _, prefixes, _ = country_forms()
    by_name: dict[str, str] = {}
    for entity in doc._.entities or []:
        code = actor_code(entity)
        if code:
            for name in (entity.name, *entity.variants, *(m.text for m in entity.mentions)):
                by_name.setdefault(name.casefold(), code)
    codes = []
    for part in parts:
        code = prefixes.get(part) or by_name.get(part.casefold())
        if code and code not in codes:
            codes.append(code)
    return codes if len(codes) == len(parts) else []
