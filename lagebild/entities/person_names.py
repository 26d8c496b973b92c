"""How a person's name runs and is keyed: name words after a first name or title (initials,
particles, genitive -s), the surname key that joins "Wendy Sherman" and "Sherman"."""

from __future__ import annotations

import re
from functools import cache

from lagebild.entities.candidates import Tok
from lagebild.entities.kb import ActorKB, context_words, data_lines
from lagebild.entities.name_runs import (
    GERMAN_PREPOSITION_PARTICLES,
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
from lagebild.lexicon import is_plain_common_noun

DEFINITE_ARTICLES = frozenset(
    {"der", "die", "den", "dem", "des", "Der", "Die", "Den", "Dem", "Des"}
)
INDEFINITE_ARTICLES = frozenset(
    {"ein", "eine", "einer", "einen", "einem", "eines", "Ein", "Eine", "Einer", "Einem", "Eines"}
)
MAX_NAME_TOKENS = 4
UMLAUT_FOLDS = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})
#: the shortest head noun that marks an unlisted compound as a noun ("Alpen|inszenierung")
MIN_COMPOUND_HEAD = 5
VOWELS = frozenset("aeiouyäöüéáó")
#: two syllables joined by a hyphen, the second in lower case ("Ki-moon", "Geun-hye")
KOREAN_GIVEN_NAME = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,4}")


def strip_genitive(word: str, known_keys: set[str] | frozenset[str] = frozenset()) -> str:
    """ "Shermans" -> "Sherman" where the shorter form is a known name (or the form ends in "s")."""
    if (
        word.endswith("s")
        and len(word) > 3
        and (not known_keys or name_key(word[:-1]) in known_keys)
    ):
        return word[:-1]
    return word


def maybe_genitive(word: str) -> bool:
    """ "Kaltenbrunners", "Hoggs": a surname that may carry the genitive "s" (not "Bärfuss",
    nor a first name such as "Jens")."""
    return (
        len(word) > 3
        and word.isalpha()
        and word.endswith("s")
        and not word.endswith("ss")
        and word not in first_names()
        and word not in census_first_names()
    )


def noun_at(tokens: list[Tok], index: int) -> bool:
    """A capitalised common noun at ``index``, unlisted compounds by their head
    ("Alpeninszenierung"), hyphenated ones by their last part ("Kalter-Krieg-Thriller"), or a
    word the tagger reads as one."""
    if index >= len(tokens):
        return False
    word = tokens[index].text
    if "-" in word[1:-1]:
        return word[:1].isupper() and _is_noun(word.rsplit("-", 1)[1])
    return tokens[index].tag == "NN" and _is_word(word) or _is_noun(word)


def _is_word(word: str) -> bool:
    return word[:1].isupper() and word.isalpha() and word not in first_names()


def _is_noun(word: str) -> bool:
    """A capitalised common noun or title, unlisted compounds by their head."""
    if not _is_word(word):
        return False
    if is_common_noun(word) or title_of(word):
        return True
    return any(
        is_plain_common_noun(word[cut:]) for cut in range(3, len(word) - MIN_COMPOUND_HEAD + 1)
    )


def _genitive_head_after(tokens: list[Tok], index: int) -> bool:
    """Whether a noun phrase the genitive before ``index`` belongs to begins there: "Film",
    "frühen Versuchen" ("Joanna Hoggs Film", "Adrian Sherwoods frühen Versuchen")."""
    # only words the tagger reads as attributive adjectives: not "keine" ("Kiki Bertens keine
    # überragende Leistung") nor a verb ("Cleveland Cavaliers halten die Serie")
    while index < len(tokens) and tokens[index].tag == "ADJA":
        index += 1
    return noun_at(tokens, index)


def name_words(tokens: list[Tok], first: int, end: int) -> list[str]:
    """The words of the name ``first``..``end`` with a genitive "s" taken off the surname
    ("Joanna Hoggs Film" -> "Joanna Hogg"). Only a name before a noun is read as a genitive,
    or one after a noun that is no title ("die Ära Mao Zedongs", "die Stieftochter Johnny
    Rottens"): a surname that ends in "s" ("Jens Stoltenberg", "Klaus Johannis") has no such
    noun after it, and a title before it makes an apposition ("Premier Alexis Tsipras").
    Either way the bare form needs evidence: the article uses it, or
    :func:`_bare_surname_evidence`."""
    words = [token.text for token in tokens[first:end]]
    surname = words[-1]
    if len(words) < 2 or not maybe_genitive(surname):
        return words
    bare = surname[:-1]
    elsewhere = any(token.text == bare for token in tokens)
    if _genitive_head_after(tokens, end):
        evidence = elsewhere or _bare_surname_evidence(surname)
    elif first > 0 and noun_at(tokens, first - 1) and not title_of(tokens[first - 1].text):
        # "die Stieftochter Johnny Rottens" with "Rotten" elsewhere; without it only after
        # a noun that names no person ("die Künstlerin Vija Celmins" is an apposition)
        evidence = elsewhere or (
            not _names_a_person(tokens[first - 1].text) and _bare_surname_evidence(surname)
        )
    else:
        evidence = False
    return [*words[:-1], bare] if evidence else words


@cache
def _person_noun_endings() -> tuple[str, ...]:
    return tuple(data_lines("person_noun_endings.txt"))


def _names_a_person(noun: str) -> bool:
    """ "Künstlerin", "Broker", "Qualifikantin": a noun whose ending makes it a person's."""
    return noun.lower().endswith(_person_noun_endings())


def _bare_surname_evidence(surname: str) -> bool:
    """Whether ``surname`` less its "s" is the name where the article has no bare form: it is
    a census surname the form with "s" is not, or the "s" follows a consonant or a "y"
    ("Zedongs", "McLuhans", "Kreiskys"; not "Tsipras", "Morales", "Williams")."""
    bare = surname[:-1]
    return surname not in census_surnames() and (
        bare in census_surnames() or bare[-1].lower() not in VOWELS or bare.endswith("y")
    )


def person_key(surname: str) -> str:
    return f"PER:{name_key(surname)}"


@cache
def _not_surnames() -> frozenset[str]:
    """Articles and pronouns: capitalised at a sentence's start, never a surname after an
    initial ("Angeklagt ist Peter M. Er bestreitet …")."""
    words = [*context_words()["articles"], *data_lines("pronouns.tsv")]
    return frozenset(word.lower() for word in words)


def surname_after_initial(tokens: list[Tok], index: int) -> bool:
    """Whether the word at ``index`` ends a name begun before an initial ("George W. Bush");
    an anonymised "Peter M." may end the sentence before a capitalised word."""
    if index >= len(tokens):
        return False
    token = tokens[index]
    word = token.text
    return (
        token.tag in ("", "NE", "NN", "FM")
        and word.isalpha()
        and word[:1].isupper()
        and not word.isupper()
        and not title_of(word)
        and word.lower() not in _not_surnames()
        and (token.tag == "NE" or not is_common_noun(word))
    )


def _double_surname(word: str) -> bool:
    """ "Rabmer-Koller", "Iraschko-Stolz": two capitalised words joined by one hyphen."""
    parts = word.split("-")
    return len(parts) == 2 and all(part.isalpha() and part[:1].isupper() for part in parts)


def _surname_after_first_name(first: str, word: str) -> bool:
    """ "Gottfried Koller", "Severin Freund", "Ulrike Rabmer-Koller": a census surname that is
    also a noun is the surname right after a name's first name (the tagger reads it NN)."""
    return first in first_names() and word.rsplit("-", 1)[-1] in census_surnames()


def is_name_token(token: Tok, kb: ActorKB, within_name: bool = False) -> bool:
    if title_of(token.text) or (token.text,) in kb.phrases:
        return False
    return looks_like_name(token.text, token.tag, within_name)


def _title_as_surname(tokens: list[Tok], start: int, end: int) -> bool:
    """ "Landeshauptmann Peter Kaiser", "Sabine Richter": a title word that is a surname
    too, right after a first name, ends the name instead of beginning a role."""
    return (
        end > start
        and tokens[end - 1].text in listed_first_names()
        and tokens[end].text in census_surnames()
    )


def name_tokens_after(tokens: list[Tok], start: int, kb: ActorKB) -> int:
    """Index after the person name starting at ``start`` (== start when there is none)."""
    end = start
    while end < len(tokens) and end - start < MAX_NAME_TOKENS:
        token = tokens[end]
        if starts_phrase(tokens, end, kb):
            break
        # "Ursula von der Leyen", not "Peter Schmidt von Siemens": "von", also a
        # preposition, follows the first name; other particles may come later ("Luiz
        # Inácio Lula da Silva")
        particle_end = (
            particle_run_end(tokens, end, kb)
            if end == start + 1 or (end > start and token.text not in GERMAN_PREPOSITION_PARTICLES)
            else None
        )
        if particle_end is not None:
            end = particle_end  # "Alexander Van der Bellen": the particle is no surname
            continue
        if end > start + 1 and maybe_genitive(tokens[end - 1].text) and noun_at(tokens, end):
            break  # "Ernst Kaltenbrunners Alpeninszenierung": the genitive ends the name
        if end > start and is_initial(token.text) and surname_after_initial(tokens, end + 1):
            end += 2  # "George W. Bush", "John F. Kennedy": the initial and the surname
            continue
        capitalised = (
            (token.text.isalpha() or _double_surname(token.text))
            and token.text[:1].isupper()
            and (not title_of(token.text) or _title_as_surname(tokens, start, end))
        )
        vouched = capitalised and (
            end > start
            and tokens[end - 1].text in listed_first_names()
            or end == start + 1
            and _surname_after_first_name(tokens[start].text, token.text)
            # "Ban Ki-moon", "Park Geun-hye": a Korean given name vouches for the family name
            or end == start
            and end + 1 < len(tokens)
            and KOREAN_GIVEN_NAME.fullmatch(tokens[end + 1].text) is not None
            # "Junis al-Mauretani": an Arabic article vouches for the word before it
            or end + 1 < len(tokens)
            and particle_name(tokens[end + 1].text)
        )
        if vouched or is_name_token(token, kb, within_name=end > start):
            end += 1
        elif end > start and particle_name(token.text):
            end += 1  # "Junis al-Mauretani"
        else:
            break
    return end
