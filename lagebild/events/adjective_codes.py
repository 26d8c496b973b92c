"""Codes from the words that name a state without naming it as an entity: a country
adjective ("russisch-amerikanische" -> RUS, USA), the state an "anti-" adjective opposes,
a compound's country prefix ("US-Marines") or a demonym ("Amerikaner")."""

from __future__ import annotations

from typing import Final

from lagebild.events.lexicon import country_forms, word_list
from lagebild.events.words import Word

#: the endings of an inflected adjective ("chinesischen" -> "chinesisch")
ADJECTIVE_ENDINGS: Final = ("en", "er", "es", "em", "e")


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


def opposing_adjective(word: Word) -> bool:
    """An "anti-" adjective ("antiarabische"), whether or not it names a state."""
    return word.tag in ("ADJA", "ADJD") and bool(_after_opposing_prefix(word.text))


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
        for ending in ("", *ADJECTIVE_ENDINGS):
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
