"""Speech, thought and writing verbs and nouns, and the small word lists the rules read.

The data live in ``lagebild/quotes/data``; this module turns the verb table into a
lookup from every inflected form we expect in news prose to the verb it belongs to.
Weak verbs are inflected by rule; strong verbs list their principal parts.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from typing import Final

from lagebild.model import Medium
from lagebild.paths import package_folder

DATA = package_folder("lagebild.quotes") / "data"
INSEPARABLE_PREFIXES = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "wider", "hinter")


@dataclass(frozen=True)
class SpeechVerb:
    lemma: str  # infinitive with particle: "einräumen"
    particle: str  # separable particle or ""
    medium: Medium
    complements: frozenset[str]  # d, k, z, c, r, p:PREP

    @property
    def prepositions(self) -> frozenset[str]:
        return frozenset(c[2:] for c in self.complements if c.startswith("p:"))

    def takes_clause(self) -> bool:
        return bool(self.complements & {"d", "k"})


@dataclass(frozen=True)
class VerbForm:
    verb: SpeechVerb
    finite: bool  # a finite form (can be the V2 verb), else participle/infinitive
    joined: bool  # the particle is already attached ("einräumte", "eingeräumt")


def _lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


#: :func:`word_list` and :func:`lower_set` by file name. Plain dicts, not ``functools.cache``:
#: the rules ask for the sets again and again, and compiled, a plain function is a direct
#: C call, where a cached one is a Python call through a module attribute.
_WORD_LISTS: Final[dict[str, frozenset[str]]] = {}
_LOWER_SETS: Final[dict[str, frozenset[str]]] = {}


def word_list(name: str) -> frozenset[str]:
    """A one-word-a-line data file as a set (case kept)."""
    found = _WORD_LISTS.get(name)
    if found is None:
        found = _WORD_LISTS[name] = frozenset(_lines(name))
    return found


def _base(lemma: str, particle: str) -> str:
    return lemma[len(particle) :] if particle and lemma.startswith(particle) else lemma


def _weak_forms(base: str) -> tuple[list[str], str]:
    """Finite forms and participle of a weak verb ("sagen" -> sagt, sagte, …, gesagt)."""
    stem = base[:-2] if base.endswith("en") else base[:-1]
    e = (
        "e"
        if stem.endswith(("t", "d"))
        or (stem.endswith(("n", "m")) and stem[-2:-1] not in "aeiouäöülr")
        else ""
    )
    finite = [stem + e + "t", stem + e + "te", stem + e + "ten", base, stem + "e", stem + "est"]
    participle_core = stem + e + "t"
    return finite, participle_core


def _participle(base: str, core: str, particle: str) -> str:
    if base.endswith("ieren") or base.startswith(INSEPARABLE_PREFIXES) or core.startswith("ge"):
        return particle + core
    return particle + "ge" + core


def _inflect(verb: SpeechVerb, strong: str) -> list[tuple[str, bool, bool]]:
    """(form, finite, joined) for every form of ``verb``."""
    base = _base(verb.lemma, verb.particle)
    if strong:
        present, past, participle = strong.split("|")
        past_plural = past + ("n" if past.endswith("e") else "en")
        stem = base[:-2] if base.endswith("en") else base[:-1]
        finite = [present, past, past_plural, base, stem + "e", stem + "t"]
        full_participle = (
            participle if participle.startswith(verb.particle) else verb.particle + participle
        )
    else:
        finite, core = _weak_forms(base)
        full_participle = _participle(base, core, verb.particle)
    forms = [(f, True, False) for f in finite]
    if verb.particle:
        forms += [(verb.particle + f, True, True) for f in finite]
        forms.append((verb.particle + "zu" + base, False, True))
    forms.append((full_participle, False, True))
    forms.append((verb.lemma, False, True))
    return forms


#: :func:`speech_verbs`' table once read (a plain cache, as :data:`_WORD_LISTS`)
_SPEECH_VERBS: Final[list[dict[str, tuple[VerbForm, ...]]]] = []


def speech_verbs() -> dict[str, tuple[VerbForm, ...]]:
    """Lower-cased form -> the speech verbs it can belong to."""
    if not _SPEECH_VERBS:
        _SPEECH_VERBS.append(_read_speech_verbs())
    return _SPEECH_VERBS[0]


def _read_speech_verbs() -> dict[str, tuple[VerbForm, ...]]:
    table: dict[str, list[VerbForm]] = {}
    seen: set[str] = set()
    path = DATA / "speech_verbs.tsv"
    with path.open(encoding="utf-8") as handle:
        rows = [line for line in handle if not line.startswith("#")]
    for row in csv.DictReader(rows, delimiter="\t"):
        if row["lemma"] in seen:
            continue
        seen.add(row["lemma"])
        verb = SpeechVerb(
            lemma=row["lemma"],
            particle=row["particle"] or "",
            medium=row["medium"],  # type: ignore[arg-type]
            complements=frozenset(c for c in row["complements"].split(",") if c),
        )
        for form, finite, joined in _inflect(verb, row["forms"] or ""):
            table.setdefault(form.lower(), []).append(VerbForm(verb, finite, joined))
    return {form: tuple(entries) for form, entries in table.items()}


@cache
def lemmas() -> dict[str, SpeechVerb]:
    return {vf.verb.lemma: vf.verb for forms in speech_verbs().values() for vf in forms}


@cache
def speech_nouns() -> dict[str, Medium]:
    result: dict[str, Medium] = {}
    for line in _lines("speech_nouns.tsv")[1:]:
        noun, medium = line.split("\t")
        result[noun] = medium  # type: ignore[assignment]
    return result


@cache
def _speech_noun_endings() -> tuple[str, ...]:
    return tuple(noun.lower() for noun in speech_nouns())


def speech_noun_medium(word: str) -> Medium | None:
    """The medium if ``word`` is a speech noun or a compound ending in one ("Polizeiangaben")."""
    nouns = speech_nouns()
    if word in nouns:
        return nouns[word]
    low = word.lower()
    if not low.endswith(_speech_noun_endings()):
        return None  # one test in C instead of the loop below, for most words
    for noun, medium in nouns.items():
        if len(word) > len(noun) + 2 and (
            word.endswith(noun.lower()) or ("-" in word and low.endswith("-" + noun.lower()))
        ):
            return medium  # "Polizeiangaben", "ai-Bericht", "UNO-Angaben"
    return None


#: linking endings of a compound's first part before a speech noun ("Ministeriums|angaben")
_LINKED_STEMS = ("iums", "ungs", "schafts", "heits", "keits", "tions", "täts")


def speech_noun_source(word: str) -> str | None:
    """The source a compound speech noun names: "Polizeiangaben" -> "Polizei",
    "UNO-Angaben" -> "UNO", "Ministeriumsangaben" -> "Ministerium" (``source_compound_heads``
    lists the parts after which the first part is a source); None for any other word."""
    low = word.lower()
    head = next((h for h in word_list("source_compound_heads.txt") if low.endswith(h)), None)
    if head is None or len(word) == len(head):
        return None
    stem = word[: len(word) - len(head)].rstrip("-")
    if stem.endswith(_LINKED_STEMS):
        stem = stem[:-1]
    return stem if len(stem) >= 2 and stem[:1].isupper() else None


@cache
def role_words() -> tuple[frozenset[str], tuple[str, ...]]:
    entries = word_list("roles.txt")
    whole = frozenset(e.lower() for e in entries if not e.startswith("*"))
    suffixes = tuple(e[1:].lower() for e in entries if e.startswith("*"))
    return whole, suffixes


def is_role(word: str) -> bool:
    """A title or role noun ("Bundeskanzler", "Vizeaußenministerin", "US-Unterhändlerin")."""
    whole, suffixes = role_words()
    low = word.lower()
    return low in whole or low.endswith(suffixes)


@cache
def _speaker_group_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """The listed speaker groups, and the endings of those marked "*"."""
    entries = lower_set("speaker_groups.txt")
    return entries, tuple(e[1:] for e in entries if e.startswith("*"))


def is_speaker_group(word: str) -> bool:
    """A plural noun for people who speak as a group ("Augenzeugen", "US-Experten")."""
    entries, endings = _speaker_group_words()
    low = word.lower()
    return low in entries or low.endswith(endings)


#: :func:`function_words`' table once read (a plain cache, as :data:`_WORD_LISTS`)
_FUNCTION_WORDS: Final[list[dict[str, str]]] = []


def function_words() -> dict[str, str]:
    """Lower-cased function word -> class (adv, prep, conj, other)."""
    if not _FUNCTION_WORDS:
        _FUNCTION_WORDS.append(dict(line.split("\t") for line in _lines("function_words.tsv")))
    return _FUNCTION_WORDS[0]


def function_class(word: str) -> str | None:
    return function_words().get(word.lower())


def lower_set(name: str) -> frozenset[str]:
    found = _LOWER_SETS.get(name)
    if found is None:
        found = _LOWER_SETS[name] = frozenset(w.lower() for w in word_list(name))
    return found


@dataclass(frozen=True)
class AdjectiveParticiple:
    verb: str  # the speech verb whose participle the form is ("bekennen")
    werden_lemma: str  # the cue's lemma beside "werden" ("bekanntwerden")


@cache
def adjective_participles() -> dict[str, AdjectiveParticiple]:
    """Participle form -> its verb, for participles that are everyday adjectives as well
    ("bekannt"): see ``adjective_participles.tsv``."""
    table = {}
    for line in _lines("adjective_participles.tsv"):
        form, verb, werden_lemma = line.split("\t")
        table[form] = AdjectiveParticiple(verb, werden_lemma)
    return table


@cache
def cue_companions() -> dict[str, frozenset[str]]:
    """Word -> verb lemmas it joins in the cue ("*": all): "äußerte sich", "bezeichnete … als"."""
    table: dict[str, frozenset[str]] = {}
    for line in _lines("cue_companions.tsv"):
        word, verbs = line.split("\t")
        table[word] = frozenset(verbs.split())
    return table


@cache
def particles_not_speech() -> dict[str, frozenset[str]]:
    """Speech verb lemma -> separable particles that make it a verb of no speech
    ("sagt … ab": absagen, cancel)."""
    table: dict[str, frozenset[str]] = {}
    for line in _lines("particles_not_speech.tsv"):
        lemma, particles = line.split("\t")
        table[lemma] = frozenset(particles.split(","))
    return table


@cache
def role_synonyms() -> dict[str, frozenset[str]]:
    """Title (lower case) -> the titles of the same office, itself included: see
    ``role_synonyms.tsv`` ("ortschef" -> {"bürgermeister", "ortschef", …})."""
    table: dict[str, frozenset[str]] = {}
    for line in _lines("role_synonyms.tsv"):
        group = frozenset(line.split("\t"))
        for title in group:
            table[title] = table.get(title, frozenset()) | group
    return table


@cache
def possessive_owners() -> dict[str, frozenset[str]]:
    """Possessive -> what its owner agrees with ("seiner" -> m; "ihrer" -> f or pl)."""
    rows = (line.split("\t") for line in _lines("possessive_owners.tsv"))
    return {form: frozenset(agreement.split("|")) for form, agreement in rows}


@cache
def contractions() -> dict[str, str]:
    """Preposition + article contraction -> the preposition ("zum" -> "zu")."""
    return dict(tuple(line.split("\t")) for line in _lines("contractions.tsv"))  # type: ignore[misc]


def acts_without_content(verb: SpeechVerb) -> bool:
    """Is the verb a speech act even where it frames no content? Not those listed in
    ``content_only_verbs.txt``: "nimmt einen Auftrag an", "denkt an die Familie"."""
    return verb.lemma not in word_list("content_only_verbs.txt")


def compares_with_rule(verb: SpeechVerb | None) -> bool:
    """Does the verb's "wie" clause compare with a rule or plan ("wie es das Gesetz
    vorsieht") rather than report the clause it frames (``rule_verbs.txt``)?"""
    return verb is not None and verb.lemma in word_list("rule_verbs.txt")
