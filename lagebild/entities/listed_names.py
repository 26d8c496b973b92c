"""Persons named by a first name from a list, by the US Census lists, or by a run of
tagged proper nouns ("Angela Merkel", "Ted Cruz", "George W. Bush"): the rules that need no
title before the name. :mod:`lagebild.entities.persons` has the name mechanics they share
and the title rules."""

from __future__ import annotations

from functools import cache

from lagebild.entities.acronyms import span_text
from lagebild.entities.candidates import Candidate, Tok, named_organisation
from lagebild.entities.kb import ActorKB, context_words, data_lines
from lagebild.entities.known_people import known_people
from lagebild.entities.name_runs import (
    GERMAN_PREPOSITION_PARTICLES,
    introduces_non_person,
    names_a_place,
    non_person_words,
    particle_name,
    particle_run_end,
    starts_phrase,
)
from lagebild.entities.names import (
    census_first_names,
    census_surnames,
    first_names,
    is_common_noun,
    is_initial,
    listed_first_names,
    looks_like_name,
    name_key,
    title_of,
)
from lagebild.entities.origins import (
    LARGE_CITY_POPULATION,
    is_place_name,
)
from lagebild.entities.person_names import (
    DEFINITE_ARTICLES,
    INDEFINITE_ARTICLES,
    MAX_NAME_TOKENS,
    UMLAUT_FOLDS,
    is_name_token,
    maybe_genitive,
    name_tokens_after,
    name_words,
    noun_at,
    person_key,
    surname_after_initial,
)
from lagebild.entities.persons import affiliation_after_name, apposition_title, is_adjective
from lagebild.entities.quoted_names import introduces_name
from lagebild.entities.word_positions import WordPositions, positions_in

#: priority of a person whose first name only the census list knows (or no list)
CENSUS_PRIORITY = 3
#: shorter census first names are mostly particles or words ("Le", "My", "Ja")
MIN_CENSUS_NAME = 3


def _noun_first_name(tokens: list[Tok], index: int, kb: ActorKB) -> bool:
    """ "Hans Müller", "Marine Le Pen", "Klaus Schmidt": a listed first name that is also a
    noun ("Hans", "Marine", "Ernst") begins a name where no article makes it the noun ("der
    Marine Frankreichs") and a surname follows: name particles, or a word that is neither a
    noun nor a known actor."""
    if tokens[index].text not in listed_first_names():
        return False
    if index > 0 and (
        tokens[index - 1].text in DEFINITE_ARTICLES
        or tokens[index - 1].text in INDEFINITE_ARTICLES
        or tokens[index - 1].tag == "ADJA"
        or is_adjective(kb.phrases.get((tokens[index - 1].text,)))
    ):
        return False
    if particle_run_end(tokens, index + 1, kb) is not None:
        return True
    following = tokens[index + 1].text
    # a surname that is a noun too ("Müller", "Koch") where the census knows it (umlauts
    # folded as in emigrants' names: "Muller")
    folded = following.translate(UMLAUT_FOLDS)
    return (
        following.isalpha()
        and following[:1].isupper()
        and not following.isupper()
        and (not is_common_noun(following) or folded in census_surnames())
        and not title_of(following)
        and not starts_phrase(tokens, index + 1, kb)
    )


def _named_person(
    tokens: list[Tok],
    first: int,
    end: int,
    kb: ActorKB,
    priority: int,
    gender: str | None = None,
) -> Candidate:
    """The person named by ``tokens[first:end]``, keyed by the surname (genitive -s off)."""
    words = name_words(tokens, first, end)
    return Candidate(
        first=first,
        last=end - 1,
        type="PER",
        kind="name",
        key=person_key(words[-1]),
        name=" ".join(words),
        gender=gender if gender in ("m", "f") else None,
        priority=priority,
        affiliation=affiliation_after_name(tokens, end, kb),
    )


def first_name_persons(
    tokens: list[Tok], kb: ActorKB, positions: WordPositions | None = None
) -> list[Candidate]:
    """ "Olga Stefanischyna": a known first name followed by a name that is no common noun."""
    found = []
    names = first_names()
    resume = 0  # the tokens before it belong to a person found already
    words = positions.words if positions else [token.text for token in tokens]
    # only a known first name begins a person here (the listed ones are known too): the
    # look-up of every token in one comprehension, the few first names in the loop
    starts = positions_in(words[:-1], names)
    for index in starts:
        if index < resume:
            continue
        word = tokens[index].text
        following = tokens[index + 1]
        # a listed first name vouches for a surname that is also a noun ("Volker Beck")
        vouched = (
            word in listed_first_names()
            and following.text.isalpha()
            and following.text[:1].isupper()
            and not title_of(following.text)
            and (following.text,) not in kb.phrases
        )
        vouched = vouched or word in names and particle_run_end(tokens, index + 1, kb) is not None
        # "John F. Kennedy": a middle initial, then the surname
        vouched = vouched or is_initial(following.text) and surname_after_initial(tokens, index + 2)
        if (
            word in names
            and (vouched or is_name_token(following, kb, within_name=True))
            and (word,) not in kb.phrases
            and (not is_common_noun(word) or _noun_first_name(tokens, index, kb))
        ):
            end = max(name_tokens_after(tokens, index, kb), index + 2)
            found.append(_named_person(tokens, index, end, kb, priority=4, gender=names[word]))
            resume = end
    return found


def census_name_persons(
    tokens: list[Tok], kb: ActorKB, positions: WordPositions | None = None
) -> list[Candidate]:
    """ "Ted Cruz", "Jeb Bush", "Rand Paul": a name whose first word the first-name lists
    lack, before a surname that is no common noun. By the evidence it needs:
    a US Census first name that is no German word ("Ted") needs none; one that is a German
    word too ("Art"), or an unknown proper name before a census surname ("Jeb Bush"), needs
    some (:func:`_person_evidence`); a common noun before a census surname ("Rand Paul")
    needs a title beside it and the surname alone elsewhere ("… als auch Paul")."""
    census, surnames, names = census_first_names(), census_surnames(), first_names()
    found = []
    resume = 0  # the tokens before it belong to a person found already
    if positions is None:  # a caller without find_candidates's shared pass
        positions = WordPositions.of(tokens)
    texts, last = positions.words, len(tokens) - 1
    starts = [
        index
        for index in positions.capitalised  # a first name is capitalised
        if index < last
        and (texts[index] in census or texts[index + 1] in surnames)
        and texts[index] not in names
    ]
    for index in starts:
        token = tokens[index]
        if (
            index < resume
            or not token.text.isalpha()
            or len(token.text) < MIN_CENSUS_NAME  # "Le Pen", "Le Bourget"
            or token.text.isupper()
            or token.tag not in ("", "NE", "NN", "FM")  # a verb or adverb here ("Will")
            or (token.text,) in kb.phrases  # "Jordan", "China"
            or title_of(token.text)
            or is_place_name(token.text, LARGE_CITY_POPULATION)  # "Paris", "Austin"
            or not surname_after_initial(tokens, index + 1)
            or is_common_noun(tokens[index + 1].text)
            or starts_phrase(tokens, index + 1, kb)
        ):
            continue
        end = name_tokens_after(tokens, index + 1, kb)
        # the run begins at the surname, where "von" would be a particle: "Shirley Cramer von
        # der Royal Society" ends before it
        end = next(
            (k for k in range(index + 2, end) if tokens[k].text in GERMAN_PREPOSITION_PARTICLES),
            end,
        )
        words = [t.text for t in tokens[index:end]]
        if end <= index + 1 or names_a_place(words) or non_person_words() & set(words):
            continue  # "Le Bourget", "The Times", "Golden State"
        german_word = token.tag == "NN" or is_common_noun(token.text)
        if token.text in census:
            evidence = not german_word or _person_evidence(tokens, index, end)
        elif german_word:  # "am Rand Berlins", "die Regierung Merkel"
            evidence = _titled(tokens, index, end) and _surname_elsewhere(tokens, index, end)
        else:  # "Jeb Bush" beside "George W. Bush", not "Northway Games" beside "Radial Games"
            evidence = _titled(tokens, index, end) or _surname_elsewhere(
                tokens, index, end, strict=True
            )
        if not evidence:
            continue
        found.append(_named_person(tokens, index, end, kb, priority=CENSUS_PRIORITY))
        resume = end
    return found


def _titled(tokens: list[Tok], first: int, end: int) -> bool:
    """A title before the name ("Senator Rand Paul") or in an apposition after it ("Rand
    Paul, ebenfalls ein Präsidentschaftskandidat")."""
    if first > 0 and title_of(tokens[first - 1].text):
        return True
    return (
        end + 1 < len(tokens)
        and tokens[end].text == ","
        and apposition_title(tokens, end + 1) is not None
    )


def _surname_elsewhere(tokens: list[Tok], first: int, end: int, strict: bool = False) -> bool:
    """Whether the name's last word stands elsewhere without its first word ("… als auch
    Paul", "George W. Bush" beside "Jeb Bush"): it is used as a surname. ``strict``: only
    alone or after a known first name, an initial or a title (not "Radial Games")."""
    surname, given = tokens[end - 1].text, tokens[first].text
    for position, token in enumerate(tokens):
        if (
            position == 0
            or position == end - 1
            or token.text not in (surname, surname + "s")
            or tokens[position - 1].text == given
        ):
            continue
        if not strict:
            return True
        before = tokens[position - 1].text
        after = tokens[position + 1].text if position + 1 < len(tokens) else "."
        if (
            is_initial(before)
            or before in first_names()
            or before in census_first_names()
            or title_of(before)
            or not before[:1].isupper()
            and not after[:1].isupper()
        ):
            return True
    return False


def _person_evidence(tokens: list[Tok], first: int, end: int) -> bool:
    """Whether the words ``first``..``end`` stand as a person: a title beside them or the
    surname used alone elsewhere."""
    return _titled(tokens, first, end) or _surname_elsewhere(tokens, first, end)


def _role_of_genitive(tokens: list[Tok], head: int) -> bool:
    """ "die Präsidentin des Verbands Cinzia Franchini": the noun before the name completes a
    title in the genitive, so the name is the title holder's."""
    return (
        head >= 2
        and tokens[head - 1].text in ("des", "der")
        and title_of(tokens[head - 2].text) is not None
    )


@cache
def _name_articles() -> frozenset[str]:
    return frozenset(data_lines("name_run_articles.txt"))


def _first_name_before_elsewhere(tokens: list[Tok], first: int, end: int) -> bool:
    """ "Le Pen" where the article also writes "Marine Le Pen": a surname with a particle."""
    words = [token.text for token in tokens[first : end - 1]]
    surname = tokens[end - 1].text.removesuffix("s")  # "Le Pens"
    width = len(words) + 1
    return any(
        [token.text for token in tokens[position : position + width - 1]] == words
        and tokens[position + width - 1].text.removesuffix("s") == surname
        and (tokens[position - 1].text in first_names() or title_of(tokens[position - 1].text))
        for position in range(1, len(tokens) - width + 1)
        if position != first
    )


def _run_kind(tokens: list[Tok], first: int, end: int) -> str | None:
    """What a run of tagged proper names ``first``..``end - 1`` names, by the noun before it
    and its first word: "ORG" after a noun that introduces an organisation's name
    ("Mediengruppe Koza Ipek"), None after one that introduces a work, product or place
    ("Headset Oculus Rift") or where a foreign article begins it ("La Roja", "Le Soir"),
    else "PER". A known first name, or a title whose genitive the noun completes ("die
    Präsidentin des Verbands Cinzia Franchini"), keeps it a person."""
    word = tokens[first].text
    head = tokens[first - 1].text if first > 0 else ""
    if word in _name_articles():  # before the first names: the census lists "Le" and "La"
        if _titled(tokens, first, end) or _first_name_before_elsewhere(tokens, first, end):
            return "PER"
        return "ORG" if introduces_name(head) else None  # "der Zeitung Le Soir"
    if word in first_names() or word in census_first_names():
        return "PER"
    if not head or _role_of_genitive(tokens, first - 1):
        return "PER"
    if introduces_name(head):
        return "ORG"
    return None if introduces_non_person(head) else "PER"


@cache
def _led_group_nouns() -> tuple[str, ...]:
    return tuple(data_lines("led_group_nouns.txt"))


def _led_by(tokens: list[Tok], first: int) -> bool:
    """ "das Team um Erez Shmueli", "Forschern um Kathelijne Koops": the name after "um" leads
    the people named before it, so "um" introduces a person, not a place."""
    if first < 2 or tokens[first - 1].text != "um":
        return False
    noun = tokens[first - 2].text
    return noun[:1].isupper() and (
        noun.lower().endswith(_led_group_nouns()) or title_of(noun) is not None
    )


def tagged_name_persons(tokens: list[Tok], kb: ActorKB) -> list[Candidate]:
    """Runs of two or more proper nouns (STTS "NE") that are no known actor or place:
    "Hu Jia", "Alvaro Uribe". Weak evidence, so the lowest priority. A run that the noun
    before it shows to be no person once ("das Headset Oculus Rift") is none anywhere in
    the article."""
    runs: list[tuple[int, int, str | None]] = []
    places = set(context_words()["place_prepositions"])
    resume = 0  # the tokens before it belong to a run read already
    # a run begins at a token tagged NE before another: the test of every token in one
    # comprehension (a lone NE makes no run)
    tags = [token.tag for token in tokens]
    for index in [
        index for index in range(len(tags) - 1) if tags[index] == "NE" and tags[index + 1] == "NE"
    ]:
        if index < resume:
            continue
        end = index
        while (
            end < len(tokens)
            and tokens[end].tag == "NE"
            and (tokens[end].text[:1].isupper() or particle_name(tokens[end].text))
            and not starts_phrase(tokens, end, kb)
            and not title_of(tokens[end].text)
            and not (
                end > index + 1 and maybe_genitive(tokens[end - 1].text) and noun_at(tokens, end)
            )
        ):
            end += 1
        if end - index < 2:
            continue
        words = [t.text for t in tokens[index:end]]
        followed_by_capital = end < len(tokens) and tokens[end].text[:1].isupper()
        if (
            2 <= len(words) <= MAX_NAME_TOKENS
            and not non_person_words() & set(words)
            and not names_a_place(words)
            and (
                index == 0
                or tokens[index - 1].text not in places
                or _led_by(tokens, index)
                # "die Regierung von Baschar al-Assad": a listed person is no place
                or name_key(" ".join(words)) in known_people().by_name
            )
            and not followed_by_capital
            and words[0][:1].isupper()
            and all(
                looks_like_name(word)
                or particle_name(word)
                or 0 < position < len(words) - 1
                and is_initial(word)  # "George W. Bush"
                for position, word in enumerate(words)
            )
        ):
            runs.append((index, end, _run_kind(tokens, index, end)))
        resume = end
    shown: dict[tuple[str, ...], str | None] = {}
    for index, end, kind in runs:
        if kind != "PER":
            shown.setdefault(tuple(t.text for t in tokens[index:end]), kind)
    found = []
    for index, end, kind in runs:
        kind = shown.get(tuple(t.text for t in tokens[index:end]), kind)
        if kind == "ORG":  # "Mediengruppe Koza Ipek", "Fachblatt Science Advances"
            name = span_text(tokens, index, end - 1)
            found.append(named_organisation(index, end - 1, name, priority=1))
        elif kind == "PER":
            gender = first_names().get(tokens[index].text)
            found.append(_named_person(tokens, index, end, kb, priority=1, gender=gender))
    return found
