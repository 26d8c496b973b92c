"""Triggers that tell no fact of their own.

A conditional clause, an event noun marked as upcoming or anaphoric, and an event inside the
complement of a demand, warning or denial are wished, feared or supposed, not told; a meeting
noun that is only the setting of a verb telling the same meeting is that verb's event.
"""

from __future__ import annotations

from typing import Final

from lagebild.events.candidate import Candidate
from lagebild.events.clauses import Chunk, Clause, complement_clause
from lagebild.events.lexicon import (
    concessive_words,
    conditional_conjunctions,
    conditional_openers,
    conditional_phrases,
    consequent_openers,
    hypothetical_forms,
    irrealis_modifiers,
)
from lagebild.events.recipients import distinct
from lagebild.events.trigger_entries import lexicon_entries
from lagebild.events.words import Word

#: Verbal triggers whose complement is wished, feared or denied, not reported as fact:
#: a noun event inside it is not an event ("fordern einen Abzug", "warnen vor einem Angriff").
IRREALIS_TYPES: Final = frozenset({"REQUEST", "THREATEN", "AGREE"})
#: Prepositions that set an event noun at the time and place of the clause's own event.
_DURING_PREPOSITIONS: Final = frozenset({"bei", "auf", "während", "in"})


def setting_of_verb(candidate: Candidate, found: list[Candidate]) -> bool:
    """ "wollen sich bei einem Gipfel treffen": a meeting noun as the setting of a verb that
    tells the meeting itself, of the same actor, is that event, coded by the verb."""
    if not (candidate.nominal and candidate.setting) or candidate.actor is None:
        return False
    chunk = candidate.clause.chunk_of(candidate.word)
    if chunk is None or chunk.prep not in _DURING_PREPOSITIONS:
        return False  # "nach tagelangen Diskussionen verständigt": an event before it
    return any(
        not other.nominal
        and other.clause is candidate.clause
        and other.actor is not None
        and not distinct(other.actor, candidate.actor)
        and candidate.trigger.type in {e.type for e in lexicon_entries(other.word)}
        for other in found
    )


def hypothetical(clause: Clause) -> bool:
    """A conditional ("würde angreifen", "könnte verklagen") or a clause opened by a
    conditional verb ("sollten sie sich nicht zurückziehen"), or one that holds only in some
    circumstances ("nur unter äußersten Umständen")."""
    opener = next((w for w in clause.words if w.tag not in ("KON", "$,", "$(")), None)
    if opener is not None and opener.is_finite and opener.lower in conditional_openers():
        return True
    if any(w.is_finite and w.lower in hypothetical_forms() for w in clause.words):
        return True
    return _in_some_circumstances(clause)


def conditional_part(clause: Clause, clauses: list[Clause], word: Word) -> bool:
    """A condition ("wenn Russland angreift", "Tritt er zurück, ...") or the main clause
    that follows a condition opening the sentence ("Sollte sie zurückkommen, wird sie
    verhaftet"): what would follow if, not an event told."""
    if _after_conjunction(clause, word):
        return True
    consequent = _consequent(clauses)
    return consequent is not None and (clause is consequent or clause is clauses[0])


def _after_conjunction(clause: Clause, word: Word) -> bool:
    """The nearest subordinating conjunction before ``word`` in its clause is "wenn" or
    "falls" (a clause the cutter left joined to the one before it too), not as "auch wenn"
    (a fact conceded)."""
    before = [w for w in clause.words if w.i < word.i]
    conjunction = next((w for w in reversed(before) if w.tag == "KOUS"), None)
    if conjunction is None or conjunction.lower not in conditional_conjunctions():
        return False
    previous = next((w for w in reversed(before) if w.i < conjunction.i), None)
    return previous is None or previous.lower not in concessive_words()


def _conjunction_condition(clause: Clause) -> bool:
    """The clause opens with "wenn" or "falls", not with "auch wenn"."""
    for word in clause.words:
        if word.tag in ("KON", "$,", "$(", "ADV") and word.lower not in concessive_words():
            continue
        return word.tag == "KOUS" and word.lower in conditional_conjunctions()
    return False


def _verb_first(clause: Clause, skipped: frozenset[str] = frozenset()) -> bool:
    opener = next(
        (w for w in clause.words if w.tag not in ("KON", "$,", "$(") and w.lower not in skipped),
        None,
    )
    return opener is not None and opener.is_finite


def _consequent(clauses: list[Clause]) -> Clause | None:
    """The main clause after a condition that opens the sentence, itself opened by its
    finite verb ("..., wird sie verhaftet"; "..., dann wird ..."); a sentence opened by a
    finite verb is a condition only with such a main clause after it."""
    if len(clauses) < 2:
        return None
    first = clauses[0]
    if not (_conjunction_condition(first) or _verb_first(first)):
        return None
    following = next((c for c in clauses[1:] if not c.subordinate), None)
    if following is None or not _verb_first(following, consequent_openers()):
        return None
    return following


def _in_some_circumstances(clause: Clause) -> bool:
    """ "lehnen Almosen nur unter äußersten Umständen ab": what holds only in some
    circumstances is a rule of conduct, not an event told."""
    lowered = [w.lower for w in clause.words]
    phrases = conditional_phrases()
    # only where a phrase can begin: a dict look-up per word, not a slice per phrase
    return any(
        tuple(lowered[start : start + len(phrase)]) == phrase
        for start, word in enumerate(lowered)
        if word in phrases
        for phrase in phrases[word]
    )


def irrealis_modified(chunk: Chunk, word: Word) -> bool:
    """ "die bevorstehenden Treffen", "diese Forderungen" (anaphoric: told before)."""
    before = [w for w in chunk.words if w.i < word.i]
    if any(w.tag == "PDAT" for w in before):
        return True
    return any(w.tag == "ADJA" and w.lemma.casefold() in irrealis_modifiers() for w in before)


def drop_irrealis_nominals(candidates: list[Candidate]) -> list[Candidate]:
    """Events inside the complement of a demand, warning or denial are not events: a noun in
    its clause ("fordern einen Abzug") or a dass/zu clause after it ("pocht darauf, dass
    die NATO zusagt")."""
    governors = [
        c
        for c in candidates
        if not c.nominal and (c.trigger.type in IRREALIS_TYPES or c.trigger.mode == "deny")
    ]
    return [c for c in candidates if not any(governed_by(c, g) for g in governors)]


def governed_by(candidate: Candidate, governor: Candidate) -> bool:
    if candidate is governor or (candidate.nominal and candidate.setting):
        # "sich für das Vorgehen bei einer Demonstration entschuldigen": the setting of the
        # act demanded is a fact told, not part of the demand
        return False
    if candidate.clause is governor.clause:
        return candidate.nominal
    position = candidate.clauses.index(candidate.clause)
    governor_position = candidate.clauses.index(governor.clause)
    return 0 < position - governor_position <= 2 and complement_clause(candidate.clause)
