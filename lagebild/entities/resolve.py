"""Within-article resolution: candidates -> entities with mentions, roles and variants."""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass, field

from lagebild.entities.candidates import Candidate, RoleReference, Tok
from lagebild.entities.federal import (
    federal_state_of_article,
    federal_states,
    holds_federal_office,
)
from lagebild.entities.kb import (
    Actor,
)
from lagebild.entities.known_people import known_state
from lagebild.entities.listed_names import CENSUS_PRIORITY
from lagebild.entities.names import (
    census_first_names,
    first_names,
    is_common_noun,
    is_initial,
    name_key,
    nominative_role,
    title_of,
)
from lagebild.entities.origins import state_codes
from lagebild.entities.person_names import person_key, strip_genitive
from lagebild.entities.quoted_subject_state import quoted_subject_state

#: how many characters back a role noun may look for its person
from lagebild.entities.state_guesses import (
    OFFICIAL_STATE_WINDOW,
    dominant_state,
    holds_seated_office,
    is_official,
    leads_people,
    people_of_title,
    state_named_before,
    state_weights,
)
from lagebild.entities.word_positions import WordPositions
from lagebild.model import Entity, Mention, MentionKind

REFERENCE_WINDOW = 1500


def select_non_overlapping(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the best candidate where spans overlap: higher priority, then longer."""
    ranked = sorted(candidates, key=lambda c: (-c.priority, -(c.last - c.first), c.first))
    taken: set[int] = set()
    kept = []
    for candidate in ranked:
        span = set(range(candidate.first, candidate.last + 1))
        if span & taken:
            continue
        taken |= span
        kept.append(candidate)
    return sorted(kept, key=lambda c: c.first)


def split_joined_names(candidates: list[Candidate]) -> None:
    """ "Landeshauptmann Erwin Pröll Mitterlehner angeschrien": a run of names ending in the
    surname of another person the article names ("Reinhold Mitterlehner"), whose rest is a
    name of its own (written in full elsewhere, or ending in a third person's surname), is
    two persons: the run keeps its rest, the surname is left to join its own person."""
    persons = [c for c in candidates if c.type == "PER" and c.kind == "name"]
    surnames = {c.name.split()[-1] for c in persons}
    for candidate in persons:
        words = candidate.name.split()
        if len(words) < 3 or candidate.last - candidate.first != len(words) - 1:
            continue
        rest = " ".join(words[:-1])
        other_owner = any(
            o.name.split()[-1] == words[-1]
            and not o.name.startswith(rest)
            and len(o.name.split()) > 1
            for o in persons
            if o is not candidate
        )
        rest_is_name = any(o.name == rest for o in persons) or (
            words[-2] in surnames - {words[-1]}
            and any(o.name.split()[-1] == words[-2] and o is not candidate for o in persons)
        )
        if other_owner and rest_is_name:
            candidate.last -= 1
            candidate.name = rest
            candidate.key = f"PER:{name_key(words[-2])}"


@dataclass
class Cluster:
    key: str
    candidates: list[Candidate] = field(default_factory=list)
    # (first, last, kind)
    extra_mentions: list[tuple[int, int, MentionKind]] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    #: mentions inside a token ("Hamas" in "Hamas-Terror-Infrastruktur"): (start, end, token)
    char_mentions: list[tuple[int, int, int]] = field(default_factory=list)
    actor: Actor | None = None  # for a cluster made from such mentions alone

    @property
    def first_position(self) -> int:
        positions = [c.first for c in self.candidates] + [m[0] for m in self.extra_mentions]
        return min(positions + [m[2] for m in self.char_mentions])

    @property
    def gender(self) -> str | None:
        return next((c.gender for c in self.candidates if c.gender), None)

    @property
    def is_person(self) -> bool:
        return bool(self.candidates) and self.candidates[0].type == "PER"


def cluster(candidates: list[Candidate]) -> dict[str, Cluster]:
    clusters: dict[str, Cluster] = {}
    named = {c.key for c in candidates if not c.needs_named}
    for candidate in candidates:
        if candidate.needs_named and candidate.key not in named:
            continue
        group = clusters.setdefault(candidate.key, Cluster(candidate.key))
        group.candidates.append(candidate)
        for role in candidate.roles:
            if role not in group.roles:
                group.roles.append(role)
    _merge_genitive_persons(clusters)
    for key in [k for k in clusters if k.startswith("PER:")]:
        _split_namesakes(clusters, key)
    return clusters


def _merge_genitive_persons(clusters: dict[str, Cluster]) -> None:
    """ "Barack Obamas" is Obama's genitive where the article names "Obama" too: one person,
    and the genitive's names lose their "s" ("Steven Spielbergs" -> "Steven Spielberg")."""
    for key in [k for k in clusters if k.startswith("PER:") and k.endswith("s")]:
        if key[:-1] not in clusters:
            continue
        target = clusters.pop(key)
        for candidate in target.candidates:
            if person_key(candidate.name.split()[-1]) == key:
                candidate.name = candidate.name[:-1]
        clusters[key[:-1]].candidates.extend(target.candidates)
        clusters[key[:-1]].roles.extend(
            r for r in target.roles if r not in clusters[key[:-1]].roles
        )


def _given_name(candidate: Candidate) -> str | None:
    """The first name of a full name ("Jeb" of "Jeb Bush"), where a list or the census rule
    vouches for it as one."""
    words = candidate.name.split()
    if candidate.kind != "name" or len(words) < 2:
        return None
    given = words[0]
    # a census name of any length: "Le Pen" is no "Marion Maréchal-Le Pen" either
    known = given in first_names() or given in census_first_names()
    # "Bernd-Robert", "Hans-Jörg": a double first name of listed parts
    double = "-" in given and all(part in first_names() for part in given.split("-"))
    return given if known or double or candidate.priority == CENSUS_PRIORITY else None


def _forenames(candidate: Candidate) -> frozenset[str] | None:
    """The keys of a vouched full name's words before the surname, initials left out; the
    parts of a double first name apart ("Hans-Jörg Schelling" is "Hans Jörg Schelling")."""
    if _given_name(candidate) is None:
        return None
    words = candidate.name.split()[:-1]
    return frozenset(
        name_key(part) for word in words if not is_initial(word) for part in word.split("-")
    )


def _split_namesakes(clusters: dict[str, Cluster], key: str) -> None:
    """ "Jeb Bush" and "George W. Bush": persons of one surname with different first names
    are two ("Peter Doskozil" is "Hans Peter Doskozil"); a bare surname stays with the full
    name written last before it."""
    group = clusters[key]
    # in the order of their first mention, so that the result does not hang on set order
    ordered = sorted(group.candidates, key=lambda c: c.first)
    sets = list(dict.fromkeys(names for c in ordered if (names := _forenames(c))))
    people = [names for names in sets if not any(names < other for other in sets)]
    if len(people) < 2:
        return
    del clusters[key]
    owners: dict[frozenset[str], Cluster] = {}
    current: Cluster | None = None
    for candidate in ordered:
        names = _forenames(candidate)
        if names is None and current is not None:
            owner = current
        else:
            person = next((p for p in people if names and names <= p), people[0])
            owner = owners.setdefault(person, Cluster(f"{key}:{'-'.join(sorted(person))}"))
        candidate.key = owner.key
        owner.candidates.append(candidate)
        for role in candidate.roles:
            if role not in owner.roles:
                owner.roles.append(role)
        current = owner
    clusters.update({owner.key: owner for owner in owners.values()})


def _name_parts(name: str) -> list[str]:
    return name.replace("-", " ").split()


def _contains_words(longer: list[str], shorter: list[str]) -> bool:
    return len(shorter) < len(longer) and any(
        longer[start : start + len(shorter)] == shorter for start in range(len(longer))
    )


def _same_or_no_code(one: Cluster, other: Cluster) -> bool:
    """Whether two organisations of one name may be one: no two codes tell them apart (an
    "Innenministerium" of two states is two)."""
    codes = {c.code for c in one.candidates + other.candidates if c.code}
    return len(codes) <= 1


def _thing_of(longer: str, shorter: str) -> bool:
    """ "Lufthansa-Konzern", "ÖVP-Landesrat", "Samsung-Topgeräte": a name and a common noun
    in one word name the organisation by the name alone (no "Lufthansa-Konzern" beside
    "Lufthansa" is another body)."""
    rest = longer.removeprefix(shorter + "-")
    return rest != longer and rest[:1].isupper() and "-" not in rest and is_common_noun(rest)


def _two_known_bodies(
    shorter: list[str], longer: list[str], one: Cluster, other: Cluster, known: Set[str]
) -> bool:
    """ "Europäischer Gerichtshof" and "Europäischer Gerichtshof für Menschenrechte": a known
    body's name that more words follow names another known body of its kind where the
    knowledge base tells the two apart (a name after a prefix, "die Taliban" in
    "Tehrik-i-Taliban Pakistan", is still a short form of the longer)."""
    return (
        one.key in known
        and other.key in known
        and longer[: len(shorter)] == shorter
        and not _same_or_no_code(one, other)
    )


def merge_specific_organisations(
    clusters: dict[str, Cluster], known: Set[str] = frozenset()
) -> None:
    """ "die Taliban" after "Tehrik-i-Taliban Pakistan": an organisation whose whole name
    is part of another one's that the article names means that one. ``known`` holds the
    knowledge base's actor keys."""
    organisations = sorted(
        (
            key
            for key, group in clusters.items()
            if group.candidates
            and group.candidates[0].type == "ORG"
            and group.candidates[0].kind in ("name", "acronym")
        )
    )
    for key in organisations:
        if key not in clusters:
            continue  # merged into a shorter name below
        shorter = _name_parts(clusters[key].candidates[0].name)
        targets = [
            other
            for other in organisations
            if other in clusters
            and other != key
            and (
                _contains_words(longer := _name_parts(clusters[other].candidates[0].name), shorter)
                and not _two_known_bodies(shorter, longer, clusters[key], clusters[other], known)
                or longer == shorter  # "Salzburger Nachrichten" and its "(SN)" defined apart
                and _same_or_no_code(clusters[key], clusters[other])
            )
        ]
        if len(targets) != 1:
            continue  # none, or ambiguous ("Union" in two unions' names)
        source_key, target_key = key, targets[0]
        if _thing_of(clusters[target_key].candidates[0].name, clusters[key].candidates[0].name):
            source_key, target_key = target_key, key  # "Lufthansa-Konzern" is Lufthansa
        target = clusters[target_key]
        lead = target.candidates[0]
        for candidate in clusters.pop(source_key).candidates:
            candidate.key, candidate.name, candidate.code = lead.key, lead.name, lead.code
            candidate.listed_name = None
            target.candidates.append(candidate)
        target.candidates.sort(key=lambda c: c.first)


def family_name_first(group: Cluster) -> str | None:
    """The family name of an East Asian name order ("Hu Jia", "Zeng Jinyan"): a short first
    part that is no known first name, in a two-part name."""
    words = max((c.name for c in group.candidates), key=len).split()
    if (
        len(words) == 2
        and len(words[0]) <= 4
        and words[0] not in first_names()
        and words[0].isalpha()
    ):
        return words[0]
    return None


def add_surname_mentions(
    tokens: list[Tok], clusters: dict[str, Cluster], covered: set[int], positions: WordPositions
) -> None:
    """Later (and earlier) bare surnames, in any transliteration: "Rjabkow" -> Ryabkow."""
    by_key = {key.removeprefix("PER:"): group for key, group in clusters.items() if group.is_person}
    for group in list(by_key.values()):
        family = family_name_first(group)
        if family:
            by_key.setdefault(name_key(family), group)
    # namesakes split apart ("PER:kaczynski:iaroslav", "PER:kaczynski:lec") share a surname
    namesakes: dict[str, list[Cluster]] = {}
    for key, group in list(by_key.items()):
        if ":" in key and not key.startswith("unnamed:"):
            namesakes.setdefault(key.split(":")[0], []).append(group)
    if not by_key:
        return  # no person to add mentions to
    known = frozenset(by_key) | frozenset(namesakes)
    # the capitalised words outside other mentions in one comprehension (the loop covers
    # only the word it is at); each distinct word's key is made once (words repeat)
    keys: dict[str, str] = {}
    words = positions.words
    for index in [index for index in positions.capitalised if index not in covered]:
        word = words[index]
        if word not in keys:
            keys[word] = name_key(strip_genitive(word, known))
        surname = keys[word]
        owner = by_key.get(surname)
        if owner is None and surname in namesakes:
            owner = _namesake_before(namesakes[surname], index)
        if owner:
            owner.extra_mentions.append((index, index, "name"))
            covered.add(index)


def _namesake_before(groups: list[Cluster], index: int) -> Cluster | None:
    """The one namesake named before a bare surname ("Kaczynski" after "Jarosław
    Kaczyński", before "Lech Kaczyński"); where two were, the text alone rarely tells
    which one is meant ("Green" after "Robert Green" and "Joyce Green"), so neither."""
    before = [g for g in groups if any(c.first < index for c in g.candidates)]
    return before[0] if len(before) == 1 else None


def _person_before(
    tokens: list[Tok],
    clusters: dict[str, Cluster],
    position: int,
    gender: str | None,
    head: str | None = None,
    window: int = REFERENCE_WINDOW,
    reference_affiliation: str | None = None,
    require_affiliation: bool = False,
) -> Cluster | None:
    """The person mentioned last before ``position`` who fits gender (and role head)."""
    best: tuple[int, Cluster] | None = None
    limit = tokens[position].start - window
    for group in clusters.values():
        if not group.is_person:
            continue
        if gender and group.gender and group.gender != gender:
            continue
        if head and not any(_head_of(role) == head for role in group.roles):
            continue
        affiliation = next((c.affiliation for c in group.candidates if c.affiliation), None)
        if reference_affiliation and affiliation and affiliation != reference_affiliation:
            continue
        if require_affiliation and not (
            _wide_roles(group) and affiliation == reference_affiliation
        ):
            continue
        starts = [c.first for c in group.candidates] + [m[0] for m in group.extra_mentions]
        earlier = [s for s in starts if s < position and tokens[s].start >= limit]
        if earlier and (best is None or max(earlier) > best[0]):
            best = (max(earlier), group)
    return best[1] if best else None


def _wide_roles(group: Cluster) -> list[str]:
    """The group's roles but those of a city or region ("Wiener FPÖ-Obmann"): whoever holds
    only such a role is not "der FPÖ-Chef" of a later sentence."""
    local = {role for candidate in group.candidates for role in candidate.local_roles}
    return [role for role in group.roles if role not in local]


def _head_of(role: str) -> str | None:
    title = title_of(role.split()[-1])
    return title.head if title else None


def attach_role_references(
    tokens: list[Tok],
    clusters: dict[str, Cluster],
    references: list[RoleReference],
    covered: set[int],
) -> None:
    persons = sorted(
        (c for g in clusters.values() if g.is_person for c in g.candidates), key=lambda c: c.first
    )
    referred: dict[str, set[str]] = {}  # person key -> states of the titles referring to them
    for reference in references:
        if any(i in covered for i in range(reference.first, reference.last + 1)):
            continue
        target = None
        if reference.apposition:
            target = next((c for c in persons if 0 < c.first - reference.last <= 4), None)
            group = clusters[target.key] if target else None
            if target and not target.affiliation:
                target.affiliation = reference.affiliation
            if group and reference.role not in group.roles:
                group.roles.insert(0, reference.role)
        else:
            group = _person_before(
                tokens,
                clusters,
                reference.first,
                reference.gender,
                reference.head,
                reference_affiliation=reference.affiliation,
            )
            if group is None and reference.affiliation:
                # "der venezolanische Staatschef" after "Präsident Chávez": an official of
                # the same state under another title
                group = _person_before(
                    tokens,
                    clusters,
                    reference.first,
                    reference.gender,
                    reference_affiliation=reference.affiliation,
                    require_affiliation=True,
                )
            if group and reference.affiliation and group.is_person:
                referred.setdefault(group.key, set()).add(reference.affiliation)
        if group is None and reference.affiliation:
            # "der neuseeländische Botschafter" with no name acts for his state
            group = clusters.get(f"GPE:{reference.affiliation}")
        if group:
            group.extra_mentions.append((reference.first, reference.last, "role"))
            covered.update(range(reference.first, reference.last + 1))
    for key, states in referred.items():
        group = clusters[key]
        if len(states) == 1 and not any(c.affiliation for c in group.candidates):
            # "Ecuadors Präsident" after "Präsident Rafael Correa": the state his own title
            # names outranks a guess from the states named near him (where the titles
            # referring to him disagree, neither is taken)
            group.candidates[0].affiliation = next(iter(states))


def _canonical(group: Cluster) -> str:
    names = [c for c in group.candidates if c.kind in ("name", "acronym")] or group.candidates
    if group.is_person:
        return max(names, key=lambda c: (c.last - c.first, -c.first)).name
    return names[0].name


def _variants(group: Cluster, tokens: list[Tok], canonical: str) -> list[str]:
    if group.is_person:
        known = frozenset({group.key.removeprefix("PER:")})
        surnames = {strip_genitive(tokens[c.last].text, known) for c in group.candidates}
        surnames |= {
            strip_genitive(tokens[m[0]].text, known) for m in group.extra_mentions if m[2] == "name"
        }
        return sorted(surnames) if len(surnames) > 1 else []
    # other names the article uses, uninflected ("UNO" beside "Vereinte Nationen")
    names = {c.listed_name for c in group.candidates if c.listed_name}
    return sorted(name for name in names if name != canonical)


def to_entities(
    text: str, tokens: list[Tok], clusters: dict[str, Cluster], dateline: str | None
) -> list[Entity]:
    """The article's entities from its clusters; ``dateline`` is the state of its dateline
    place (:func:`~lagebild.entities.state_guesses.dateline_state`)."""
    entities = []
    weights = state_weights(clusters)  # once: the clusters do not change below
    main_state = dominant_state(clusters, weights)
    # the dateline's state, where the article names it too or names no state most: a
    # correspondent's seat ("Mexiko-Stadt –" for Guatemala) is not what the text is about
    home_state = (
        dateline if dateline and (main_state is None or dateline in weights) else main_state
    )
    for number, group in enumerate(sorted(clusters.values(), key=lambda g: g.first_position), 1):
        spans = {(c.first, c.last): c.kind for c in group.candidates}
        for first, last, kind in group.extra_mentions:
            spans.setdefault((first, last), kind)
        mentions = []
        for (first, last), kind in sorted(spans.items()):
            start, end = tokens[first].start, tokens[last].end
            mentions.append(Mention(start=start, end=end, text=text[start:end], kind=kind))
        for start, end, _ in group.char_mentions:
            mentions.append(Mention(start=start, end=end, text=text[start:end], kind="name"))
        mentions.sort(key=lambda mention: mention.start)
        if not group.candidates and group.actor:
            actor = group.actor
            entities.append(
                Entity(
                    id=f"E{number}",
                    name=actor.canonical,
                    type=actor.type,
                    code=actor.code,
                    mentions=mentions,
                )
            )
            continue
        lead = group.candidates[0]
        canonical = _canonical(group)
        affiliation = next((c.affiliation for c in group.candidates if c.affiliation), None)
        if group.is_person and affiliation is None:
            affiliation = people_of_title(group)
        if (
            group.is_person
            and affiliation is None
            and is_official(group)
            and not leads_people(group)
        ):
            # an official without a marked state: the state just named, else the state the
            # article is written from, else the one it names most
            affiliation = (
                quoted_subject_state(tokens, group.first_position)
                or state_named_before(
                    tokens,
                    clusters,
                    group.first_position,
                    OFFICIAL_STATE_WINDOW,
                    peoples=not holds_seated_office(group),
                )
                or home_state
            )
        if (
            group.is_person
            and affiliation not in federal_states()
            and (affiliation is None or affiliation in state_codes())
            and holds_federal_office(group.roles)
        ):
            affiliation = federal_state_of_article(weights)
        if group.is_person and (affiliation is None or affiliation in state_codes()):
            # a well-known politician keeps their state: "Kanzlerin Merkel" in an Austrian
            # article is no Austrian; a party or body the article gives stays
            affiliation = known_state(canonical) or affiliation
        entities.append(
            Entity(
                id=f"E{number}",
                name=canonical,
                type=lead.type,
                code=next((c.code for c in group.candidates if c.code), None),
                affiliation=affiliation if group.is_person else None,
                # one role per person, as its nominative ("des Ex-Bürgermeisters")
                roles=list(dict.fromkeys(nominative_role(role) for role in group.roles)),
                variants=_variants(group, tokens, canonical),
                mentions=mentions,
            )
        )
    return entities
