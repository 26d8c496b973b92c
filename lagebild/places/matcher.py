"""Finding place names in German text: capitalised word sequences looked up in the gazetteer.

Handles multi-word names ("Den Haag", "Washington, D.C."), the genitive ("Brüssels",
"des Gazastreifens"), city adjectives before a noun ("Kiewer Regierung") and the stoplist
of names that are also German words ("Essen" only after "in", "aus", …).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Container

from spacy.lang.de.stop_words import STOP_WORDS

from lagebild.lexicon import is_common_noun, is_plain_common_noun, is_proper_noun_form
from lagebild.places.clubs import names_club
from lagebild.places.datelines import is_dateline
from lagebild.places.found import Found
from lagebild.places.gazetteer import (
    CITY_ALTERNATE,
    COUNTRY,
    HANDMADE,
    Candidate,
    Gazetteer,
    compound_noun_cue,
    load_club_prefixes,
    load_country_adjectives,
    load_cues,
    load_directions,
    load_medium_before,
    load_name_links,
    load_quantifiers,
    load_stoplist,
    load_title_heads,
)
from lagebild.places.geonames import name_key
from lagebild.places.peoples import names_people

#: A word: letters, inner hyphens and apostrophes ("Neu-Delhi", "L'Aquila"): each run of
#: marks followed by a word character. (``(?:[\w'′’-]*\w)?``, the same words, backtracked
#: at every word's end: a quarter more time.)
_WORD = re.compile(r"[^\W\d_]\w*(?:['′’-]+\w+)*")
#: What may stand between the words of one name ("Washington, D.C.", "Addis Abeba").
_NAME_GAP = re.compile(r"(?:\.?,? +|\.)")
#: A "." right before a word's first letter: the one gap of a name without a space.
_DOT_JOIN = re.compile(r"\.(?=[^\W\d_])")
#: Punctuation that ends the context a cue word may come from.
_BREAK = re.compile(r"[\n.!?:;\"“”„»«()]")
_ARTICLES = frozenset({"der", "die", "das", "dem", "den", "des"})
#: Articles, alone or fused with a preposition, right before a name: a city takes none
#: ("in Busse", not "in die Busse"; "im Derby", "beim Mercedes" name things).
_ARTICLE_WORDS = _ARTICLES | frozenset(
    {"ein", "eine", "einem", "einen", "einer", "eines", "im", "am", "beim", "vom", "zum", "zur"}
    | {"ins", "Im", "Am", "Beim", "Vom", "Zum", "Zur", "Ins", "Der", "Die", "Das", "Den"}
)
_GENITIVE_ATTRIBUTE = re.compile(r" de[rs] ")
#: A numeral between a cue and the name: "nach 16 Siegen" counts victories.
_DIGIT = re.compile(r"\d")
_LONGEST_NAME = 5
#: How many words back a cue may stand ("in der benachbarten Stadt" is too far).
_CUE_LOOKBACK = 3
#: A lower-case inflected adjective between cue and name ("im russischen Sotschi").
_ADJECTIVE = re.compile(r"[a-zäöüß]+(?:e|en|em|er|es)")
#: Alternate GeoNames names shorter than this are too often other words ("Hu").
_SHORTEST_ALTERNATE = 4
#: Distinct capitalised words whose :func:`_may_name` answer is kept.
_MAY_NAME_CACHE = 65_536
#: The cue kind of a name in a dateline.
DATELINE = "dateline"


def _inflection_bases(surface: str) -> list[str]:
    """The name itself, then its genitive-stripped forms ("Moskaus" -> "Moskau")."""
    bases = [surface]
    if surface.endswith("es") and len(surface) > 5:
        bases.append(surface[:-2])
    if surface.endswith("s") and len(surface) > 3 and surface[-2] not in "sxz":
        bases.append(surface[:-1])
    return bases


def _context_before(
    text: str, words: list[re.Match[str]], index: int
) -> tuple[str | None, str | None, str | None, bool]:
    """The cue kind before ``words[index]`` (looking past an article and attributive
    adjectives: "im benachbarten Aileu", "in der Ukraine"), the cue word when it stands
    right before, the country of a country adjective on the way ("im russischen"), and
    whether an article stands right before. A numeral or quantifier on the way ("nach 16
    Siegen", "in einigen Bussen") counts the word as a common noun: no cue then."""
    cues, quantifiers = load_cues(), load_quantifiers()
    position = index - 1
    hint: str | None = None
    # "ins London des Jahres 1918", "das Wien der Nachkriegszeit": a city with an
    # article and a genitive attribute is still the city
    article = (
        index > 0
        and words[index - 1].group() in _ARTICLE_WORDS
        and text[words[index - 1].end() : words[index].start()] == " "
        and not _GENITIVE_ATTRIBUTE.match(text, words[index].end())
    )
    for _ in range(_CUE_LOOKBACK):
        if position < 0:
            break
        gap = (words[position].end(), words[index].start())
        if _BREAK.search(text, *gap) or _DIGIT.search(text, *gap):
            break
        word = words[position].group()
        if word in quantifiers:
            break
        kind = cues.get(word) or cues.get(word.lower())
        if (
            not kind
            and position == index - 1
            and text[gap[0] : gap[1]] == " "
            and compound_noun_cue(word)
        ):
            kind = "noun"  # "im Schwarzmeerort Rize", not "Wiener Neustadt, Sankt Pölten"
        if kind:
            return kind, word if position == index - 1 else None, hint, article
        if word not in _ARTICLES and not _ADJECTIVE.fullmatch(word):
            break
        hint = hint or _adjective_country(word)
        position -= 1
    return None, None, hint, article


class _Context:
    """:func:`_context_before` a word, read when first asked for: most capitalised words
    name no place, and their context is never needed."""

    __slots__ = ("_index", "_text", "_value", "_words")

    def __init__(self, text: str, words: list[re.Match[str]], index: int) -> None:
        self._text, self._words, self._index = text, words, index
        self._value: tuple[str | None, str | None, str | None, bool] | None = None

    @property
    def value(self) -> tuple[str | None, str | None, str | None, bool]:
        """(cue kind, cue word, country hint, article), as :func:`_context_before` gives."""
        if self._value is None:
            self._value = _context_before(self._text, self._words, self._index)
        return self._value

    @property
    def cue(self) -> str | None:
        return self.value[0]


def _named(
    start: int,
    end: int,
    base: str,
    candidates: tuple[Candidate, ...],
    context: _Context,
    neighbour: bool = False,
    common_noun: bool = False,
    *,
    genitive: bool = False,
    longer_name: bool = False,
    noun_word: bool = False,
    in_title: bool = False,
    english_in: bool = False,
    dateline: bool = False,
    club: bool = False,
) -> Found:
    """A name found, with what the words before it say: made once and whole (a frozen
    dataclass costs microseconds to make, and ``dataclasses.replace`` twice that)."""
    cue, cue_word, hint, article = context.value
    return Found(
        start,
        end,
        base,
        candidates,
        cue or (DATELINE if dateline else None),
        cue_word=cue_word,
        country_hint=hint,
        neighbour=neighbour,
        common_noun=common_noun,
        genitive=genitive,
        article_before=article,
        longer_name=longer_name,
        noun_word=noun_word,
        in_title=in_title,
        english_in=english_in,
        club=club,
    )


def _adjective_country(word: str) -> str | None:
    """ "russischen" -> "RU": the country of an inflected country adjective."""
    stem = re.sub(r"(?:e|en|em|er|es)$", "", word)
    return load_country_adjectives().get(stem)


def _neighbour_name(text: str, words: list[re.Match[str]], first: int, last: int) -> bool:
    """Whether a capitalised word stands right before or after, as in a longer name
    ("Black Lion Hospital", "Human Rights Watch", "Präsident Hu") — a noun cue excepted."""
    cues = load_cues()
    if first > 0:
        before = words[first - 1].group()
        gap = text[words[first - 1].end() : words[first].start()]
        initial = len(before) == 1 and gap == ". "  # "John F. Kennedy"
        if (gap == " " or initial) and before[0].isupper() and cues.get(before) != "noun":
            return True
    if last + 1 < len(words) and text[words[last].end() : words[last + 1].start()] == " ":
        return words[last + 1].group()[0].isupper()
    return False


def _genitive_in_name(text: str, words: list[re.Match[str]], first: int) -> bool:
    """Whether a genitive name follows a capitalised word that is no common noun, as in a
    longer name ("Three Lions", "Cannes Lions"); after a noun it is a genitive ("Straßen
    Bangkoks", "Zukunft Brüssels")."""
    if first == 0 or text[words[first - 1].end() : words[first].start()] != " ":
        return False
    before = words[first - 1].group()
    return before[0].isupper() and not is_common_noun(before) and before not in load_cues()


@functools.cache
def _following_name() -> re.Pattern[str]:
    """A word after a name, possibly behind a link ("am", "an der", "van")."""
    links = sorted(load_name_links(), key=len, reverse=True)
    alternatives = "|".join(re.escape(link) for link in links)
    return re.compile(rf" (?:(?:{alternatives}) )?([^\W\d_][\w'’-]*)")


def _continues(text: str, end: int, gazetteer: Gazetteer, common_starts: Container[int]) -> bool:
    """Whether the name ending at ``end`` goes on with a capitalised name word that is no
    common noun and no well-known place: a person ("Van Bylen", "Van der Bellen"), a longer
    place name the gazetteer lacks ("Flushing Meadows", "Neuhaus am Inn", "Bruck an der
    Leitha"). The one-word name inside is then some other place of the same name."""
    match = _following_name().match(text, end)
    if match is None:
        return False
    word = match.group(1)
    if not word[0].isupper() or "-" in word or match.start(1) in common_starts:
        return False
    if _nounish(word) or word in load_cues():
        return False
    # a well-known place may follow ("Rapid Wien"); a town of the same name as the word
    # may not ("Marat Numan": Numan is also a town in Nigeria)
    return not any(
        candidate.source in (HANDMADE, COUNTRY)
        for base in _inflection_bases(word)
        for candidate in gazetteer.lookup(base)
    )


#: The word right after a name, one space away.
_NEXT_WORD = re.compile(r" ([^\W\d_][\w'’-]*)")
#: How far back :func:`_in_title` looks for a club word ("Red Bull ").
_CLUB_REACH = 20


@functools.cache
def _club_before() -> re.Pattern[str]:
    """A club word right before a name, not the end of a longer word ("Schleswig-Holstein")."""
    prefixes = sorted(load_club_prefixes(), key=len, reverse=True)
    alternatives = "|".join(re.escape(prefix) for prefix in prefixes)
    return re.compile(rf"(?<![\w-])(?:{alternatives}) $")


@functools.cache
def _noun_title_heads() -> frozenset[str]:
    """The title words that are German nouns: they also end compounds ("Morgenpost")."""
    return frozenset(head for head in load_title_heads() if is_plain_common_noun(head))


def _title_head(word: str) -> bool:
    """ "Times", "Stadt-Anzeiger", "Morgenpost": a title word, alone or as the last part."""
    if word in load_title_heads():
        return True
    if "-" in word and word.rsplit("-", 1)[1] in load_title_heads():
        return True
    nouns = _noun_title_heads()
    return any(word[i:].capitalize() in nouns for i in range(3, len(word) - 2))


def _in_title(text: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether the name at ``start:end`` stands in the name of a medium, team or club: a
    title word follows ("New York Times", "Kölner Stadt-Anzeiger", "Chicago Bulls"), a
    club word goes before ("Eintracht Frankfurt", "FC Basel"), or the name is a club word
    before a place ("Bayern München", "Austria Wien"), or a medium's noun goes before
    ("Tageszeitung Österreich"). The article that quotes the New York Times is not about
    New York."""
    following = _NEXT_WORD.match(text, end)
    if following is not None:
        word = following.group(1)
        if _title_head(word):
            return True
        if text[start:end] in load_club_prefixes() and gazetteer.lookup(word):
            return True
    before = text[max(0, start - _CLUB_REACH) : start]
    return bool(_club_before().search(before) or load_medium_before().search(before))


def _english_in(text: str, words: list[re.Match[str]], index: int) -> bool:
    """Whether the name follows an "in" after a capitalised word that is no German noun, no
    name the noun lexicon knows and no place: an English title ("Urban Change in Time")."""
    if index < 2 or words[index - 1].group() != "in":
        return False
    before = words[index - 2]
    if text[before.end() : words[index].start()] != " in ":
        return False
    word = before.group()
    return (
        word[0].isupper()
        and not word.isupper()
        and not _nounish(word)
        and not is_proper_noun_form(word)
        and word not in load_cues()
    )


#: The shortest last part of a compound that :func:`_nounish` looks up ("Platz").
_SHORTEST_COMPOUND_PART = 4


def _nounish(word: str) -> bool:
    """A common noun or a compound ending in one ("Rathausplatz", "Wochenende")."""
    if is_common_noun(word):
        return True
    return any(
        is_plain_common_noun(word[i:].capitalize())
        for i in range(2, len(word) - _SHORTEST_COMPOUND_PART + 1)
    )


def _allowed(base: str, cue: str | None) -> bool:
    rule = load_stoplist().get(base)
    return rule is None or (rule == "context" and cue in ("preposition", "noun", DATELINE))


def find_names(
    text: str, gazetteer: Gazetteer, common_starts: Container[int] = frozenset()
) -> list[Found]:
    """All gazetteer names in ``text``, longest match first, left to right.

    ``common_starts`` are the offsets of words the tagger did not read as proper nouns.
    """
    words = list(_WORD.finditer(text))
    surfaces = list(map(re.Match.group, words))
    found: list[Found] = []
    longest = min(gazetteer.max_words, _LONGEST_NAME)
    # the capitalised words a name may begin with, in one pass: most capitalised words can
    # begin no name and no city adjective; a word :func:`_may_name` answered before is
    # looked up here, without a call
    answers = gazetteer.word_answers
    dotted = _dotted_ends(text) if longest > 1 else frozenset()
    starts: list[int] = []
    for i, surface in enumerate(surfaces):
        if not _capitalised(surface):
            continue
        answer = answers.get(surface)
        if answer is None:
            answer = _may_name(gazetteer, surface)
        if answer or (dotted and words[i].end() in dotted):
            starts.append(i)
    taken = 0  # the words before this one belong to names found already
    for index in starts:
        if index < taken:
            continue
        context = _Context(text, words, index)
        match = _direction_region(text, words, index, gazetteer, context) or _longest_match(
            text, words, index, longest, gazetteer, context, common_starts
        )
        if match is not None:
            found.append(match[0])
            taken = index + match[1]
            continue
        adjective = _adjective(text, words, index, gazetteer, context)
        if adjective is not None:
            found.append(adjective)
    return found


def _capitalised(word: str) -> bool:
    """``word[0].isupper()`` for a word of :data:`_WORD` (it begins with a letter): an ASCII
    letter is told by its code, without the method call."""
    code = ord(word[0])
    if 97 <= code <= 122:  # a-z
        return False
    if 65 <= code <= 90:  # A-Z
        return True
    return word[0].isupper()


def _may_name(gazetteer: Gazetteer, word: str) -> bool:
    """Whether a place name or city adjective may begin with ``word`` after a spaced gap:
    a direction noun, a name in any of its inflections, a city with "-er", or the first word
    of a key with a space. Every longer span from the word has such a key, or, when a
    genitive ending stripped from a last word of one or two letters reaches back into the
    gap ("Foo. s" -> "Foo. "), the word's own key or the word and a space ("Bar s" ->
    "Bar "). Kept per distinct word in the gazetteer's own table (strings to booleans, which
    the garbage collector does not walk): the same capitalised words come back in every
    text."""
    answers = gazetteer.word_answers
    answer = answers.get(word)
    if answer is None:
        # a word's key is the word with one apostrophe, and the keys of its bases are its
        # key's bases: one key made, not one per base
        key = name_key(word)
        answer = (
            word in load_directions()
            or key in gazetteer.name_heads
            or any(map(gazetteer.knows_key, _inflection_bases(key)))
            or (key.endswith("er") and gazetteer.knows_key(key[:-2]))
        )
        if len(answers) < _MAY_NAME_CACHE:
            answers[word] = answer
    return answer


def _dotted_ends(text: str) -> frozenset[int]:
    """Where a "." joins a word to the next one ("D.C."): the name's key then joins them
    too, and :func:`_may_name` cannot tell. Found in one search of the text: a capitalised
    word that :func:`_may_name` turns down is seldom followed by a dot at all."""
    return frozenset([dot.start() for dot in _DOT_JOIN.finditer(text)])


def _longest_match(
    text: str,
    words: list[re.Match[str]],
    index: int,
    longest: int,
    gazetteer: Gazetteer,
    context: _Context,
    common_starts: Container[int] = frozenset(),
) -> tuple[Found, int] | None:
    """The longest name from ``words[index]`` on; ``common_starts`` as for :func:`find_names`."""
    first = words[index]
    for count in _word_counts(text, words, index, min(longest, len(words) - index), gazetteer):
        last = index + count - 1
        start, end = first.start(), words[last].end()
        if text[end : end + 1] == "-":
            continue  # a truncated compound: "Boden- und Grundwasser"
        surface = text[start:end]
        if count == 1 and names_people(text, start, surface):
            return None  # "die Schweden": the people, not the country
        for base in _inflection_bases(surface):
            listed = gazetteer.lookup(base)
            candidates = _plausible(base, listed) if listed else listed
            if not candidates:
                continue  # most spans name nothing: their context is never read
            dateline = context.cue is None and is_dateline(text, start, end)
            if _allowed(base, DATELINE if dateline else context.cue):
                # A genitive ("Straßen Bangkoks", "Moskaus Außenminister") is no person name.
                genitive = base != surface
                if genitive:
                    neighbour = _genitive_in_name(text, words, index)
                else:
                    neighbour = _neighbour_name(text, words, index, last)
                common = count == 1 and start in common_starts
                found = _named(
                    start,
                    end,
                    base,
                    candidates,
                    context,
                    neighbour,
                    common,
                    genitive=genitive,
                    longer_name=_continues(text, end, gazetteer, common_starts),
                    noun_word=count == 1 and is_plain_common_noun(surface),
                    in_title=_in_title(text, start, end, gazetteer),
                    english_in=_english_in(text, words, index),
                    dateline=dateline,
                    club=names_club(text, start, end, any(c.source == COUNTRY for c in candidates)),
                )
                return found, count
    return None


def _word_counts(
    text: str, words: list[re.Match[str]], index: int, widest: int, gazetteer: Gazetteer
) -> range:
    """The word counts a name from ``words[index]`` on may have, longest first: its words
    are joined by name gaps, and the key of a longer name begins with the key of its words
    before a space, so a span that no key begins with (see :meth:`Gazetteer.may_begin_name`)
    ends the name at the next spaced gap. Only a genitive ending stripped from a last word of
    one or two letters then reaches back into that gap ("Foo. s" -> "Foo")."""
    start = words[index].start()
    longest = 1
    for count in range(2, widest + 1):
        before, last = words[index + count - 2], words[index + count - 1]
        gap = text[before.end() : last.start()]
        if not _NAME_GAP.fullmatch(gap):
            break
        if gap != "." and not gazetteer.may_begin_name(text[start : before.end()]):
            if last.end() - last.start() <= 2:
                longest = count
            break
        longest = count
    return range(longest, 0, -1)


#: Words between a direction noun and the name: "Süden des Libanon", "Westteil der Insel Timor".
_DIRECTION_LINKS = frozenset({"des", "der", "von"})
_DIRECTION_FILLERS = frozenset({"Insel", "Halbinsel", "Region", "Provinz", "Landes"})


def _direction_region(
    text: str, words: list[re.Match[str]], index: int, gazetteer: Gazetteer, context: _Context
) -> tuple[Found, int] | None:
    """ "Süden des Libanon" as the region the gazetteer knows as one compound (Südlibanon)."""
    prefix = load_directions().get(words[index].group())
    if prefix is None or index + 2 >= len(words):
        return None
    if words[index + 1].group() not in _DIRECTION_LINKS:
        return None
    name_index = index + 2
    if words[name_index].group() in _DIRECTION_FILLERS and name_index + 1 < len(words):
        name_index += 1
    name = words[name_index]
    if not name.group()[0].isupper():
        return None
    for base in _inflection_bases(name.group()):
        compound = prefix + base[0].lower() + base[1:]
        candidates = tuple(c for c in gazetteer.lookup(compound) if c.source == HANDMADE)
        if candidates:
            start, end = words[index].start(), name.end()
            return _named(start, end, compound, candidates, context), name_index - index + 1
    return None


def _plausible(base: str, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """Drop GeoNames readings of German function words ("Dabei", "Von"), short alternates
    and alternates that are only the first or last word of a city's name ("Gold" for Gold
    Coast, "Rapid" for Rapid City, "Stanford" for Stanford-le-Hope, "Monte" for El Monte):
    such a word alone names something else far more often."""
    if base.lower() in STOP_WORDS:
        return tuple(c for c in candidates if c.source in (HANDMADE, COUNTRY))
    if len(base) < _SHORTEST_ALTERNATE:
        return tuple(c for c in candidates if c.source != CITY_ALTERNATE)
    return tuple(c for c in candidates if not _truncated_alternate(base, c))


def _truncated_alternate(base: str, candidate: Candidate) -> bool:
    if candidate.source != CITY_ALTERNATE:
        return False
    own, alternate = candidate.name.casefold(), base.casefold()
    if own.endswith(f" {alternate}"):
        return True  # "Monte" for El Monte
    if not own.startswith(alternate):
        return False
    rest = own[len(alternate) :]
    # "Halle (Saale)", "Frankfurt am Main": a qualifier in brackets or after a link word
    # ("am", "an der") is no further word of the name itself
    qualified = rest.startswith(" (") or any(
        rest.startswith(f" {link} ") for link in load_name_links()
    )
    return rest[:1] in (" ", "-") and not qualified


def _adjective(
    text: str, words: list[re.Match[str]], index: int, gazetteer: Gazetteer, context: _Context
) -> Found | None:
    """A city adjective before a capitalised noun: "Kiewer Regierung", "Genfer Gespräche"."""
    word = words[index]
    surface = word.group()
    if not surface.endswith("er") or len(surface) < 6 or index + 1 >= len(words):
        return None
    following = words[index + 1]
    if not following.group()[0].isupper() or text[word.end() : following.start()] != " ":
        return None
    base = surface[:-2]
    candidates = tuple(
        c
        for c in gazetteer.lookup(base)
        if c.feature == "city" and (c.source == 0 or c.population >= 100_000)
    )
    if not candidates or not _allowed(base, "preposition"):
        return None
    return Found(
        word.start(),
        word.end(),
        base,
        candidates,
        context.cue,
        adjective=True,
        in_title=_in_title(text, word.start(), word.end(), gazetteer),
    )
