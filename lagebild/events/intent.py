"""Events told as intended, not done: "wollen sich treffen", "Wir werden Gebiete einnehmen",
"Die Partei will die Proteste ausweiten"."""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from lagebild.events.candidate import Candidate
from lagebild.events.clauses import Chunk, Clause
from lagebild.events.irrealis import governed_by
from lagebild.events.lexicon import (
    Trigger,
    support_verbs,
    triggers_by_head,
    type_table,
    word_list,
)
from lagebild.events.words import Word

#: Pronouns that, inside a quote, stand for the speaker or the speaker's side.
SPEAKER_PRONOUNS: Final = frozenset({"ich", "wir"})
#: Acts of violence: agreeing or promising to do one is no cooperation but a threat of it.
_VIOLENT_TYPES: Final = frozenset({"ASSAULT"})


def intended(
    entry: Trigger, clause: Clause, word: Word, chunk: Chunk | None, negated: bool
) -> Trigger:
    """An intent to cooperate is AGREE, an intent to harm THREATEN; so is an act the
    speakers announce of themselves. A future told of others, or negated ("er werde keine
    Soldaten einsetzen"), stays the act. An event noun counts where it is the object of a
    support verb in the infinitive ("will die Proteste ausweiten")."""
    planned = not negated and _planned_noun(clause, word, chunk)
    if not (planned or word.tag == "VVINF" or _supported_noun(clause, word, chunk)):
        return entry
    if not (planned or _wanted(clause) or (not negated and _announced(clause))):
        return entry
    quad = type_table()[entry.type].quad_class
    intent = "AGREE" if quad.endswith("cooperation") else "THREATEN"
    return replace(entry, type=intent, mode=None) if intent != entry.type else entry


def _supported_noun(clause: Clause, word: Word, chunk: Chunk | None) -> bool:
    if word.tag != "NN" or chunk is None or chunk.prep is not None:
        return False
    return any(w.tag == "VVINF" and w.lemma in support_verbs() for w in clause.words)


def _planned_noun(clause: Clause, word: Word, chunk: Chunk | None) -> bool:
    """ "Russland plant einen Angriff": the object of a verb of planning is only intended."""
    if word.tag != "NN" or chunk is None or chunk.prep is not None:
        return False
    verbs = word_list("intent_verbs.txt")
    active_perfect = any(w.lemma == "haben" and w.is_finite for w in clause.words)
    # a participle plans only in the active perfect ("hat einen Angriff geplant"), not as
    # "der Anschlag war geplant" or "wie geplant"
    return any(
        w.lemma.casefold() in verbs
        and (w.tag in ("VVFIN", "VVINF", "VVIZU") or (w.tag == "VVPP" and active_perfect))
        for w in clause.words
    )


def _wanted(clause: Clause) -> bool:
    return any(w.lemma == "wollen" and w.is_finite for w in clause.words)


def _announced(clause: Clause) -> bool:
    """Future "werden" with a first-person subject: the speakers' own announcement."""
    return any(w.lemma == "werden" and w.is_finite for w in clause.words) and any(
        w.tag == "PPER" and w.lower in SPEAKER_PRONOUNS for w in clause.words
    )


def appealed_protest(entry: Trigger, clause: Clause, word: Word, negated: bool) -> Trigger | None:
    """ "Die Gewerkschaften wollen zu Streiks aufrufen": an appeal to protest that is only
    intended threatens the protest (whose entry is returned), as an intended protest does."""
    if entry.type != "REQUEST" or "(zu)" not in entry.frame or negated:
        return None
    if not (word.tag == "VVINF" and (_wanted(clause) or _announced(clause))):
        return None
    for chunk in clause.chunks:
        if chunk.prep != "zu" or chunk.head_word.tag != "NN":
            continue
        head = chunk.head_word
        entries = triggers_by_head().get(head.lemma.casefold(), ())
        protest = next((e for e in entries if e.type == "PROTEST" and e.pos == "noun"), None)
        if protest is not None:
            return protest
    return None


def offered_violence(candidates: list[Candidate]) -> list[Candidate]:
    """ "hat sich bereit erklärt, einen Anschlag zu verüben": PLOVER's AGREE is an agreement to
    cooperate; an agreement or promise whose content (the zu-infinitive or object it governs)
    is an act of violence is, like an intent to harm (see :func:`intended`), a THREATEN."""
    violent = [c for c in candidates if c.trigger.type in _VIOLENT_TYPES]
    if not violent:
        return candidates
    return [
        replace(c, trigger=replace(c.trigger, type="THREATEN", mode=None))
        if c.trigger.type == "AGREE"
        and not c.nominal
        and any(governed_by(act, c) for act in violent)
        else c
        for c in candidates
    ]
