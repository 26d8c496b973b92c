"""Person names: first-name lexicon, common-noun test, titles and a transliteration key."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from lagebild.entities.caching import WORD_CACHE_SIZE
from lagebild.entities.kb import data_lines, data_rows
from lagebild.entities.suffixes import Endings, Tails
from lagebild.lexicon import is_common_noun as lexicon_common_noun
from lagebild.lexicon import noun_genera, wiktionary_first_names
from lagebild.paths import package_folder

# Ordered rewrites that fold German/English transliterations of one name together
# ("Rjabkow"/"Ryabkow", "Selenskyj"/"Zelensky", "Schoigu"/"Shoigu").
_TRANSLITERATION_RULES: tuple[tuple[str, str], ...] = (
    ("tsch", "c"),
    ("tch", "c"),
    ("sch", "s"),
    ("sh", "s"),
    ("zh", "s"),
    ("kh", "c"),
    ("ch", "c"),
    ("ck", "k"),
    ("ph", "f"),
    ("ff", "v"),
    ("w", "v"),
    ("j", "i"),
    ("y", "i"),
    ("ts", "s"),
    ("tz", "s"),
    ("ss", "s"),
    ("z", "s"),
    ("ou", "u"),
    ("ei", "ai"),
)

#: what :func:`name_key` does last (by a loop over the letters, see :func:`_without_repeats`)
_REPEATED_LETTERS = re.compile(r"(.)\1+")


@lru_cache(maxsize=WORD_CACHE_SIZE)  # pure, and called for every capitalised word
def name_key(name: str) -> str:
    """A key under which spelling variants of one name coincide."""
    text = unicodedata.normalize("NFKD", name.lower())
    if not text.isalpha():  # most words are letters only: no filtering pass for them
        text = "".join(filter(str.isalpha, text))
    for source, target in _TRANSLITERATION_RULES:
        text = text.replace(source, target)
    return _without_repeats(text)


def _without_repeats(text: str) -> str:
    """``text`` with each run of one letter as that letter once (what
    :data:`_REPEATED_LETTERS` substitutes: ``text`` has letters only, no line break)."""
    previous = ""
    kept: list[str] = []
    for char in text:
        if char != previous:
            kept.append(char)
            previous = char
    return "".join(kept) if len(kept) < len(text) else text


@cache
def listed_first_names() -> dict[str, str]:
    """The hand-written first-name list only (reliable enough to vouch for a surname)."""
    return {row[0]: row[1] if len(row) > 1 else "x" for row in data_rows("first_names.tsv")}


@cache
def first_names() -> dict[str, str]:
    """First name -> gender ("m", "f", "x"); the hand list, then Wiktionary's first names."""
    names = {row[0]: row[1] if len(row) > 1 else "x" for row in data_rows("first_names.tsv")}
    for name in wiktionary_first_names():
        names.setdefault(name, "x")
    return names


#: the US Census name lists the NER package ships (public domain); read from there, not copied
CENSUS_NAMES = package_folder("lagebild.ner") / "data"


def _census_list(name: str) -> frozenset[str]:
    # one name per line, so the set of the lines less the comments and the blank line (a
    # tenth of a second less at start-up than stripping every line)
    lines = frozenset((CENSUS_NAMES / name).read_text(encoding="utf-8").split("\n"))
    return lines - {line for line in lines if not line.strip() or line.startswith("#")}


@cache
def census_first_names() -> frozenset[str]:
    """US Census first names ("Ted", "Art"): a weaker first-name signal than
    :func:`first_names`, since many are German words too ("Art", "Will")."""
    return _census_list("census_first_names.txt")


@cache
def census_surnames() -> frozenset[str]:
    """US Census surnames ("Bush", "Paul"): many are German words too, so they only
    support other evidence."""
    return _census_list("census_surnames.txt")


_INITIAL = re.compile(r"[A-ZÄÖÜ]\.")


def is_initial(word: str) -> bool:
    """ "W." in "George W. Bush": a middle initial, which stays inside a name."""
    return _INITIAL.fullmatch(word) is not None


def is_common_noun(word: str) -> bool:
    """A common noun, hyphenated compounds by their head ("Eishockey-Nationalmannschaft")."""
    head = word.rsplit("-", 1)[-1]
    return lexicon_common_noun(word) or (
        head != word and len(head) > 3 and lexicon_common_noun(head)
    )


def looks_like_name(word: str, tag: str = "", within_name: bool = False) -> bool:
    """A capitalised word that may be part of a person's name.

    A common noun ("Koch", "Lang") counts only inside a name already begun and tagged NE.
    """
    if not word[:1].isupper() or not any(char.isalpha() for char in word):
        return False
    if not re.fullmatch(r"[\w'’.-]+", word) or word.isupper() and len(word) > 1:
        return False
    if word in first_names():
        return True
    return not is_common_noun(word) or (tag == "NE" and within_name)


@dataclass(frozen=True)
class Title:
    base: str  # masculine nominative of the title head ("Außenminister")
    head: str  # the title of the list it ends in ("Minister")
    gender: str | None  # "f" for feminine forms, "m" for masculine, None unknown
    prefixes: tuple[str, ...]  # hyphenated parts before the head ("US", "Vize")


@cache
def title_forms() -> tuple[tuple[str, str, str | None], ...]:
    """(lowercase form, title, gender), longest forms first so the best suffix wins."""
    forms: dict[str, tuple[str, str | None]] = {}
    for row in data_rows("titles.tsv"):
        title = row[0]
        feminine = row[1] if len(row) > 1 and row[1] else title + "in"
        if feminine == title:
            for form in (title, title + "n", title + "s"):
                forms.setdefault(form.lower(), (title, None))
            continue
        for form in (title, title + "s", title + "es", title + "en", title + "n"):
            forms.setdefault(form.lower(), (title, "m"))
        fem_forms = (feminine, feminine + "nen", feminine + "n")
        for form in fem_forms:
            forms[form.lower()] = (title, "f")
    return tuple(
        sorted(((form, t, g) for form, (t, g) in forms.items()), key=lambda item: -len(item[0]))
    )


@cache
def private_titles() -> frozenset[str]:
    """Titles of people who act for nobody but themselves ("Lehrer", "Journalist")."""
    return frozenset(
        row[0] for row in data_rows("titles.tsv") if len(row) > 2 and row[2].strip() == "private"
    )


def is_private_title(title: Title) -> bool:
    return title.head in private_titles()


@cache
def title_form_index() -> dict[str, tuple[str, str | None]]:
    """Lowercase title form -> (title, gender), for lookups by suffix."""
    return {form: (title, gender) for form, title, gender in title_forms()}


@cache
def _title_endings() -> Endings[tuple[str, str | None]]:
    return Endings(title_form_index())


@cache
def title_tails() -> Tails | None:
    """The last letters of every title form, spelt right or with a letter dropped: a word
    ending in none of them is no title (:func:`title_of` answers None; see
    :meth:`~lagebild.entities.word_positions.WordPositions.capitalised_ending_in`). A
    hyphenated word's last letters are its last part's where that part has as many (a
    shorter last part makes no title either way). None where the two lists' tails differ
    in length (every word then may be a title)."""
    spelt, misspelt = _title_endings().tails, _misspelt_title_endings().tails
    if spelt is None or misspelt is None or spelt.length != misspelt.length:
        return None
    return Tails(spelt.length, spelt.letters | misspelt.letters)


def title_of(word: str) -> Title | None:
    """The title a (possibly compound, hyphenated) word expresses, or None."""
    # a lower-case word is answered before the cache, which so keeps capitalised words
    return _cached_title_of(word) if word[:1].isupper() else None


@lru_cache(maxsize=WORD_CACHE_SIZE)  # pure, and called for every capitalised token
def _cached_title_of(word: str) -> Title | None:
    parts = word.split("-")
    head = parts[-1]
    lowered = head.lower()
    found = _title_endings().longest(lowered, 3)
    if found is not None and _names_a_thing(lowered):
        return None
    if found is not None:
        cut, (title, gender) = found
        base = head[:cut] + title[0].lower() + title[1:] if cut else title
        return Title(base=base, head=title, gender=gender, prefixes=tuple(parts[:-1]))
    return _misspelt_title(head, tuple(parts[:-1]))


#: a masculine title's case endings, longest first ("Präsidenten", "Bürgermeisters")
_MASCULINE_CASE_ENDINGS = ("es", "en", "s", "n")


def nominative_role(role: str) -> str:
    """A role as written in a genitive or dative ("des früheren Bundeskanzlers", "den
    Ministern") in the nominative of one person: "früherer Bundeskanzler", "Minister"; an
    adjective before it takes the ending it has without an article. Feminine and
    adjectival titles ("Abgeordneten"), and words that are no form of their title's base
    ("Islamwissenschafters"), are left as written."""
    words = role.split()
    title = title_of(words[-1]) if words else None
    if title is None or title.gender != "m":
        return role
    head = words[-1]
    lowered, base = head.lower(), title.base.lower()
    ending = next(
        (
            ending
            for ending in _MASCULINE_CASE_ENDINGS
            if lowered.endswith(ending) and lowered[: -len(ending)].endswith(base)
        ),
        None,
    )
    if ending is None:
        return role
    adjectives = [
        word[:-2] + "er" if word[:1].islower() and word.endswith("en") else word
        for word in words[:-1]
    ]
    return " ".join([*adjectives, head[: -len(ending)]])


@cache
def _thing_compounds() -> tuple[str, ...]:
    return tuple(word.lower() for word in data_lines("non_person_title_compounds.txt"))


#: inflections after a compound of ``non_person_title_compounds.txt``
_THING_ENDINGS = frozenset({"", "s", "es", "n", "en", "in", "innen", "nen"})


def _names_a_thing(lowered: str) -> bool:
    """ "lautsprecher", "bombentrichtern", "marktführerin": a compound that ends in a title
    but names a thing, a place's people or a company ("non_person_title_compounds.txt")."""
    for compound in _thing_compounds():
        at = lowered.rfind(compound)
        if at >= 0 and lowered[at + len(compound) :] in _THING_ENDINGS:
            return True
    return False


def role_gender(roles: list[str]) -> str | None:
    """The gender the first gendered title among a person's roles shows ("Ministerin" -> f)."""
    for role in roles:
        words = role.split()
        title = title_of(words[-1]) if words else None
        if title is not None and title.gender:
            return title.gender
    return None


MIN_MISSPELT_LENGTH = 9  # shorter titles lose too much to a dropped letter


@cache
def misspelt_title_forms() -> dict[str, tuple[str, str | None]]:
    """Long title forms with one letter dropped ("ministerpäsident") -> (title, gender)."""
    exact = {form for form, _, _ in title_forms()}
    variants: dict[str, tuple[str, str | None]] = {}
    for form, title, gender in title_forms():
        if len(form) < MIN_MISSPELT_LENGTH:
            continue
        for cut in range(1, len(form)):
            variant = form[:cut] + form[cut + 1 :]
            if variant not in exact:
                variants.setdefault(variant, (title, gender))
    return variants


@cache
def _misspelt_title_endings() -> Endings[tuple[str, str | None]]:
    return Endings(misspelt_title_forms())


def _misspelt_title(head: str, prefixes: tuple[str, ...]) -> Title | None:
    """A title with a typo (a dropped letter), for words the lexicon does not know."""
    lowered = head.lower()
    # the quick test of the last letters first: the look-ups below would find nothing
    if (
        len(head) < MIN_MISSPELT_LENGTH - 1
        or not _misspelt_title_endings().may_end(lowered)
        or lexicon_common_noun(head)
    ):
        return None
    variants = misspelt_title_forms()
    for cut in range(len(lowered) - MIN_MISSPELT_LENGTH + 2):
        found = variants.get(lowered[cut:])
        if found and (cut == 0 or cut >= 3) and not _thing_noun(lowered[cut:]):
            title, gender = found
            base = head[:cut] + title[0].lower() + title[1:] if cut else title
            return Title(base=base, head=title, gender=gender, prefixes=prefixes)
    return None


def _thing_noun(lowered: str) -> bool:
    """ "versprechen", "botschaften", "premiere": a neuter or feminine noun (or its plural),
    so a compound ending in it ("Leistungsversprechen", "Hetzbotschaften") is that noun
    spelt right, not a title with a dropped letter; feminine titles ("…in") are persons."""
    if lowered.endswith(("in", "innen")):
        return False
    genera = noun_genera()
    return any(
        genera.get(stem[:1].upper() + stem[1:]) in ("f", "n")
        for stem in (lowered, lowered.removesuffix("n"), lowered.removesuffix("en"))
    )


@cache
def role_modifiers() -> frozenset[str]:
    return frozenset(data_lines("role_modifiers.txt"))


@cache
def _role_modifier_forms() -> frozenset[str]:
    """Every role modifier with every adjective ending ("stellvertretend", "…e", "…en")."""
    return frozenset(
        stem + ending for stem in role_modifiers() for ending in ("", "e", "en", "er", "es", "em")
    )


def is_role_modifier(word: str) -> bool:
    if not word.islower():
        return False
    return word in _role_modifier_forms()


def noun_genus(lemma: str) -> str | None:
    """Grammatical gender ("m", "f", "n") of a German noun, from german-nouns."""
    return noun_genera().get(lemma)


def one_letter_off(word: str, name: str) -> bool:
    """Whether ``word`` becomes ``name`` by changing, adding or dropping one letter."""
    if len(word) == len(name):
        return sum(a != b for a, b in zip(word, name, strict=True)) == 1
    shorter, longer = sorted((word, name), key=len)
    if len(longer) - len(shorter) != 1:
        return False
    pairs = zip(shorter, longer[: len(shorter)], strict=True)
    cut = next((i for i, (a, b) in enumerate(pairs) if a != b), len(shorter))
    return shorter[cut:] == longer[cut + 1 :]
