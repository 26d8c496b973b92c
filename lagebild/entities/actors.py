"""States and organisations: knowledge-base names, capitals as metonyms, compounds, patterns."""

from __future__ import annotations

from functools import cache, lru_cache

from lagebild.dates import lexicon
from lagebild.entities.caching import WORD_CACHE_SIZE
from lagebild.entities.candidates import Candidate, Tok
from lagebild.entities.capital_metonyms import is_capital_metonym
from lagebild.entities.kb import ActorKB, Surface, context_words, data_lines, data_rows
from lagebild.entities.names import is_common_noun, noun_genus, title_of
from lagebild.entities.origins import is_city_adjective
from lagebild.entities.sentence_starts import capitalised_by_sentence_start
from lagebild.entities.suffixes import Tails, last_letters
from lagebild.entities.word_positions import WordPositions, positions_in


@cache
def organisation_heads() -> dict[str, str]:
    """Lowercase inflected head form -> nominative head ("rates" -> "Rat")."""
    heads: dict[str, str] = {}
    for row in data_rows("organisation_heads.tsv"):
        head = row[0]
        for form in [head, *(row[1].split("|") if len(row) > 1 and row[1] else [])]:
            heads[form.lower()] = head
    return heads


@cache
def generic_org_heads() -> frozenset[str]:
    return frozenset(data_lines("generic_org_heads.txt"))


@cache
def _side_noun_forms() -> tuple[str, ...]:
    forms = set()
    for noun in data_lines("state_side_nouns.txt"):
        forms |= {noun.lower() + tail for tail in ("", "n", "en", "s", "es")}
    return tuple(sorted(forms, key=len, reverse=True))


@lru_cache(maxsize=WORD_CACHE_SIZE)  # pure, and called for words after every state adjective
def is_side_noun(word: str) -> bool:
    """A noun that with an actor stands for the actor ("Seite", "Sicherheitskräfte")."""
    lowered = word.lower()
    if not lowered.endswith(_side_noun_forms()):
        return False  # one test in C instead of the loop below, for most words
    return word[:1].isupper() and any(
        lowered == form or (lowered.endswith(form) and len(lowered) - len(form) >= 3)
        for form in _side_noun_forms()
    )


@cache
def _heads_longest_first() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(organisation_heads().items(), key=lambda item: -len(item[0])))


@cache
def _head_tails() -> Tails | None:
    """The last letters of every form and head (:func:`organisation_head` answers None for a
    word that ends in none of them)."""
    forms, heads = _head_forms()
    return last_letters([*forms, *(head.lower() for head in heads)])


@cache
def _head_forms() -> tuple[tuple[str, ...], frozenset[str]]:
    """Every lower-cased form, and every head as written."""
    return tuple(organisation_heads()), frozenset(organisation_heads().values())


def organisation_head(word: str) -> tuple[str, str] | None:
    """(nominative of the whole word, head) if ``word`` ends in an organisation head noun."""
    # a lower-case word is answered before the cache, which so keeps capitalised words
    return _cached_organisation_head(word) if word[:1].isupper() else None


@lru_cache(maxsize=WORD_CACHE_SIZE)  # pure, and called for every capitalised token
def _cached_organisation_head(word: str) -> tuple[str, str] | None:
    lowered = word.lower()
    forms, heads = _head_forms()
    if not lowered.endswith(forms) and word not in heads:
        return None  # one test in C instead of the loop below, for most words
    for form, head in _heads_longest_first():
        if not head[1:].islower():  # "AG", "GmbH", "Inc.": whole words only
            if word == head:
                return word, head
            continue
        if lowered.endswith(form):
            rest = word[: len(word) - len(form)]
            if rest and (len(rest) < 3 and not rest.endswith("-")):
                continue
            if _longer_noun_ends(rest, form):
                return None  # "Topgeräte" ends in "Geräte", not in "Räte"
            return rest + (head.lower() if rest and not rest.endswith("-") else head), head
    return None


#: how many letters before a head noun may begin a longer noun it is part of
_MAX_NOUN_OVERHANG = 3


def _longer_noun_ends(rest: str, form: str) -> bool:
    """Whether a word's letters before a head form and the form make a longer common noun
    ("ge" + "räte": "Geräte"), so that the word's head is that noun, not the form."""
    return any(
        is_common_noun((rest[-size:] + form).capitalize())
        for size in range(1, min(_MAX_NOUN_OVERHANG, len(rest) - 1) + 1)
        if rest[-size:].isalpha()
    )


def match_phrases(
    tokens: list[Tok], kb: ActorKB, positions: WordPositions | None = None
) -> list[tuple[int, int, Surface]]:
    """Longest knowledge-base matches, left to right: (first, last, surface)."""
    found = []
    lengths = kb.lengths
    resume = 0  # the tokens before it belong to a match found already
    words = positions.words if positions else [token.text for token in tokens]
    # a match begins at a word that begins a listed phrase: the look-up of every token in
    # one comprehension, the few such words in the loop
    for index in positions_in(words, lengths):
        if index < resume:
            continue
        for length in lengths[tokens[index].text]:
            if index + length > len(tokens):
                continue
            key = tuple(token.text for token in tokens[index : index + length])
            surface = kb.phrases.get(key)
            if surface:
                found.append((index, index + length - 1, surface))
                resume = index + length
                break
    return found


def knowledge_base_candidates(
    tokens: list[Tok], kb: ActorKB, positions: WordPositions | None = None
) -> list[Candidate]:
    found = []
    for first, last, surface in match_phrases(tokens, kb, positions):
        actor, kind = surface.actor, surface.kind
        if kind in ("name", "acronym"):
            candidate = Candidate.of_actor(actor, first, last, kind, 3)
            candidate.listed_name = surface.base or None
            found.append(candidate)
        elif kind == "capital" and is_capital_metonym(tokens, first, last, kb):
            found.append(Candidate.of_actor(actor, first, last, "metonym", 2))
        elif kind == "adjective" and last + 1 < len(tokens) and is_side_noun(tokens[last + 1].text):
            found.append(Candidate.of_actor(actor, first, last + 1, "demonym", 2))
        elif kind == "demonym":
            found.append(Candidate.of_actor(actor, first, last, "demonym", 1))
        elif kind == "collective":
            candidate = Candidate.of_actor(actor, first, last, "collective", 1)
            candidate.needs_named = True
            found.append(candidate)
    return found


def _named_movement(parts: list[str]) -> bool:
    """ "Kifaya-Bewegung", "Dawa-Partei": a proper name (no common noun) before a generic
    organisation head in the nominative."""
    name = parts[0]
    return (
        len(parts) == 2
        and parts[1] in generic_org_heads()
        and name[:1].isupper()
        and name.isalpha()
        and not name.isupper()
        and not title_of(name)
        and not is_common_noun(name)
        and not is_common_noun(name.removesuffix("s"))
    )


def compound_candidates(tokens: list[Tok], kb: ActorKB) -> list[Candidate]:
    """Hyphenated compounds of actors: "NATO-Russland-Rates" is an ORG, "US-Seite" the USA.

    A compound whose head is any other noun ("NATO-Osterweiterung", "Ukraine-Krise") is
    not a mention: the actor only modifies the head.
    """
    found = []
    # only a hyphenated word is a compound: found in one comprehension, split in the loop
    for index in [index for index, token in enumerate(tokens) if "-" in token.text]:
        token = tokens[index]
        parts = token.text.split("-")
        if len(parts) < 2 or not all(parts) or (token.text,) in kb.phrases:
            continue
        actors = [kb.actor_of_prefix(part) for part in parts[:-1]]
        if not any(actors) and _named_movement(parts):
            # "Kifaya-Bewegung": a name the knowledge base lacks, joined to a generic head
            found.append(
                Candidate(
                    first=index,
                    last=index,
                    type="ORG",
                    kind="name",
                    key=f"ORG:{token.text}",
                    name=token.text,
                    code=token.text,
                    priority=4,
                )
            )
            continue
        if not all(actors) or title_of(token.text):
            continue
        first_actor = actors[0]
        assert first_actor is not None  # all(actors) held
        head = parts[-1]
        org = organisation_head(head)
        if len(actors) == 1 and first_actor.type == "ORG" and head in generic_org_heads():
            found.append(Candidate.of_actor(first_actor, index, index, "name", 4))
        elif org:
            name = "-".join([*parts[:-1], org[0]])
            code = first_actor.code if len(actors) == 1 else None
            found.append(
                Candidate(
                    first=index,
                    last=index,
                    type="ORG",
                    kind="name",
                    key=f"ORG:{name}",
                    name=name,
                    code=code,
                    priority=4,
                )
            )
        elif is_side_noun(head) and len(actors) == 1:
            found.append(Candidate.of_actor(first_actor, index, index, "metonym", 3))
    return found


def nominative_adjective(word: str, genus: str | None) -> str:
    if is_city_adjective(word):
        return word  # "Wiener Landesgericht": a city's adjective has no case endings
    stem = word
    for ending in ("en", "em", "er", "es", "e"):
        if word.endswith(ending):
            stem = word[: -len(ending)]
            break
    ending = {"m": "er", "n": "es"}.get(genus or "", "e")
    return stem[:1].upper() + stem[1:] + ending


@cache
def _for_less_heads() -> frozenset[str]:
    return frozenset(data_lines("for_less_heads.txt"))


@cache
def _time_words() -> frozenset[str]:
    """Weekday and month names: "für Montag" says when, it names no field of work."""
    return frozenset(lexicon.weekdays()) | frozenset(lexicon.months())


def _for_phrase_end(tokens: list[Tok], index: int, head: str) -> int:
    """The last token of a "für" phrase that belongs to the name headed at ``index``
    ("Bundesamt für Migration und Flüchtlinge"), else ``index``. No name: a parliament's
    or an office's phrase ("Landesrat für Sicherheit") or a date ("Gewerkschaften für
    Montag")."""
    if not (
        index + 2 < len(tokens)
        and tokens[index + 1].text == "für"
        and tokens[index + 2].text[:1].isupper()
        and tokens[index + 2].text not in _time_words()
        and head not in _for_less_heads()
    ):
        return index
    last = index + 2
    while last + 1 < len(tokens):
        following = tokens[last + 1].text
        if following[:1].isupper() and following.isalpha():
            last += 1
        elif (
            following in ("und", "in", "der", "des")
            and last + 2 < len(tokens)
            and tokens[last + 2].text[:1].isupper()
        ):
            last += 2
        else:
            break
    return last


def organisation_pattern_candidates(
    tokens: list[Tok], kb: ActorKB, positions: WordPositions
) -> list[Candidate]:
    """ "Demokratische Partei", "das niederländische Parlament", "Bundesamt für Migration"."""
    found = []
    articles = context_words()["articles"]
    # an organisation's head noun is capitalised and ends in a listed form
    for index in positions.capitalised_ending_in(_head_tails()):
        token = tokens[index]
        org = organisation_head(token.text)
        if not org or "-" in token.text:
            continue
        first, state = index, None
        adjectives: list[str] = []
        while first > 0:
            previous = tokens[first - 1].text
            surface = kb.phrases.get((previous,))
            if tokens[first - 1].tag and tokens[first - 1].tag != "ADJA":
                break  # "Beide Ministerien": a determiner, not part of a name
            if surface and surface.kind == "adjective" and state is None:
                state = surface.actor
            elif not (
                previous[:1].isupper()
                and previous.endswith(("e", "en", "er", "es"))
                and previous.isalpha()
                and not is_common_noun(previous)
                and previous not in articles
                and first - 1 > 0
                # "Vorsätzliche Brandstiftung hatten …": upper case only for the sentence
                and not capitalised_by_sentence_start(tokens, first - 1)
            ):
                break
            adjectives.insert(0, previous)
            first -= 1
        last = _for_phrase_end(tokens, index, org[0])
        if not adjectives and last == index:
            continue
        genus = noun_genus(org[1])
        words = [nominative_adjective(word, genus) for word in adjectives] + [org[0]]
        words += [token.text for token in tokens[index + 1 : last + 1]]
        name = " ".join(words)
        code = state.code if state else None
        found.append(
            Candidate(
                first=first,
                last=last,
                type="ORG",
                kind="name",
                key=f"ORG:{name}",
                name=name,
                code=code,
                priority=2,
            )
        )
    return found
