"""Which lexicon entries a word may trigger, and which one its clause completes.

A word is looked up by lemma (or, for a noun, its form or dative plural; for a hyphenated
compound, its last part) and kept to the entries of its part of speech; a multi-word entry
counts only where its other words, or its preposition (also as a da-form), occur in the
clause, and a negated refusal entry ("nicht abrücken") wins over a denied event.
"""

from __future__ import annotations

from typing import Final

from lagebild.events.clauses import PREPOSITION_TAGS, Clause, preposition_lemma
from lagebild.events.lexicon import Trigger, triggers_by_head
from lagebild.events.words import Word

VERBAL_POS: Final = frozenset({"verb", "prep"})
NOMINAL_POS: Final = frozenset({"noun", "label", "lvc"})
_DA_PREFIXES: Final = ("da", "dar")
#: The tags besides full verbs (VV*) that may trigger an entry (see lexicon_entries).
_ENTRY_TAGS: Final = frozenset({"NN", "NE", "ADJA", "ADJD", "PTKVZ"})
_PREPOSITIONS: Final = frozenset(
    {
        "an",
        "auf",
        "aus",
        "bei",
        "für",
        "gegen",
        "in",
        "mit",
        "nach",
        "über",
        "um",
        "von",
        "vor",
        "zu",
    }
)


def lexicon_entries(word: Word) -> tuple[Trigger, ...]:
    if word.tag not in _ENTRY_TAGS and not word.tag.startswith("VV"):
        return ()  # asked of every word; the other parts of speech trigger nothing
    index = triggers_by_head()
    entries = index.get(word.lemma.casefold(), ())
    if word.tag == "NN" and not _nominal(entries):
        entries = next(
            (found for form in _noun_forms(word) if _nominal(found := index.get(form, ()))),
            entries,
        )
    compound = word.tag in ("NN", "NE") and "-" in word.text.strip("-")
    if not entries and compound:
        # "EU-Sanktionen", "G20-Gipfel", "Sacharow-Preis" (which the tagger may call a name):
        # a hyphenated compound is an event where its last part is
        entries = index.get(word.text.rsplit("-", 1)[1].casefold(), ())
    if not entries:
        return ()  # most words: nothing to sort by part of speech
    if word.tag == "NN" or (compound and word.tag == "NE"):
        return tuple(e for e in entries if e.pos in NOMINAL_POS)
    if word.tag.startswith("VV"):
        return tuple(e for e in entries if e.pos in VERBAL_POS)
    if word.tag in ("ADJD", "ADJA", "PTKVZ"):
        return tuple(e for e in entries if e.pos == "prep")  # "sich bereit erklären"
    if word.tag == "NN":
        return tuple(e for e in entries if e.pos in NOMINAL_POS)
    return ()


def by_last_part(word: Word) -> bool:
    """The word is an event only through the last part of its compound (see lexicon_entries)."""
    index = triggers_by_head()
    return word.lemma.casefold() not in index and not any(
        form in index for form in _noun_forms(word)
    )


def _noun_forms(word: Word) -> tuple[str, ...]:
    """The forms a noun is looked up by after its lemma: as written, and a dative plural
    without its -n, for a noun listed in the plural whose lemma is the singular ("nach den
    Sondierungsgesprächen", "an den Kämpfen" beside "Kämpfe", not "Kampf")."""
    text = word.text.casefold()
    return (text, text[:-1]) if text.endswith("en") else (text,)


def _nominal(entries: tuple[Trigger, ...]) -> bool:
    return any(e.pos in NOMINAL_POS for e in entries)


def _complete(entry: Trigger, clause: Clause, word: Word) -> bool:
    """The other words of a multi-word entry occur in the clause."""
    if len(entry.words) == 1:
        return True
    if entry.pos == "prep" and entry.words[-1] in _PREPOSITIONS:
        prep = entry.words[-1]
        return any(
            (w.tag in PREPOSITION_TAGS and preposition_lemma(w) == prep)
            or (w.tag == "PROAV" and w.lower in (p + prep for p in _DA_PREFIXES))
            for w in clause.words
            if w.i != word.particle
        )
    if entry.pos == "lvc" and entry.words[0] in _PREPOSITIONS:
        # "auf die Straße gehen", "unter Hausarrest stellen": the noun must stand in the
        # construction's phrase ("bei Road Home, der Straße nach …, gegangen" is none)
        chunk = clause.chunk_of(word)
        if chunk is None or chunk.prep != entry.words[0]:
            return False
    lemmas = {w.lemma.casefold() for w in clause.words} | {w.lower for w in clause.words}
    return all(part.casefold() in lemmas for part in entry.words[1:] if len(part) > 3)


def choose_entry(
    entries: tuple[Trigger, ...], clause: Clause, word: Word, negated: bool
) -> tuple[Trigger, bool] | None:
    complete = [e for e in entries if _complete(e, clause, word)]
    complete.sort(key=lambda e: len(e.words) == 1)  # multi-word constructions first
    if negated:
        refusal = next((e for e in complete if e.negative), None)
        if refusal is not None:
            return refusal, False  # "nicht abrücken" is a refusal, not a denied event
    entry = next((e for e in complete if not e.negative), None)
    return (entry, negated) if entry is not None else None


def verb_of(clause: Clause, entries: tuple[Trigger, ...]) -> Word | None:
    """The verb of a construction headed by another word ("bereit erklärt" -> erklärt)."""
    verbs = {part.casefold() for entry in entries for part in entry.words[1:]}
    return next((w for w in clause.words if w.is_verb and w.lemma.casefold() in verbs), None)
