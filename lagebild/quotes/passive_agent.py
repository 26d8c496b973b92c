"""The agent of a passive speech verb: "Im August wurde er von der Treuhandgesellschaft TVP
aufgefordert, …", "Dass Stenzel überlaufen könnte, wurde von den Freiheitlichen dementiert".

In a passive the subject is what was said or who was told; whoever said it stands in the
"von" phrase. That agent speaks the quote of this verb only: a passive tells what happened
to the subject, so the agent is no speaker whose words go on in the next sentence.
"""

from __future__ import annotations

from lagebild.quotes.chunks import (
    capitalised_at,
    determiner_at,
    is_common_noun,
    noun_phrase_after,
)
from lagebild.quotes.clauses import Context
from lagebild.quotes.cues import CueMatch
from lagebild.quotes.lexicon import contractions, lower_set
from lagebild.quotes.speaker_position import is_personish
from lagebild.quotes.token_table import token_table
from lagebild.quotes.verb_frame import PASSIVE

#: the prepositions of a passive's agent ("vom" is "von dem": :func:`.lexicon.contractions`)
_AGENT_PREPOSITIONS = frozenset({"von", "seitens"})


def passive_agent(ctx: Context, cue: CueMatch, anchor: int, stop: int) -> tuple[int, int] | None:
    """The person or body in the "von" phrase of a passive speech verb's clause, if any:
    between the auxiliary and the participle ("wurde er von der TVP aufgefordert"), or after
    the auxiliary where the participle comes first ("Gebeten wurde er von der Polizei")."""
    if not _passive(ctx, cue, anchor):
        return None
    tokens = token_table(ctx.doc)
    first, last = (anchor + 1, cue.index) if anchor < cue.index else (anchor + 1, stop)
    for k in range(first, last):
        word = contractions().get(tokens.words[k], tokens.words[k])
        if k in ctx.masked or word.lower() not in _AGENT_PREPOSITIONS:
            continue
        agent = noun_phrase_after(ctx.doc, k + 1, last, ctx.masked)
        if agent is not None and agent[0] == k + 1 and _someone(ctx, agent, k):
            return _without_object(ctx, agent)
        return None  # "von 2010 an", "von Anfang an": no agent
    return None


def _someone(ctx: Context, phrase: tuple[int, int], preposition: int) -> bool:
    """Does the agent phrase name someone: a person or body the speaker rules know, or a
    noun with its article ("von der Polizei", "vom Gericht"), not a bare noun of time or
    manner ("von Anfang an", "von Seiten")?"""
    tokens = token_table(ctx.doc)
    if is_personish(ctx.doc, phrase):
        return True
    with_article = determiner_at(tokens, phrase[0]) or tokens.words[preposition] in contractions()
    return with_article and any(
        capitalised_at(tokens, k) and not determiner_at(tokens, k)
        for k in range(phrase[0], phrase[1])
    )


def _passive(ctx: Context, cue: CueMatch, anchor: int) -> bool:
    """Is the cue a participle with a passive "werden" ("wurde … gebeten", "ist … bestätigt
    worden")?"""
    tokens = token_table(ctx.doc)
    if tokens.tags[cue.index] != "VVPP":
        return False
    auxiliaries = [anchor, *cue.extra]
    return any(tokens.lower[i] in lower_set(PASSIVE) for i in auxiliaries if i != cue.index)


def _without_object(ctx: Context, phrase: tuple[int, int]) -> tuple[int, int]:
    """The agent phrase up to its first common noun where a second one follows it: "von einem
    Kollegen Einseitigkeit vorgeworfen" runs on into the object; a name after a role stays
    ("von der Treuhandgesellschaft TVP")."""
    tokens = token_table(ctx.doc)
    for k in range(phrase[0], phrase[1] - 1):
        if capitalised_at(tokens, k) and is_common_noun(tokens.words[k]):
            if is_common_noun(tokens.words[k + 1]) and capitalised_at(tokens, k + 1):
                return (phrase[0], k + 1)
            break
    return phrase
