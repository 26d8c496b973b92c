"""The unnamed side of an agreement made with a named state: "Die im Januar erzielte
Einigung mit der australischen Regierung … könnte eine Zukunft für das Land sein".

An agreement noun with no owner, told as concluded ("erzielte", "unterzeichnete") with its
partner state ("mit …"), and no earlier agreement in the story to take its maker from, was
made by the state the article is about. One only spoken of ("wenn es eine Vereinbarung mit
der Türkei gebe") is not told as made. Told as concluded, it was made even in a clause
whose verb is hypothetical ("… könnte eine Zukunft sein"): see ``told_as_concluded``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from spacy.tokens import Doc

from lagebild.events.candidate import Candidate
from lagebild.events.clauses import Clause
from lagebild.events.lexicon import word_list
from lagebild.events.states import country_codes, focus_actor
from lagebild.events.words import Word


def concluded_participles() -> frozenset[str]:
    return word_list("concluded_participles.txt")


def made_by_focus_state(doc: Doc, candidate: Candidate) -> Candidate | None:
    """The ownerless agreement with a named state, made by the article's focus state."""
    if (
        not candidate.orphan
        or not candidate.nominal
        or candidate.trigger.type != "AGREE"
        or candidate.trigger.pos != "noun"
        or candidate.recipient is None
        or candidate.recipient.code not in country_codes()
    ):
        return None
    if not _told_as_concluded(candidate):
        return None
    partner_chunk = candidate.chunks[2] if len(candidate.chunks) > 2 else None
    if partner_chunk is None or partner_chunk.prep != "mit":
        return None
    focus = focus_actor(doc)
    if focus is None or focus.code == candidate.recipient.code:
        return None  # "eine Vereinbarung mit der Türkei" in a story about Turkey
    return replace(candidate, actor=focus, orphan=False, pending=False)


#: Adjective endings of an attributive participle ("erzielte", "unterzeichneten").
_ENDINGS: Final = ("en", "em", "er", "es", "e")


def _told_as_concluded(candidate: Candidate) -> bool:
    return told_as_concluded(candidate.clause, candidate.word)


def told_as_concluded(clause: Clause, word: Word) -> bool:
    """A concluding participle stands right before the noun ``word``; read off its form, as
    the tagger may take it for a finite verb ("Die im Januar erzielte Einigung")."""
    before = next((w for w in reversed(clause.words) if w.i == word.i - 1), None)
    if before is None:
        return False
    form = before.lower
    stem = next((form[: -len(e)] for e in _ENDINGS if form.endswith(e)), form)
    return stem in concluded_participles()
