"""Organisations an article defines with an acronym: "Movement for Democratic Change (MDC)",
"die Bewegung „People's Alliance for Democracy“ (PAD)", "Partei Democraten 66 (D66)".

The long name and every later use of the acronym ("der MDC", "PAD-Protestaktion") form
one organisation; as a non-state actor its code is its name, or its acronym where the
name marks an international organisation ("Südamerikanische Staatengemeinschaft (CSN)").
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import cache

from lagebild.entities.actors import nominative_adjective, organisation_head
from lagebild.entities.candidates import Candidate, Tok
from lagebild.entities.genitive_names import genitive_head
from lagebild.entities.institutions import institution_of
from lagebild.entities.kb import (
    ORGANISATION_FILES,
    Actor,
    ActorKB,
    Surface,
    context_words,
    data_lines,
    data_rows,
)
from lagebild.entities.names import (
    census_first_names,
    census_surnames,
    first_names,
    is_common_noun,
    noun_genus,
    title_of,
)
from lagebild.entities.origins import state_of_listed_region, state_of_place

ACRONYM = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ0-9]{1,5}")
OPENING_QUOTES = frozenset({"„", '"', "“", "»", "«", "‚"})
CLOSING_QUOTES = frozenset({"“", '"', "”", "«", "»", "‘"})
MAX_NAME_TOKENS = 8
#: words of a person's name at most, first name included ("Ayaan Hirsi Ali")
MAX_PERSON_TOKENS = 4
PRIORITY = 3  # as knowledge-base names: the text defines it


@cache
def connectors() -> frozenset[str]:
    """Lower-case words that join the words of an acronym's name ("für", "of")."""
    return frozenset(data_lines("acronym_connectors.txt"))


@cache
def inside_name_words() -> frozenset[str]:
    """Words that may stand inside a name an acronym abbreviates, besides capitalised ones."""
    return connectors() | frozenset(data_lines("acronym_inside_words.txt"))


def span_text(tokens: list[Tok], first: int, last: int) -> str:
    """The tokens as written, a space where the text had whitespace."""
    parts = [tokens[first].text]
    for previous, token in zip(tokens[first:last], tokens[first + 1 : last + 1], strict=True):
        parts.append((" " if token.start > previous.end else "") + token.text)
    return "".join(parts)


def _quoted_name(tokens: list[Tok], close: int) -> tuple[int, int] | None:
    for opening in range(close - 1, max(close - MAX_NAME_TOKENS - 2, -1), -1):
        if tokens[opening].text in OPENING_QUOTES:
            return (opening + 1, close - 1) if opening + 1 < close else None
    return None


def _name_run(tokens: list[Tok], end: int) -> int:
    """Where the capitalised words (connectors, numbers) before the parenthesis begin."""
    articles = set(context_words()["articles"])
    first = end + 1
    while first > 0 and end + 1 - first < MAX_NAME_TOKENS:
        word = tokens[first - 1].text
        if word in articles or not (word[:1].isupper() or word.isdigit() or word in connectors()):
            break
        first -= 1
    return first


def _parent_actor(tokens: list[Tok], first: int, kb: ActorKB) -> Actor | None:
    """A known organisation the name begins with: "United Nations Interim Administration
    Mission (UNMIK)", "UN-Friedensmission im Südsudan (UNMISS)" are parts of the UN."""
    prefix = tokens[first].text.split("-")[0] if "-" in tokens[first].text else None
    if prefix and (actor := kb.actor_of_prefix(prefix)) and actor.type == "ORG":
        return actor
    for length in range(min(kb.max_len, 4), 1, -1):
        surface = kb.phrases.get(tuple(t.text for t in tokens[first : first + length]))
        if surface and surface.actor.type == "ORG" and surface.kind in ("name", "acronym"):
            return surface.actor
    return None


def _plain_name(tokens: list[Tok], first: int, end: int) -> tuple[int, int] | None:
    """The name in a run; a leading common noun ("Partei Democraten 66",
    "Oppositionspartei Movement …") is a description, not part of the name."""
    start = first
    while first < end and (
        tokens[first].text in connectors() or is_common_noun(tokens[first].text)
    ):
        if tokens[first].text not in connectors() and (
            tokens[first + 1].text in connectors()
            or first + 1 == end
            and _is_genitive_name(tokens[end].text)
        ):
            # "Zentrum für Luft- und Raumfahrt (DLR)", "Arbeiterpartei Kurdistans (PKK)":
            # what follows completes the noun, which heads the name, with its adjectives
            while (
                first > start
                and tokens[first - 1].text.endswith(("e", "en", "er", "es"))
                and tokens[first - 1].text not in connectors()
            ):
                first -= 1
            break
        first += 1
    if first > end or not tokens[first].text[:1].isupper():
        return None
    return first, end


@cache
def country_codes() -> frozenset[str]:
    """ISO alpha-3 codes of the states and the sports codes that differ from them."""
    sports = {row[0].strip() for row in data_rows("sport_country_codes.tsv")}
    return frozenset({row[0] for row in data_rows("states.tsv")[1:]} | sports)


def _is_genitive_name(word: str) -> bool:
    """ "Kurdistans", "Chinas": a proper name with the genitive "s"."""
    return (
        len(word) > 3
        and word.endswith("s")
        and word[:1].isupper()
        and word.isalpha()
        and not is_common_noun(word)
        and not is_common_noun(word[:-1])
    )


#: how far left of the plain name a name that fits its acronym may begin
MAX_FIT_TOKENS = 5


def _initial(word: str) -> str:
    return word[:1].casefold()


def _fitted_name(tokens: list[Tok], span: tuple[int, int], acronym: str) -> tuple[int, int] | None:
    """The name an acronym abbreviates, by its first letter: "Organisation für das Verbot
    von Chemiewaffen (OPCW)", "Oberste Gerichtshof (OGH)", "Verbands der
    Automobilindustrie (VDA)" begin left of the plain name ("Chemiewaffen",
    "Gerichtshof"), at the word right before it or at an organisation's head noun or a
    state adjective; a plain name of common nouns that nothing fits names no organisation
    ("Hirnströme (EEG)", "Gewerkschaft der Seeleute (PNO)")."""
    first, last = span
    if _initial(tokens[first].text) == _initial(acronym):
        return span
    start = first - 1
    while start >= 0 and first - start <= MAX_FIT_TOKENS:
        word = tokens[start].text
        if word.isspace():  # "Internationale  Organisation": a doubled space
            pass
        elif word[:1].isupper():
            if _initial(word) == _initial(acronym) and (
                start == first - 1
                or organisation_head(word)
                or word.removesuffix("n").removesuffix("r").removesuffix("s").endswith("ische")
            ):
                return start, last
        elif word not in inside_name_words():
            break
        start -= 1
    words = tokens[first : last + 1]
    if any(_names_a_body(token.text) for token in words) or not all(
        token.text in inside_name_words() or token.tag == "NN" or is_common_noun(token.text)
        for token in words
    ):
        return span  # a body named in translation ("Volksverteidigungseinheiten (YPG)")
    return None


@cache
def _body_nouns() -> tuple[str, ...]:
    """Lowercase nouns that name a body of people: those introducing a name ("Gruppe",
    "Verband") and the group nouns ("Einheiten", "Gewerkschaften")."""
    nouns = {noun.lower() for noun in data_lines("name_introducing_nouns.txt")}
    nouns |= {row[0].strip().lower() for row in data_rows("group_nouns.txt")}
    return tuple(nouns)


def _names_a_body(word: str) -> bool:
    """ "Tennisverband", "Antikorruptionsstaatsanwaltschaft", "Datenschutzgruppe": a word
    that names an organisation, an institution or a group of people by its head."""
    return bool(
        organisation_head(word) or institution_of(word) or word.lower().endswith(_body_nouns())
    )


@dataclass
class ArticleAcronyms:
    """Acronyms the article defines: its own organisations (acronym -> long name and the
    spans of that name) and new acronyms of known organisations (acronym -> actor)."""

    definitions: dict[str, tuple[str, list[tuple[int, int]]]] = field(default_factory=dict)
    #: acronym -> the long name as written, inflected ("des Bundeskriminalamts")
    written: dict[str, set[str]] = field(default_factory=dict)
    aliases: dict[str, Actor] = field(default_factory=dict)
    #: acronyms only met in brackets after persons' names -> those brackets' positions
    person_parties: dict[str, set[int]] = field(default_factory=dict)
    #: the spelled-out names of known organisations before their acronym in brackets
    #: ("des Deutschen Fußballbundes (DFB)") -> the organisation
    long_forms: dict[tuple[int, int], Actor] = field(default_factory=dict)


@cache
def international_name_parts() -> tuple[str, ...]:
    return tuple(word.casefold() for word in data_lines("international_name_parts.txt"))


def organisation_code(acronym: str, name: str) -> str:
    """International organisations go by their acronym ("CSN"), others by their name."""
    folded = name.casefold()
    return acronym if any(part in folded for part in international_name_parts()) else name


def _uninflected(tokens: list[Tok], first: int, name: str) -> str:
    """ "der Südamerikanischen Staatengemeinschaft" -> "Südamerikanische Staatengemeinschaft"."""
    words = name.split(" ")
    article = tokens[first - 1].text.lower() if first > 0 else ""  # "Der" opens a sentence
    if article in ("des", "eines"):
        return " ".join(_nominative_of_genitive(words))
    if (
        article in ("der", "den", "dem")
        and len(words) > 1
        and words[0][:1].isupper()
        and words[0].endswith("ischen")
    ):
        words[0] = words[0][:-1]
    elif (
        article == "der"
        and len(words) > 1
        and words[0][:1].isupper()
        and words[0].endswith("e")
        and noun_genus(words[1]) == "m"
    ):
        words[0] += "r"  # "der Oberste Gerichtshof" -> "Oberster Gerichtshof"
    return " ".join(words)


def _nominative_of_genitive(words: list[str]) -> list[str]:
    """ "Deutschen Zentrums für Luft- und Raumfahrt" -> "Deutsches Zentrum für …",
    "Bundeskriminalamts" -> "Bundeskriminalamt": the head noun (the first noun before a
    connector) loses its genitive ending, the adjectives before it take the nominative."""
    for index, word in enumerate(words):
        if word in connectors():
            break
        stem = _genitive_stem(word)
        if (
            stem is None
            and (index + 1 == len(words) or words[index + 1] in connectors())
            and word[:1].isupper()
            and word.endswith("s")
            and not word.endswith("ens")
        ):
            # an unlisted compound ("Rechtsanwaltskammertags"): after "des", the noun before
            # the end or a connector carries the genitive "s"
            stem = word[:-1]
        if stem is None:
            continue
        head = organisation_head(stem)
        # "des" marks a masculine or neuter noun; masculine where the lexicon is silent
        genus = noun_genus(stem) or (noun_genus(head[1]) if head else None) or "m"
        adjectives = [
            nominative_adjective(adjective, genus) if adjective.endswith("en") else adjective
            for adjective in words[:index]
        ]
        return [*adjectives, stem, *words[index + 1 :]]
    return words


def _genitive_stem(word: str) -> str | None:
    """ "Zentrums" -> "Zentrum", "Fußballbundes" -> "Fußballbund" (a noun or an
    organisation's head noun without its genitive ending), else None."""
    if not word[:1].isupper() or not word.endswith("s"):
        return None
    for stem in (word[:-2] if word.endswith("es") else None, word[:-1]):
        if (
            stem
            and len(stem) > 2
            and (
                organisation_head(stem)
                or genitive_head(stem)
                or (is_common_noun(stem) and not stem.endswith("s"))
            )
        ):
            return stem
    return None


def _names_person(tokens: list[Tok], run: int, span: tuple[int, int]) -> bool:
    """Whether the words ``span`` before an acronym in brackets name a person: a listed
    first name or a title among them, a title before a short name ("Premier Victor Ponta",
    "des Ex-Senators Dan Sova"), or a census first name before a surname ("Victor Ponta":
    a census surname, or one the article uses alone)."""
    words = [token.text for token in tokens[span[0] : span[1] + 1]]
    if any(title_of(word) or word in first_names() for word in words):
        return True
    if len(words) > MAX_PERSON_TOKENS or any(word in connectors() for word in words):
        return False
    if any(title_of(token.text) for token in tokens[run : span[0]]):
        return True
    surname = words[-1]
    return (
        len(words) > 1
        and words[0] in census_first_names()
        and not is_common_noun(surname)
        and (
            surname in census_surnames()
            or any(
                token.text == surname and tokens[position - 1].text != words[-2]
                for position, token in enumerate(tokens)
                if position > 0
            )
        )
    )


@cache
def bracket_party_forms() -> dict[str, tuple[str, str]]:
    """Short form -> (the party's listed name, its state): "VP" -> ("ÖVP", "AUT")."""
    return {
        row[0]: (row[1].strip(), row[2].strip()) for row in data_rows("bracket_party_forms.tsv")
    }


def _article_of_state(tokens: list[Tok], kb: ActorKB, state: str) -> bool:
    """Whether the article is about ``state``: it names the state, one of its parties or
    listed regions ("Vorarlberg"), or opens with a dateline place there ("Wels –")."""
    for index, token in enumerate(tokens):
        word = token.text
        if not word[:1].isupper():
            continue
        surface = kb.phrases.get((word,))
        if surface and state in (surface.actor.code, surface.actor.state):
            return True
        if state_of_listed_region(word) == state:
            return True
        dateline = index + 1 < len(tokens) and tokens[index + 1].text in ("–", "—")
        if dateline and state_of_place(word) == state:
            return True
    return False


def _bracket_party(tokens: list[Tok], kb: ActorKB, short: str) -> Actor | None:
    """The party a short form after a politician's name stands for in this article."""
    listed = bracket_party_forms().get(short)
    if listed is None:
        return None
    surface = kb.phrases.get((listed[0],))
    if surface is None or not _article_of_state(tokens, kb, listed[1]):
        return None
    return surface.actor


def _name_key(name: str) -> tuple[str, ...]:
    """A name's words without case, hyphens or inflection endings, so that "des Deutschen
    Fußballbundes" and "Deutscher Fußball-Bund" compare equal."""
    words = name.replace("-", "").casefold().split()
    return tuple(re.sub(r"(?:es|en|er|em|e|s|n)$", "", word) for word in words)


@cache
def listed_long_names() -> dict[str, frozenset[tuple[str, ...]]]:
    """A listed organisation's acronym -> the keys of its spelled-out names
    ("DFB" -> "Deutscher Fußball-Bund", "Deutscher Fußballbund")."""
    found: dict[str, set[tuple[str, ...]]] = {}
    for row in itertools.chain.from_iterable(map(data_rows, ORGANISATION_FILES)):
        listed = [row[2], *row[3].split("|")]
        for acronym in (name for name in listed if ACRONYM.fullmatch(name)):
            found.setdefault(acronym, set()).update(
                _name_key(name) for name in listed if " " in name
            )
    return {acronym: frozenset(keys) for acronym, keys in found.items()}


def _listed_long_form(tokens: list[Tok], bracket: int, acronym: str) -> tuple[int, int] | None:
    """The words before the bracket that spell out a listed organisation's acronym
    ("Österreichischen Fußballbund (ÖFB)"); a listed name only, so that a person's name
    before a party ("Werner Faymann (SPÖ)") never joins the party."""
    names = listed_long_names().get(acronym)
    if not names:
        return None
    run = _name_run(tokens, bracket - 1)
    for first in range(run, bracket - 1):
        if _name_key(span_text(tokens, first, bracket - 1)) in names:
            return first, bracket - 1
    return None


@cache
def compound_party_forms() -> frozenset[str]:
    """The short forms that begin compounds for their party too ("VP-Klubchef")."""
    return frozenset(
        row[0] for row in data_rows("bracket_party_forms.tsv") if row[3:4] == ["compounds"]
    )


def _party_short_prefixes(tokens: list[Tok]) -> set[str]:
    """The parties' short forms that begin a compound in the text ("VP-Klubchef",
    "FP-Landeschef"); a set look-up on the words with a hyphen only."""
    forms = compound_party_forms()
    return {
        prefix
        for token in tokens
        if "-" in token.text and (prefix := token.text.split("-", 1)[0]) in forms
    }


def article_acronyms(tokens: list[Tok], kb: ActorKB) -> ArticleAcronyms:
    found = ArticleAcronyms()
    for index in range(1, len(tokens) - 2):
        acronym = tokens[index + 1].text
        if (
            tokens[index].text != "("
            or tokens[index + 2].text != ")"
            or not ACRONYM.fullmatch(acronym)
            or acronym in country_codes()
        ):
            continue  # "Nico Rosberg (GER)": an athlete's country, no organisation
        if (acronym,) in kb.phrases:
            known = kb.phrases[(acronym,)].actor
            if known.type == "ORG" and (span := _listed_long_form(tokens, index, acronym)):
                found.long_forms[span] = known  # the long form joins the known organisation
            continue
        if tokens[index - 1].text in CLOSING_QUOTES:
            span = _quoted_name(tokens, index - 1)
            run = span[0] if span else index
            parent = None
        else:
            run = _name_run(tokens, index - 1)
            parent = _parent_actor(tokens, run, kb) if run < index else None
            span = _plain_name(tokens, run, index - 1)
            if span is not None and not parent:
                span = _fitted_name(tokens, span, acronym)
        if parent:
            found.aliases[acronym] = parent
            continue
        if span is None:
            continue
        words = tuple(token.text for token in tokens[span[0] : span[1] + 1])
        if words in kb.phrases:
            if kb.phrases[words].actor.type == "ORG":
                found.aliases[acronym] = kb.phrases[words].actor  # "Salzburger Nachrichten (SN)"
            continue  # a known organisation
        if _names_person(tokens, run, span):
            if party := _bracket_party(tokens, kb, acronym):
                # "Markus Wallner (VP)" in an Austrian article: the ÖVP
                found.aliases[acronym] = party
                continue
            # "Abgeordnete Ayaan Hirsi Ali (VVD)", "Premier Victor Ponta (PSD)": the acronym
            # is the person's party, not the spelled-out name
            found.person_parties.setdefault(acronym, set()).add(index + 1)
            continue
        name = _uninflected(tokens, span[0], span_text(tokens, *span))
        _, spans = found.definitions.setdefault(acronym, (name, []))
        found.written.setdefault(acronym, set()).add(span_text(tokens, *span))
        spans.append(span)
    for short in _party_short_prefixes(tokens):
        if short not in found.aliases and (party := _bracket_party(tokens, kb, short)):
            found.aliases[short] = party  # "der Wiener VP-Klubchef": the ÖVP's
    for acronym in list(found.person_parties):
        if acronym in found.definitions:
            del found.person_parties[acronym]  # spelled out elsewhere: that organisation
        else:
            # a party the article never spells out: an organisation named by its acronym
            # alone, so that the person acts for it
            found.definitions[acronym] = (acronym, [])
    return found


def with_article_acronyms(kb: ActorKB, acronyms: ArticleAcronyms) -> ActorKB:
    """The knowledge base plus the article's acronyms, for rules that look up whom a person
    acts for ("Präsidentschaftskandidat der MDC", "UNMIK-Leiter")."""
    if not acronyms.definitions and not acronyms.aliases:
        return kb
    extended = kb.copy()
    for acronym, (name, _) in acronyms.definitions.items():
        actor = Actor(
            key=f"ORG:{acronym}", code=organisation_code(acronym, name), type="ORG", canonical=name
        )
        extended.add(acronym, Surface(actor, "acronym", acronym))
        for written in sorted({name, *acronyms.written.get(acronym, ())}):
            extended.add(written, Surface(actor, "name", name))
        extended.prefixes.setdefault(acronym, actor)
    for acronym, actor in acronyms.aliases.items():
        extended.add(acronym, Surface(actor, "acronym", acronym))
        extended.prefixes.setdefault(acronym, actor)
    return extended


def acronym_candidates(
    tokens: list[Tok], kb: ActorKB, acronyms: ArticleAcronyms | None = None
) -> list[Candidate]:
    acronyms = acronyms or article_acronyms(tokens, kb)
    found = []
    for acronym, (name, spans) in acronyms.definitions.items():
        key = f"ORG:{acronym}"
        mentions = list(spans)
        for index, token in enumerate(tokens):
            if token.text == acronym or token.text.startswith(acronym + "-"):
                mentions.append((index, index))
        brackets = acronyms.person_parties.get(acronym, set())
        if brackets and all(first in brackets for first, _ in mentions):
            continue  # "Ayaan Hirsi Ali (VVD)" alone: the person's party, no actor of the text
        code = organisation_code(acronym, name)
        for first, last in mentions:
            found.append(
                Candidate(
                    first=first,
                    last=last,
                    type="ORG",
                    kind="name",
                    key=key,
                    name=name,
                    code=code,
                    priority=PRIORITY,
                )
            )
    # long forms and aliases stand for known organisations (article_acronyms keeps only those)
    for (first, last), actor in acronyms.long_forms.items():
        found.append(Candidate.of_actor(actor, first, last, "name", PRIORITY))
    for acronym, actor in acronyms.aliases.items():
        for index, token in enumerate(tokens):
            if token.text == acronym or token.text.startswith(acronym + "-"):
                found.append(Candidate.of_actor(actor, index, index, "acronym", PRIORITY))
    return found
