"""Descriptive groups of people as actors: "24 irakischen Zivilisten", "die Demonstranten".

Every mention of one group noun in an article joins one entity (type MISC). Its name is
the first mention that carries an adjective, in the nominative ("Irakische Zivilisten");
its code is the state of a state adjective ("irakische" -> IRQ), else the name, as the
guidelines give non-state actors their canonical name.
"""

from __future__ import annotations

from functools import cache, lru_cache

from lagebild.entities.caching import WORD_CACHE_SIZE
from lagebild.entities.candidates import Candidate, Tok, named_organisation
from lagebild.entities.kb import ActorKB, data_lines, data_rows
from lagebild.entities.names import first_names, is_common_noun, name_key, title_of
from lagebild.entities.origins import is_place_name
from lagebild.entities.resolve import Cluster
from lagebild.entities.suffixes import Endings
from lagebild.entities.word_positions import WordPositions

NON_ADJECTIVES = frozenset(
    {
        "die",
        "der",
        "des",
        "den",
        "eine",
        "einer",
        "diese",
        "dieser",
        "jene",
        "alle",
        "viele",
        "einige",
        "mehrere",
        "manche",
        "welche",
    }
)
GROUP_PRIORITY = 1  # below names, titles and state adjectives with their nouns
#: Letters a compound's first part needs before a group noun without a hyphen: shorter ones
#: are word beginnings that happen to end like a group noun ("Gemeinheiten", "Neusiedler").
MIN_COMPOUND_STEM = 4
#: the name after an organisation's group noun ("die Gewerkschaft GPA-djp"): the text names it
APPOSED_NAME_PRIORITY = 3


@cache
def group_noun_forms() -> dict[str, str]:
    """Lowercase form -> nominative ("zivilisten", "kämpfern" -> "Kämpfer"); a listed
    singular maps to itself ("gewerkschaft" -> "Gewerkschaft")."""
    forms: dict[str, str] = {}
    for row in data_rows("group_nouns.txt"):
        noun = row[0].strip()
        forms[noun.lower()] = noun
        if not noun.endswith(("n", "s")):
            forms[noun.lower() + "n"] = noun
        if len(row) > 2 and row[2].strip():
            forms[row[2].strip().lower()] = row[2].strip()
    return forms


@cache
def _group_noun_endings() -> Endings[str]:
    return Endings(group_noun_forms())


@cache
def _group_classes() -> dict[str, str]:
    """Lowercase noun (plural and listed singular) -> "citizens" or "ORG"."""
    classes: dict[str, str] = {}
    for row in data_rows("group_nouns.txt"):
        if len(row) > 1 and row[1].strip():
            for noun in (row[0], *row[2:3]):
                classes[noun.strip().lower()] = row[1].strip()
    return classes


def _group_class(noun: str) -> str | None:
    """The class of a group noun or of a compound ending in one ("Bauerngewerkschaft")."""
    lowered = noun.lower()
    if not lowered.endswith(_group_class_keys()):
        return None  # one test in C instead of the loop below, for most words
    return next(
        (
            value
            for key, value in _group_classes().items()
            if lowered == key or lowered.endswith(key)
        ),
        None,
    )


@cache
def _group_class_keys() -> tuple[str, ...]:
    return tuple(_group_classes())


@cache
def group_synonyms() -> dict[str, str]:
    """Lowercase group noun -> the first noun of its synonym set (the cluster key)."""
    synonyms: dict[str, str] = {}
    for line in data_lines("group_synonyms.txt"):
        nouns = line.split("|")
        for noun in nouns:
            synonyms[noun.lower()] = nouns[0].lower()
    return synonyms


@cache
def generic_bodies() -> frozenset[str]:
    return frozenset(data_lines("generic_bodies.txt"))


def is_unspecific_name(name: str) -> bool:
    """A name that alone means a different group or body in every article: a relational
    group noun ("Gegner", "Angreifer") or a body every state has ("Ministerium",
    "Staatsanwaltschaft", "Gewerkschaften")."""
    if " " in name or "-" in name:
        return False
    if _group_classes().get(name.lower()) == "relational":
        return True
    bodies = generic_bodies()
    return name in bodies or any(
        name.endswith(ending) and name[: -len(ending)] in bodies for ending in ("en", "n", "e")
    )


def group_noun(word: str) -> str | None:
    """The nominative of a group noun or of a compound ending in one ("Mubarak-Gegnern")."""
    # a lower-case word is answered before the cache, which so keeps capitalised words
    return _cached_group_noun(word) if word[:1].isupper() else None


@lru_cache(maxsize=WORD_CACHE_SIZE)  # pure, and called for every capitalised token
def _cached_group_noun(word: str) -> str | None:
    lowered = word.lower()
    if not _group_noun_endings().may_end(lowered):
        return None  # no listed form, nor a compound ending in one
    forms = group_noun_forms()
    if lowered in forms:
        return forms[lowered]
    for length in range(len(lowered) - 3, 3, -1):
        tail = lowered[-length:]
        if tail in forms:
            stem = word[: len(word) - length]
            if stem.endswith("-"):
                return stem + forms[tail]
            if len(stem) < MIN_COMPOUND_STEM:
                continue  # no plausible first part: "Gem|einheiten", "Neu|siedler"
            return stem + forms[tail].lower()
    return None


@cache
def group_quantifiers() -> frozenset[str]:
    return frozenset(data_lines("group_quantifiers.txt"))


def _quantifier(word: str) -> bool:
    lowered = word.lower()
    return lowered in group_quantifiers() or any(
        lowered == stem + ending
        for stem in (lowered[:-1], lowered[:-2])
        for ending in ("e", "en", "er", "es")
        if stem + "e" in group_quantifiers()
    )


def _is_attributive(tokens: list[Tok], index: int) -> bool:
    """An inflected adjective or participle before the noun ("unschuldige", "weißen")."""
    token = tokens[index]
    if _quantifier(token.text):
        return False  # "Tausende Flüchtlinge", "weitere Kämpfer": how many, not what kind
    if token.tag:
        return token.tag == "ADJA"
    word = token.text
    if not (word.isalpha() and word.endswith(("e", "en", "er", "es"))):
        return False
    sentence_start = index == 0 or tokens[index - 1].text in (".", "!", "?", ":")
    if word.lower() in NON_ADJECTIVES:
        return False
    return word.islower() or (sentence_start and not is_common_noun(word))


def _is_participle(word: str) -> bool:
    """ "werfende", "protestierenden", "getöteten": a present or past participle."""
    lowered = word.lower()
    stem = next(
        (lowered[: -len(e)] for e in ("en", "er", "es", "em", "e") if lowered.endswith(e)), ""
    )
    return stem.endswith("end") or stem.startswith("ge") and stem.endswith(("t", "en"))


def _extended_participle(tokens: list[Tok], first: int, index: int) -> bool:
    """ "Steine werfende Demonstranten": a participle with its own object before it is a
    clause folded into the phrase, which describes the group but is no name of it."""
    if first == 0 or not _is_participle(tokens[index - 1].text):
        return False
    before = tokens[first - 1]
    if before.tag:
        return before.tag in ("NN", "NE")
    return (
        before.text.isalpha()
        and before.text[:1].isupper()
        and before.text.lower() not in NON_ADJECTIVES
        and is_common_noun(before.text)
    )


def _genitive_complement(tokens: list[Tok], index: int) -> bool:
    """ "Unterstützer der Regierung", "Anhänger der Opposition": whose group it is, by a
    common noun (a name after it, "Anhänger des Präsidenten Machar", is left out)."""
    if index + 2 >= len(tokens) or tokens[index + 1].text not in ("der", "des"):
        return False
    word = tokens[index + 2].text
    after = tokens[index + 3].text if index + 3 < len(tokens) else ""
    return word in group_owner_nouns() and not after[:1].isupper()


@cache
def group_owner_nouns() -> frozenset[str]:
    return frozenset(data_lines("group_owner_nouns.txt"))


def nominative_plural_adjective(word: str) -> str:
    for ending in ("en", "er", "es", "em", "e"):
        if word.endswith(ending):
            word = word[: -len(ending)]
            break
    return word[:1].upper() + word[1:] + "e"


def _next_word(tokens: list[Tok], index: int) -> int:
    """The index of the first token after ``index`` that is no whitespace."""
    index += 1
    while index < len(tokens) and tokens[index].text.isspace():
        index += 1
    return index


def _apposed_name(tokens: list[Tok], index: int, kb: ActorKB) -> int | None:
    """The index of a one-word organisation name right after the group noun at ``index``
    ("die Gewerkschaft GPA-djp", "die Gewerkschaft Solidarność"): a capitalised word that is
    no noun, title, first name, place or known actor, with no further name after it."""
    at = _next_word(tokens, index)
    if at >= len(tokens):
        return None
    word = tokens[at].text
    following = _next_word(tokens, at)
    if (
        not word[:1].isupper()
        or tokens[at].tag not in ("NE", "")
        or not word.replace("-", "").isalnum()
        or is_common_noun(word)
        or title_of(word)
        or word in first_names()
        or (word,) in kb.phrases
        or is_place_name(word)
        or following < len(tokens)
        and tokens[following].text[:1].isupper()
    ):
        return None
    return at


def group_candidates(tokens: list[Tok], kb: ActorKB, positions: WordPositions) -> list[Candidate]:
    found = []
    # a group noun is capitalised and ends in a listed form
    for index in positions.capitalised_ending_in(_group_noun_endings().tails):
        noun = group_noun(tokens[index].text)
        if noun is None:
            continue
        first = index
        while first > 0 and _is_attributive(tokens, first - 1):
            first -= 1
        code = None
        for adjective in tokens[first:index]:
            surface = kb.phrases.get((adjective.text,))
            if surface and surface.kind == "adjective":
                code = surface.actor.code
        if first < index and _extended_participle(tokens, first, index):
            first = index  # the mention is the noun the folded clause describes
        name = noun
        if first < index:
            name = f"{nominative_plural_adjective(tokens[index - 1].text)} {noun}"
        last = index
        if _genitive_complement(tokens, index):  # "Unterstützer der Regierung"
            last = index + 2
            name = f"{name} {tokens[index + 1].text} {tokens[index + 2].text}"
        key = group_synonyms().get(noun.lower(), noun.lower())
        organisation = _group_class(noun) == "ORG"
        if organisation and (named := _apposed_name(tokens, last, kb)) is not None:
            name_of = tokens[named].text
            found.append(named_organisation(named, named, name_of, APPOSED_NAME_PRIORITY))
        written = " ".join(token.text for token in tokens[first : last + 1])
        found.append(
            Candidate(
                first=first,
                last=last,
                type="ORG" if organisation else "MISC",
                kind="name",
                key=f"MISC:{key}",
                name=name,
                code=code,
                priority=GROUP_PRIORITY,
                # the name as written, uninflected, or the usual noun of a synonym set
                preferred_name=(first < index and written.casefold() == name.casefold())
                or noun.lower() == key,
            )
        )
    return found


def name_groups(candidates: list[Candidate]) -> None:
    """Give every mention of a group the name and code of its best-described mention."""
    by_key: dict[str, list[Candidate]] = {}
    for candidate in candidates:
        if candidate.key.startswith("MISC:"):
            by_key.setdefault(candidate.key, []).append(candidate)
    for members in by_key.values():
        described = [c for c in members if c.last > c.first] or members
        best = min(described, key=lambda c: (not c.preferred_name, c.first))
        code = next((c.code for c in members if c.code), None)
        if code is None and _group_class(best.name.split()[-1]) != "citizens":
            code = best.name  # a citizens' group without a state waits for the article's
        for candidate in members:
            candidate.name, candidate.code = best.name, code


@cache
def _listed_singulars() -> tuple[str, ...]:
    """Lowercase singulars of the group nouns that list one ("gewerkschaft")."""
    return tuple(
        row[2].strip().lower() for row in data_rows("group_nouns.txt") if len(row) > 2 and row[2]
    )


def join_groups_to_named(tokens: list[Tok], clusters: dict[str, Cluster]) -> None:
    """ "Die Gewerkschaft GPA-djp lanciert … Die Gewerkschaft fordert": an organisation's
    group noun in the singular right before the name of one named organisation of the
    article means that one, there and wherever else it stands in the singular (as a role
    mention). With two organisations so named, or only plurals, the group stays."""
    named_at = {
        candidate.first: key
        for key, group in clusters.items()
        if not key.startswith("MISC:") and group.candidates and group.candidates[0].type == "ORG"
        for candidate in group.candidates
    }
    for key, group in list(clusters.items()):
        if not key.startswith("MISC:") or not group.candidates:
            continue
        if group.candidates[0].type != "ORG":
            continue
        singular = [
            candidate
            for candidate in group.candidates
            if candidate.last == candidate.first
            and tokens[candidate.last].text.lower().endswith(_listed_singulars())
        ]
        nexts = (_next_word(tokens, candidate.last) for candidate in singular)
        targets = {named_at[at] for at in nexts if at in named_at}
        if len(targets) != 1:
            continue
        target = clusters[targets.pop()]
        for candidate in singular:
            group.candidates.remove(candidate)
            target.extra_mentions.append((candidate.first, candidate.last, "role"))
        if not group.candidates and not group.extra_mentions:
            del clusters[key]


def assign_citizen_states(clusters: dict[str, Cluster], main_state: str | None) -> None:
    """ "mehrere hundert Zivilisten" with no state adjective: citizens of the state the
    article is about (the group's name where there is none)."""
    for key, group in clusters.items():
        if not key.startswith("MISC:"):
            continue
        for candidate in group.candidates:
            if candidate.code is None:
                candidate.code = main_state or candidate.name


def merge_owned_groups(tokens: list[Tok], clusters: dict[str, Cluster]) -> None:
    """ "Gegner des ägyptischen Präsidenten" are the "Mubarak-Gegner" the article names: a
    group noun with a person in the genitive (by title or name) joins the group whose name
    compounds that person's surname with the same noun."""
    for key, group in list(clusters.items()):
        if not key.startswith("MISC:") or "-" in key:
            continue
        for candidate in list(group.candidates):
            noun = group_noun(tokens[candidate.last].text)
            person = _genitive_person(tokens, candidate.last + 1, clusters)
            if noun is None or person is None:
                continue
            surname = person.candidates[0].name.split()[-1]
            target = clusters.get(f"MISC:{surname.lower()}-{noun.lower()}")
            if target is None or not target.candidates:
                continue
            lead = target.candidates[0]
            candidate.key, candidate.name, candidate.code = lead.key, lead.name, lead.code
            group.candidates.remove(candidate)
            target.candidates.append(candidate)
            target.candidates.sort(key=lambda c: c.first)
        if not group.candidates and not group.extra_mentions:
            del clusters[key]


def _genitive_person(tokens: list[Tok], index: int, clusters: dict[str, Cluster]) -> Cluster | None:
    """The one person a genitive at ``index`` names: "des (ägyptischen) Präsidenten" by a
    title the person holds in the article, "Mubaraks" by name."""
    if index >= len(tokens):
        return None
    if tokens[index].text in ("des", "der"):
        index += 1
        while index < len(tokens) and _is_attributive(tokens, index):
            index += 1
    if index >= len(tokens):
        return None
    word = tokens[index].text
    title = title_of(word)
    persons = [group for group in clusters.values() if group.is_person]
    if title is not None:
        found = [p for p in persons if any(_role_head(role) == title.head for role in p.roles)]
    else:
        found = [p for p in persons if p.key == f"PER:{name_key(word.removesuffix('s'))}"]
    return found[0] if len(found) == 1 else None


def _role_head(role: str) -> str | None:
    title = title_of(role.split()[-1]) if role.split() else None
    return title.head if title else None


#: The cluster key of the synonym set of people named by their protesting.
PROTESTERS_KEY = "MISC:demonstranten"


@cache
def opponent_group_endings() -> tuple[str, ...]:
    return tuple(data_lines("opponent_group_nouns.txt"))


def join_protesters_to_opponents(clusters: dict[str, Cluster]) -> None:
    """ "Proteste der Mubarak-Gegner … Die Demonstranten bestreiten das": protesters never
    described otherwise ("die Demonstranten", no adjective) are the article's one group
    named by whom it opposes."""
    protesters = clusters.get(PROTESTERS_KEY)
    if protesters is None or any(c.last > c.first for c in protesters.candidates):
        return
    opponents = [
        group
        for key, group in clusters.items()
        if key.startswith("MISC:")
        and key != PROTESTERS_KEY
        and group.candidates
        and key.endswith(opponent_group_endings())
    ]
    if len(opponents) != 1:
        return
    target = opponents[0]
    lead = target.candidates[0]
    for candidate in protesters.candidates:
        candidate.key, candidate.name, candidate.code = lead.key, lead.name, lead.code
    target.candidates = sorted(target.candidates + protesters.candidates, key=lambda c: c.first)
    target.extra_mentions.extend(protesters.extra_mentions)
    del clusters[PROTESTERS_KEY]
