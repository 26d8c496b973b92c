"""Persons from title and role triggers ("Vizeaußenministerin Wendy Sherman", "der russische
Vize-Außenminister"), for whom a named person acts, and role nouns without a name."""

from __future__ import annotations

from functools import cache

from lagebild.entities.actors import generic_org_heads, is_side_noun
from lagebild.entities.candidates import Candidate, RoleReference, Tok
from lagebild.entities.generic_roles import is_generic_role
from lagebild.entities.institutions import institution_of, own_code_institutions
from lagebild.entities.kb import ActorKB, Surface, context_words, data_lines, region_adjectives
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
from lagebild.entities.word_positions import WordPositions
from lagebild.lexicon import noun_genera

#: indefinite articles no feminine noun takes
NON_FEMININE_ARTICLES = frozenset({"ein", "einem", "einen", "eines"})

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
        token = tokens[index]
        title = title_of(token.text)
        demonym = kb.phrases.get((token.text,))
        code_before, role_start = _affiliation_before(tokens, index, kb)
        roles = [" ".join(t.text for t in tokens[role_start : index + 1])]
        gender = title.gender if title else None
        code_after, name_start = _actor_after(tokens, index, kb) if title else (None, index + 1)
        if title and is_private_title(title):
            # "einer französischen Lehrerin": a nationality is not whom she acts for
            affiliation = (
                code_after
                or possessor_organisation(tokens, role_start, kb)
                or _organisation_of_title(title, kb)
            )
        elif title:
            # "UN-Botschafter von Osttimor": the state named after the title is whom he serves
            affiliation = (
                code_after
                # "Die ÖVP hatte ihren Klubobmann X": the organisation "ihren" refers to,
                # before the state a title belongs to ("Klubobmann": Austria's)
                or possessor_organisation(tokens, role_start, kb)
                or _affiliation_of_title(title, kb)
                or code_before
            )
        else:
            assert demonym is not None  # positions without a title are demonyms
            affiliation = demonym.actor.code
        apposed = False
        if (
            code_after
            and name_start + 1 < len(tokens)
            and tokens[name_start].text == ","
            and name_tokens_after(tokens, name_start + 1, kb) > name_start + 1
        ):
            name_start += 1  # "der Geschäftsführer der Grünen, Volker Beck"
            apposed = True
        elif not code_after:
            name_start = _after_place_apposition(tokens, name_start, kb)
        second = title_of(tokens[name_start].text) if name_start < len(tokens) else None
        if second:  # "Kommandeur Colonel Falur", "US-Unterhändlerin Vizeaußenministerin X"
            roles.append(tokens[name_start].text)
            affiliation = affiliation or _affiliation_of_title(second, kb)
            gender = gender or second.gender
            name_start += 1
        name_end = name_tokens_after(tokens, name_start, kb)
        if name_end == name_start:
            name_end = name_after_noun_given_name(tokens, name_start, kb)
        if name_end > name_start and names_a_place([t.text for t in tokens[name_start:name_end]]):
            name_end = name_start  # "der neue Trainer Red Bull Salzburg": a club, no person
        if name_end == name_start + 1 and is_abstract_compound(tokens[name_start].text):
            name_end = name_start  # "als Anwalt Aktenfälschung": a deed, no person
        if name_end > name_start:
            words = [t.text for t in tokens[name_start:name_end]]
            official = title is not None and not is_private_title(title)
            persons.append(
                Candidate(
                    first=name_start,
                    last=name_end - 1,
                    type="PER",
                    kind="name",
                    key=person_key(words[-1]),
                    name=" ".join(words),
                    affiliation=affiliation
                    or affiliation_after_name(tokens, name_end, kb)
                    or (local_state_before(tokens, index) if official else None),
                    roles=roles if title else [],
                    local_roles=tuple(roles)
                    if title and _local_adjective_before(tokens, index, kb)
                    else (),
                    gender=_gender_of(words, gender),
                    priority=5,
                )
            )
            resume = name_end
            member = (
                _coordinated_member(tokens, name_end, kb)
                if apposed and code_after not in state_codes()
                else None
            )
            if member:
                # "der Geschäftsführer der Grünen, Volker Beck, und Wolfgang Wieland": the
                # two named together stand for the same organisation
                persons.append(
                    Candidate(
                        first=member[0],
                        last=member[1] - 1,
                        type="PER",
                        kind="name",
                        key=person_key(tokens[member[1] - 1].text),
                        name=" ".join(t.text for t in tokens[member[0] : member[1]]),
                        # his own apposition or party ("(SPD)") says whom he acts for
                        affiliation=affiliation_after_name(tokens, member[1], kb) or code_after,
                        gender=_gender_of([t.text for t in tokens[member[0] : member[1]]], None),
                        priority=5,
                    )
                )
                resume = member[1]
            continue
        phrase_start = _adjectives_before(tokens, index, kb)
        if (
            title
            and phrase_start > 1
            and tokens[phrase_start - 1].text in INDEFINITE_ARTICLES
            # "Rand Paul, ebenfalls ein Kandidat": an apposition, also after adverbs
            and tokens[max(_before_adverbs(tokens, phrase_start - 1), 0)].text != ","
            and not _is_predicate(tokens, phrase_start - 1, index)
        ):  # not "John Kline, ein Abgeordneter"
            # "einer Armeesprecherin": someone unnamed, whom later pronouns may refer to
            gender = _gender_after_article(tokens[phrase_start - 1].text, gender)
            persons.append(
                Candidate(
                    first=phrase_start,
                    last=index,
                    type="PER",
                    kind="role",
                    key=f"PER:unnamed:{index}",
                    name=_described_name(
                        tokens[phrase_start:index],
                        token.text if gender == "f" else title.base,
                        gender,
                    ),
                    affiliation=affiliation,
                    roles=roles,
                    gender=gender,
                    priority=5,
                    generic=is_generic_role(tokens, phrase_start - 1, index),
                )
            )
        elif title and phrase_start > 0 and _state_genitive(tokens, phrase_start - 1, kb):
            # "Ecuadors Präsident hatte …": a back-reference whose state is its genitive
            references.append(
                RoleReference(
                    first=phrase_start,  # the state's genitive stays a mention of the state
                    last=index,
                    role=roles[0],
                    head=title.head,
                    gender=gender,
                    affiliation=affiliation,
                    apposition=False,
                )
            )
        elif title and phrase_start > 0 and tokens[phrase_start - 1].text in DEFINITE_ARTICLES:
            apposition = index + 1 < len(tokens) and tokens[index + 1].text in (",", "–")
            if _party_after_von(tokens, index, code_after):
                # "Zustimmung erntete der Bundeskanzler von den Grünen": after a role that
                # names nobody, "von" and a party is the verb's (whom it came from)
                affiliation = _affiliation_of_title(title, kb) or code_before
            references.append(
                RoleReference(
                    first=phrase_start,
                    last=index,
                    role=roles[0],
                    head=title.head,
                    gender=gender,
                    affiliation=affiliation,
                    apposition=apposition,
                )
            )
    return persons, references


def _party_after_von(tokens: list[Tok], index: int, code_after: str | None) -> bool:
    """ "der Bundeskanzler von den Grünen": the actor after the role is linked by "von" and
    an article, and is no state ("der Botschafter von Osttimor" is whom he serves)."""
    return (
        code_after is not None
        and code_after not in state_codes()
        and index + 2 < len(tokens)
        and tokens[index + 1].text == "von"
        and tokens[index + 2].text in DEFINITE_ARTICLES
    )


#: how far a verb-final clause's copula may stand after its predicate noun
PREDICATE_REACH = 6


def _is_predicate(tokens: list[Tok], article: int, index: int) -> bool:
    """ "X ist ein Kandidat", "bin ich ein Politiker", "das ein Beitrittskandidat zur EU ist":
    a role noun that is the predicate of a copula describes its subject and introduces no
    person. In a verb-final clause a pronoun before the article is the subject ("das",
    "er")."""
    copulas = frozenset(context_words()["copulas"])
    if article > 0 and tokens[article - 1].text in copulas:
        return True
    if (
        article > 1
        and tokens[article - 1].text.lower() in context_words()["inverted_subjects"]
        and tokens[article - 2].text in copulas
    ):
        return True  # "Im Herzen bin ich ein heimlicher Politiker": the subject after the copula
    if article == 0:
        return False
    subject = tokens[article - 1]
    if not (
        subject.tag in ("PRELS", "PPER", "PDS")
        or not subject.tag
        and subject.text in context_words()["predicate_subjects"]
    ):
        return False
    for cursor in range(index + 1, min(index + 1 + PREDICATE_REACH, len(tokens))):
        word = tokens[cursor].text
        if word in copulas:
            return cursor + 1 >= len(tokens) or tokens[cursor + 1].text in (",", ".", ";")
        if word in (",", ".", ";", ":"):
            return False
    return False


def _state_genitive(tokens: list[Tok], index: int, kb: ActorKB) -> bool:
    """ "Ecuadors" in "Ecuadors Präsident": a state's genitive opening a phrase (not after an
    article or preposition, where it belongs to the noun before: "die Rede Ecuadors")."""
    word = tokens[index].text
    surface = kb.phrases.get((word,))
    if surface is None or surface.kind != "name" or surface.actor.type != "GPE":
        return False
    before = tokens[index - 1].text if index > 0 else "."
    return (
        word.endswith("s")
        and word != surface.base
        and (before in (".", "!", "?", ":", ",", "und") or before.islower() and before.isalpha())
        and not (before.islower() and tokens[index - 1].tag.startswith("AP"))
    )


def _title_or_demonym_positions(positions: WordPositions, kb: ActorKB) -> list[int]:
    """Where a title or a demonym stands: the one test of every token, in one comprehension
    (:func:`titled_persons` goes on from these few). Each distinct word is tested once (an
    article repeats most of its words), then found by a set look-up: a title only among the
    capitalised words (:func:`title_of` answers None for the others), a demonym only among
    the words that begin a listed phrase (``kb.lengths``)."""
    phrases, words = kb.phrases, positions.words
    marked = {word for word in {words[index] for index in positions.capitalised} if title_of(word)}
    marked.update(
        word for word in set(words) & kb.lengths.keys() if _is_demonym(phrases.get((word,)))
    )
    return [index for index, word in enumerate(words) if word in marked]


def _is_demonym(surface: Surface | None) -> bool:
    return surface is not None and surface.kind == "demonym"


def _described_name(adjectives: list[Tok], noun: str, gender: str | None) -> str:
    """An unnamed person's name with the words that describe them, in the nominative
    ("einer französischen Lehrerin" -> "Französische Lehrerin", "eines männlichen
    Familienmitglieds" -> "Männliches Familienmitglied"), as groups are named."""
    inflection = "e" if gender == "f" else "es" if _is_neuter(noun) else "er"
    words = []
    for adjective in adjectives:
        stem = adjective.text
        for ending in ("en", "em", "er", "es", "e"):
            if stem.endswith(ending) and len(stem) > len(ending) + 2:
                stem = stem[: -len(ending)]
                break
        words.append(stem + inflection)
    if words:
        words[0] = words[0][:1].upper() + words[0][1:]
    return " ".join([*words, noun])


def _gender_after_article(article: str, gender: str | None) -> str | None:
    """ "einem unabhängigen Vorsitzenden": an adjectival title's "-en" form reads as feminine,
    but after a masculine or neuter article ("ein", "einem", "einen", "eines") it is a man."""
    return "m" if gender == "f" and article.lower() in NON_FEMININE_ARTICLES else gender


def _is_neuter(noun: str) -> bool:
    """ "Mitglied", "Familienmitglied": a neuter noun, compounds by their title's head."""
    title = title_of(noun)
    genera = noun_genera()
    return genera.get(noun) == "n" or title is not None and genera.get(title.head) == "n"


def is_adjective(surface: Surface | None) -> bool:
    return surface is not None and surface.kind in ("adjective", "city_adjective")
