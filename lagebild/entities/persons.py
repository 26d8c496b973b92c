"""Persons from title and role triggers ("Vizeaußenministerin Wendy Sherman", "der russische
Vize-Außenminister"), for whom a named person acts, and role nouns without a name."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from lagebild.entities.actors import generic_org_heads, is_side_noun
from lagebild.entities.candidates import Candidate, RoleReference, Tok
from lagebild.entities.institutions import institution_of, own_code_institutions
from lagebild.entities.kb import ActorKB, Surface, data_lines, region_adjectives
from lagebild.entities.local_titles import local_state_before
from lagebild.entities.name_runs import (
    names_a_place,
)
from lagebild.entities.names import (
    Title,
    first_names,
    is_private_title,
    is_role_modifier,
    title_of,
    title_tails,
)
from lagebild.entities.noun_compounds import is_abstract_compound
from lagebild.entities.noun_given_names import name_after_noun_given_name
from lagebild.entities.offices import actor_of_office
from lagebild.entities.origins import (
    state_codes,
    state_of_listed_region,
    state_of_place,
)
from lagebild.entities.person_names import (
    DEFINITE_ARTICLES,
    INDEFINITE_ARTICLES,
    name_tokens_after,
    person_key,
)
from lagebild.entities.possessor_organisations import possessor_organisation
from lagebild.entities.unnamed_roles import (
    is_predicate,
    party_after_von,
    state_genitive,
    unnamed_person,
)
from lagebild.entities.word_positions import WordPositions

#: appositions read after a name for whom the person acts
MAX_APPOSITIONS = 2


def _affiliation_before(tokens: list[Tok], index: int, kb: ActorKB) -> tuple[str | None, int]:
    """Code from adjectives before a title ("russischen", "Kiewer", "Osttimors") and where
    the written role starts (at a role modifier such as "stellvertretende")."""
    code, role_start, cursor = None, index, index - 1
    while cursor >= 0:
        word = tokens[cursor].text
        surface = kb.phrases.get((word,))
        if surface and surface.kind in ("adjective", "city_adjective"):
            code = code or surface.actor.code
        elif surface and surface.kind == "name" and word.endswith("s") and cursor == index - 1:
            code = surface.actor.code  # "Osttimors Außenminister"
            break
        elif (
            surface is None
            and word.endswith("s")
            and cursor == index - 1
            and (region_state := state_of_listed_region(word[:-1]))
        ):
            code = region_state  # "Bayerns Ministerpräsident"
            break
        elif is_role_modifier(word):
            role_start = cursor
        elif not (word.islower() and word.isalpha() and word.endswith(("e", "en", "er"))):
            break
        cursor -= 1
    return code, role_start


def _adjectives_before(tokens: list[Tok], index: int, kb: ActorKB) -> int:
    """Start of the adjectives before a title ("der venezolanische amtierende Präsident")."""
    start = index
    while start > 0:
        token = tokens[start - 1]
        surface = kb.phrases.get((token.text,))
        if (
            token.tag == "ADJA"
            or is_role_modifier(token.text)
            or (surface is not None and surface.kind in ("adjective", "city_adjective"))
        ):
            start -= 1
        else:
            break
    return start


def _local_adjective_before(tokens: list[Tok], index: int, kb: ActorKB) -> bool:
    """Whether a city's or region's adjective stands among the adjectives before the title
    at ``index`` ("der Wiener FPÖ-Obmann", "der steirische SPÖ-Chef")."""
    regions = region_adjectives()
    for token in tokens[_adjectives_before(tokens, index, kb) : index]:
        surface = kb.phrases.get((token.text,))
        if surface is not None and surface.kind == "city_adjective":
            return True
        if token.text in regions or token.text.rstrip("nmrs").removesuffix("e") in regions:
            return True
    return False


def _affiliation_of_title(title: Title, kb: ActorKB) -> str | None:
    """The actor among the title's prefixes, hyphen-joined ones too ("Al-Qaida-Mitglied"),
    else the body its office belongs to ("Kommissionspräsident")."""
    parts = title.prefixes
    for length in range(len(parts), 0, -1):
        for start in range(len(parts) - length + 1):
            actor = kb.actor_of_prefix("-".join(parts[start : start + length]))
            if actor:
                return actor.code
    return actor_of_office(title)


def _organisation_of_title(title: Title, kb: ActorKB) -> str | None:
    """ "BBC-Korrespondent": an organisation (not a state) in the title's prefixes."""
    for prefix in title.prefixes:
        actor = kb.actor_of_prefix(prefix)
        if actor and actor.type == "ORG":
            return actor.code
    return None


def _is_adjective_form(word: str) -> bool:
    """ "prokurdischen", "Griechenland-skeptischen": an inflected adjective, also a hyphened
    one whose first part names an actor that is not the one the title serves."""
    last = word.rsplit("-", 1)[-1]
    return last.isalpha() and last.islower() and last.endswith(("e", "en", "er", "es"))


def _actor_after(tokens: list[Tok], index: int, kb: ActorKB) -> tuple[str | None, int]:
    """ "Generalsekretär der Vereinten Nationen", "Außenminister Russlands", "Sprecherin der
    FDP-Bundestagsfraktion": the actor's code and the index after it (``index + 1`` when
    there is none)."""
    cursor = index + 1
    if cursor < len(tokens) and tokens[cursor].text in ("der", "des", "von"):
        cursor += 1
    if cursor + 1 < len(tokens) and tokens[cursor].text in generic_org_heads():
        cursor += 1  # "Sprecher der Bewegung Tehrik-i-Taliban Pakistan"
    # "Chef der prokurdischen HDP": lower-case adjectives may stand before the name
    named_at = cursor
    while (
        cursor > index + 1
        and named_at < min(cursor + 2, len(tokens) - 1)
        and _is_adjective_form(tokens[named_at].text)
        and (tokens[named_at].text,) not in kb.phrases
    ):
        named_at += 1
    for start in dict.fromkeys((cursor, named_at)):
        for length in (4, 3, 2, 1):
            surface = kb.phrases.get(tuple(token.text for token in tokens[start : start + length]))
            if surface and surface.kind in ("name", "acronym"):
                return surface.actor.code, start + length
    if cursor > index + 1 and cursor + 1 < len(tokens):
        # "Sprecher des österreichischen Innenministeriums": a state's body, by its adjective
        surface = kb.phrases.get((tokens[cursor].text,))
        if surface and surface.kind == "adjective" and _state_body(tokens[cursor + 1].text):
            return surface.actor.code, cursor + 2
    if (
        cursor > index + 1
        and cursor < len(tokens)
        and "-" in tokens[cursor].text
        and not _is_adjective_form(tokens[cursor].text)
    ):
        actor = kb.actor_of_prefix(tokens[cursor].text.split("-")[0])
        if actor:
            return actor.code, cursor + 1
    return None, index + 1


def _state_body(word: str) -> bool:
    """ "Innenministeriums", "Regierung", "Behörden": a body acting for its state (not the
    opposition, which acts for itself)."""
    institution = institution_of(word)
    if institution is not None:
        return institution[1] not in own_code_institutions()
    return is_side_noun(word)


def _actor_named_at(tokens: list[Tok], end: int, kb: ActorKB) -> str | None:
    """ "(VVD)", "von Human Rights Watch", "aus Suriname", "aus Minnesota": the actor (or,
    after "aus", the state of the place) named at ``end``."""
    if end >= len(tokens) or tokens[end].text not in ("(", "von", "vom", "aus"):
        return None
    for length in (3, 2, 1):
        words = tuple(token.text for token in tokens[end + 1 : end + 1 + length])
        surface = kb.phrases.get(words)
        if surface and surface.kind in ("name", "acronym"):
            return surface.actor.code
    if tokens[end].text == "aus" and end + 1 < len(tokens):
        return state_of_place(tokens[end + 1].text)
    return None


@cache
def apposition_adverbs() -> frozenset[str]:
    return frozenset(data_lines("apposition_adverbs.txt"))


def _after_adverbs(tokens: list[Tok], start: int) -> int:
    """Index after the adverbs opening an apposition ("ebenfalls ein Kandidat")."""
    while start < len(tokens) and tokens[start].text in apposition_adverbs():
        start += 1
    return start


def _before_adverbs(tokens: list[Tok], index: int) -> int:
    """Index of the last word before ``index`` that is no apposition adverb (-1 if none)."""
    index -= 1
    while index >= 0 and tokens[index].text in apposition_adverbs():
        index -= 1
    return index


def apposition_title(tokens: list[Tok], start: int) -> int | None:
    """Index of the title of an apposition beginning at ``start`` ("ein republikanischer
    Repräsentant", "PDS-Bundestagsabgeordnete", "dem Senator", "ebenfalls ein Kandidat"),
    or None."""
    cursor = _after_adverbs(tokens, start)
    if cursor < len(tokens) and (
        tokens[cursor].text in INDEFINITE_ARTICLES or tokens[cursor].text in DEFINITE_ARTICLES
    ):
        cursor += 1
    while (
        cursor < len(tokens)
        and tokens[cursor].text.islower()
        and tokens[cursor].text.isalpha()
        and tokens[cursor].text.endswith(("e", "en", "er"))
    ):
        cursor += 1
    if cursor < len(tokens) and title_of(tokens[cursor].text):
        return cursor
    return None


def affiliation_after_name(tokens: list[Tok], end: int, kb: ActorKB) -> str | None:
    """ "Ayaan Hirsi Ali (VVD)", "John Sifton von Human Rights Watch", "Ronald Venetiaan aus
    Suriname", "Petra Pau, PDS-Bundestagsabgeordnete", "John Kline, ein Repräsentant aus
    Minnesota": the actor named next."""
    cursor = end
    # "Rand Paul, ebenfalls ein potenzieller Präsidentschaftskandidat, Senator aus Kentucky":
    # a second apposition may say what the first does not
    for _ in range(MAX_APPOSITIONS):
        if not (cursor + 1 < len(tokens) and tokens[cursor].text == ","):
            break
        at = apposition_title(tokens, cursor + 1)
        if at is None:
            break
        if name_tokens_after(tokens, at + 1, kb) > at + 1:
            # "der US-Ökonom James Galbraith, der britische Labour-Abgeordnete John
            # McDonnell": a title before a name is the next person's, no apposition
            return None
        title = title_of(tokens[at].text)
        if title and is_private_title(title):
            return _organisation_of_title(title, kb)
        if title:
            code = _affiliation_of_title(title, kb) or _actor_after(tokens, at, kb)[0]
            code = code or _actor_named_at(tokens, at + 1, kb)
            if code:
                return code
        cursor = at + 1
    return _actor_named_at(tokens, end, kb)


def _coordinated_member(tokens: list[Tok], end: int, kb: ActorKB) -> tuple[int, int] | None:
    """(start, end) of a name joined by "und" after an apposition ("…, Volker Beck, und
    Wolfgang Wieland"): a known first name and at least one more word."""
    start = end + 2 if end + 1 < len(tokens) and tokens[end].text == "," else end + 1
    if (
        start >= len(tokens)
        or tokens[start - 1].text != "und"
        or tokens[start].text not in first_names()
    ):
        return None
    stop = name_tokens_after(tokens, start, kb)
    return (start, stop) if stop >= start + 2 else None


def _after_place_apposition(tokens: list[Tok], start: int, kb: ActorKB) -> int:
    """ "UNMIK-Leiter im Kosovo, Joachim Rücker": where the name after a place and a comma
    begins (``start`` when the title is not followed so)."""
    if (
        start + 3 < len(tokens)
        and tokens[start].text in ("im", "in")
        and tokens[start + 1].text[:1].isupper()
        and tokens[start + 2].text == ","
        and name_tokens_after(tokens, start + 3, kb) > start + 3
    ):
        return start + 3
    return start


def _gender_of(name_words: list[str], title_gender: str | None) -> str | None:
    # a known first name outranks the title: "der Vorsitzende … Sebastian Edathy" has a
    # title whose form is the same for both
    gender = first_names().get(name_words[0]) if len(name_words) > 1 else None
    return gender if gender in ("m", "f") else title_gender


@dataclass
class _Trigger:
    """A title or demonym and what was read around it, handed between the steps of
    :func:`titled_persons` (the role written so far and whom it acts for change as a
    second title or an apposition after it is read)."""

    index: int
    title: Title | None
    code_before: str | None
    code_after: str | None
    role_start: int
    roles: list[str]
    gender: str | None
    affiliation: str | None
    name_start: int
    apposed: bool = False


def titled_persons(
    tokens: list[Tok], kb: ActorKB, positions: WordPositions | None = None
) -> tuple[list[Candidate], list[RoleReference]]:
    """Persons named after a title, and role nouns that name nobody right there."""
    persons: list[Candidate] = []
    references: list[RoleReference] = []
    resume = 0  # the tokens before it belong to a person found already
    if positions is None:  # a caller without find_candidates's shared pass
        positions = WordPositions.of(tokens)
    for index in _title_or_demonym_positions(positions, kb):
        if index < resume:
            continue
        trigger = _read_trigger(tokens, index, kb)
        _step_to_name(tokens, trigger, kb)
        name_end = _name_end(tokens, trigger.name_start, kb)
        if name_end > trigger.name_start:
            named = _named_persons(tokens, trigger, name_end, kb)
            persons.extend(named)
            resume = named[-1].last + 1
        elif trigger.title:
            unnamed = _unnamed_role(tokens, trigger, trigger.title, kb)
            if isinstance(unnamed, Candidate):
                persons.append(unnamed)
            elif unnamed is not None:
                references.append(unnamed)
    return persons, references


def _read_trigger(tokens: list[Tok], index: int, kb: ActorKB) -> _Trigger:
    """The title or demonym at ``index``: its role, gender and whom it acts for."""
    title = title_of(tokens[index].text)
    code_before, role_start = _affiliation_before(tokens, index, kb)
    code_after, name_start = _actor_after(tokens, index, kb) if title else (None, index + 1)
    return _Trigger(
        index=index,
        title=title,
        code_before=code_before,
        code_after=code_after,
        role_start=role_start,
        roles=[" ".join(t.text for t in tokens[role_start : index + 1])],
        gender=title.gender if title else None,
        affiliation=_trigger_affiliation(
            tokens, index, title, code_before, code_after, role_start, kb
        ),
        name_start=name_start,
    )


def _trigger_affiliation(
    tokens: list[Tok],
    index: int,
    title: Title | None,
    code_before: str | None,
    code_after: str | None,
    role_start: int,
    kb: ActorKB,
) -> str | None:
    """Whom the title or demonym at ``index`` acts for, before any second title is read."""
    if title and is_private_title(title):
        # "einer französischen Lehrerin": a nationality is not whom she acts for
        return (
            code_after
            or possessor_organisation(tokens, role_start, kb)
            or _organisation_of_title(title, kb)
        )
    if title:
        # "UN-Botschafter von Osttimor": the state named after the title is whom he serves
        return (
            code_after
            # "Die ÖVP hatte ihren Klubobmann X": the organisation "ihren" refers to,
            # before the state a title belongs to ("Klubobmann": Austria's)
            or possessor_organisation(tokens, role_start, kb)
            or _affiliation_of_title(title, kb)
            or code_before
        )
    demonym = kb.phrases.get((tokens[index].text,))
    assert demonym is not None  # positions without a title are demonyms
    return demonym.actor.code


def _step_to_name(tokens: list[Tok], trigger: _Trigger, kb: ActorKB) -> None:
    """Moves ``trigger.name_start`` over an apposition's comma, a place apposition or a
    second title, taking the second title's role, affiliation and gender."""
    name_start = trigger.name_start
    if (
        trigger.code_after
        and name_start + 1 < len(tokens)
        and tokens[name_start].text == ","
        and name_tokens_after(tokens, name_start + 1, kb) > name_start + 1
    ):
        name_start += 1  # "der Geschäftsführer der Grünen, Volker Beck"
        trigger.apposed = True
    elif not trigger.code_after:
        name_start = _after_place_apposition(tokens, name_start, kb)
    second = title_of(tokens[name_start].text) if name_start < len(tokens) else None
    if second:  # "Kommandeur Colonel Falur", "US-Unterhändlerin Vizeaußenministerin X"
        trigger.roles.append(tokens[name_start].text)
        trigger.affiliation = trigger.affiliation or _affiliation_of_title(second, kb)
        trigger.gender = trigger.gender or second.gender
        name_start += 1
    trigger.name_start = name_start


def _name_end(tokens: list[Tok], name_start: int, kb: ActorKB) -> int:
    """End of the name at ``name_start``; ``name_start`` itself where no person is named."""
    name_end = name_tokens_after(tokens, name_start, kb)
    if name_end == name_start:
        name_end = name_after_noun_given_name(tokens, name_start, kb)
    if name_end > name_start and names_a_place([t.text for t in tokens[name_start:name_end]]):
        name_end = name_start  # "der neue Trainer Red Bull Salzburg": a club, no person
    if name_end == name_start + 1 and is_abstract_compound(tokens[name_start].text):
        name_end = name_start  # "als Anwalt Aktenfälschung": a deed, no person
    return name_end


def _named_persons(
    tokens: list[Tok], trigger: _Trigger, name_end: int, kb: ActorKB
) -> list[Candidate]:
    """The person named after the title, and one coordinated with them."""
    index, title, roles = trigger.index, trigger.title, trigger.roles
    words = [t.text for t in tokens[trigger.name_start : name_end]]
    official = title is not None and not is_private_title(title)
    named = [
        Candidate(
            first=trigger.name_start,
            last=name_end - 1,
            type="PER",
            kind="name",
            key=person_key(words[-1]),
            name=" ".join(words),
            affiliation=trigger.affiliation
            or affiliation_after_name(tokens, name_end, kb)
            or (local_state_before(tokens, index) if official else None),
            roles=roles if title else [],
            local_roles=tuple(roles)
            if title and _local_adjective_before(tokens, index, kb)
            else (),
            gender=_gender_of(words, trigger.gender),
            priority=5,
        )
    ]
    member = (
        _coordinated_member(tokens, name_end, kb)
        if trigger.apposed and trigger.code_after not in state_codes()
        else None
    )
    if member:
        named.append(_coordinated_person(tokens, member, trigger.code_after, kb))
    return named


def _coordinated_person(
    tokens: list[Tok], member: tuple[int, int], code_after: str | None, kb: ActorKB
) -> Candidate:
    """ "der Geschäftsführer der Grünen, Volker Beck, und Wolfgang Wieland": the two named
    together stand for the same organisation."""
    words = [t.text for t in tokens[member[0] : member[1]]]
    return Candidate(
        first=member[0],
        last=member[1] - 1,
        type="PER",
        kind="name",
        key=person_key(tokens[member[1] - 1].text),
        name=" ".join(words),
        # his own apposition or party ("(SPD)") says whom he acts for
        affiliation=affiliation_after_name(tokens, member[1], kb) or code_after,
        gender=_gender_of(words, None),
        priority=5,
    )


def _unnamed_role(
    tokens: list[Tok], trigger: _Trigger, title: Title, kb: ActorKB
) -> Candidate | RoleReference | None:
    """A title that names nobody right there: an unnamed person after an indefinite article,
    else a back-reference after a state's genitive or a definite article."""
    index = trigger.index
    phrase_start = _adjectives_before(tokens, index, kb)
    if (
        phrase_start > 1
        and tokens[phrase_start - 1].text in INDEFINITE_ARTICLES
        # "Rand Paul, ebenfalls ein Kandidat": an apposition, also after adverbs
        and tokens[max(_before_adverbs(tokens, phrase_start - 1), 0)].text != ","
        and not is_predicate(tokens, phrase_start - 1, index)
    ):  # not "John Kline, ein Abgeordneter"
        return unnamed_person(
            tokens, phrase_start, index, title, trigger.gender, trigger.affiliation, trigger.roles
        )
    if phrase_start > 0 and state_genitive(tokens, phrase_start - 1, kb):
        # "Ecuadors Präsident hatte …": a back-reference whose state is its genitive
        return RoleReference(
            first=phrase_start,  # the state's genitive stays a mention of the state
            last=index,
            role=trigger.roles[0],
            head=title.head,
            gender=trigger.gender,
            affiliation=trigger.affiliation,
            apposition=False,
        )
    if phrase_start > 0 and tokens[phrase_start - 1].text in DEFINITE_ARTICLES:
        affiliation = trigger.affiliation
        if party_after_von(tokens, index, trigger.code_after):
            # "Zustimmung erntete der Bundeskanzler von den Grünen": after a role that
            # names nobody, "von" and a party is the verb's (whom it came from)
            affiliation = _affiliation_of_title(title, kb) or trigger.code_before
        return RoleReference(
            first=phrase_start,
            last=index,
            role=trigger.roles[0],
            head=title.head,
            gender=trigger.gender,
            affiliation=affiliation,
            apposition=index + 1 < len(tokens) and tokens[index + 1].text in (",", "–"),
        )
    return None


def _title_or_demonym_positions(positions: WordPositions, kb: ActorKB) -> list[int]:
    """Where a title or a demonym stands: the one test of every token, in one comprehension
    (:func:`titled_persons` goes on from these few). Each distinct word is tested once (an
    article repeats most of its words), then found by a set look-up: a title only among the
    capitalised words whose last letters end a title form (:func:`title_of` answers None
    for the others, most words), a demonym only among the words that begin a listed
    phrase (``kb.lengths``)."""
    phrases, words = kb.phrases, positions.words
    maybe_titles = {words[index] for index in positions.capitalised_ending_in(title_tails())}
    marked = {word for word in maybe_titles if title_of(word)}
    marked.update(
        word for word in set(words) & kb.lengths.keys() if _is_demonym(phrases.get((word,)))
    )
    return [index for index, word in enumerate(words) if word in marked]


def _is_demonym(surface: Surface | None) -> bool:
    return surface is not None and surface.kind == "demonym"


def is_adjective(surface: Surface | None) -> bool:
    return surface is not None and surface.kind in ("adjective", "city_adjective")
