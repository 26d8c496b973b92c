"""Events told as intended, not done: "wollen sich treffen", "Wir werden Gebiete einnehmen",
"Die Partei will die Proteste ausweiten"."""

from __future__ import annotations

from dataclasses import replace

from lagebild.events.clauses import Chunk, Clause
from lagebild.events.lexicon import Trigger, support_verbs, type_table
from lagebild.events.words import Word

#: Pronouns that, inside a quote, stand for the speaker or the speaker's side.
SPEAKER_PRONOUNS = frozenset({"ich", "wir"})


def intended(
    entry: Trigger, clause: Clause, word: Word, chunk: Chunk | None, negated: bool
) -> Trigger:
    """An intent to cooperate is AGREE, an intent to harm THREATEN; so is an act the
    speakers announce of themselves. A future told of others, or negated ("er werde keine
    Soldaten einsetzen"), stays the act. An event noun counts where it is the object of a
    support verb in the infinitive ("will die Proteste ausweiten")."""
    if not (word.tag == "VVINF" or _supported_noun(clause, word, chunk)):
        return entry
    if not (_wanted(clause) or (not negated and _announced(clause))):
        return entry
    quad = type_table()[entry.type].quad_class
    intent = "AGREE" if quad.endswith("cooperation") else "THREATEN"
    return replace(entry, type=intent, mode=None) if intent != entry.type else entry


def _supported_noun(clause: Clause, word: Word, chunk: Chunk | None) -> bool:
    if word.tag != "NN" or chunk is None or chunk.prep is not None:
        return False
    return any(w.tag == "VVINF" and w.lemma in support_verbs() for w in clause.words)


def _wanted(clause: Clause) -> bool:
    return any(w.lemma == "wollen" and w.is_finite for w in clause.words)


def _announced(clause: Clause) -> bool:
    """Future "werden" with a first-person subject: the speakers' own announcement."""
    return any(w.lemma == "werden" and w.is_finite for w in clause.words) and any(
        w.tag == "PPER" and w.lower in SPEAKER_PRONOUNS for w in clause.words
    )
