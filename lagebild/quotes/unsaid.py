"""Questions left unanswered: "Ob ein Zünder darin war, konnte man noch nicht sagen".

An indirect question ("ob", "wie", "welche" …) under a speech verb that a negation denies
is what nobody said; a "dass" clause under one stays content ("schließe nicht aus, dass …").
"""

from __future__ import annotations

from lagebild.quotes.cues import CueMatch
from lagebild.quotes.lexicon import lower_set
from lagebild.quotes.token_table import TokenTable

#: words that deny a frame's speech verb (data file)
FRAME_NEGATIONS = "frame_negations.txt"
#: inflected question words that open an indirect question (data file)
QUESTION_FORMS = "question_forms.txt"


def denied_frame(table: TokenTable, cue: CueMatch, start: int, end: int) -> bool:
    """Whether a negation stands in the frame between the content ``[start, end)`` and the
    verb of ``cue``: before the verb for a content in front ("…, wollte er nicht verraten"),
    between verb and content for one after it ("äußerte sich nicht dazu, ob …")."""
    words = range(cue.index, start) if cue.index < start else range(end, cue.last + 1)
    negations = lower_set(FRAME_NEGATIONS)
    return any(table.lower[i] in negations for i in words)


def unsaid_question(table: TokenTable, cue: CueMatch, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is an indirect question under a denied verb: "Wie sie zu Sturz
    kam, kann er nicht sagen", "Er sagte nicht, ob er kommt"."""
    first = table.lower[start]
    if table.tags[start] == "APPR" and start + 1 < end:
        first = table.lower[start + 1]  # "Um welchen es sich handelt": the preposition's word
    return (
        first != "dass"
        and (first in lower_set("content_openers.txt") or first in lower_set(QUESTION_FORMS))
        and denied_frame(table, cue, start, end)
    )
