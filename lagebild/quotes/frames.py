"""Source frames that are no verb: "laut X", "X zufolge", "nach Angaben X", ", so X", "demnach",
", wonach".

The frame names the source and the rest of the unit is the content. A frame inside a
main clause ("Die Mission ist nach Angaben der UN überfordert", "Das Problem sei, so der
Präsident, ernst") splits the content in two; the draft then keeps both pieces as
``parts`` so the quote text can leave the frame out.
"""

from __future__ import annotations

from lagebild.quotes.chunks import CLAUSE_PUNCT, noun_phrase, noun_phrase_before
from lagebild.quotes.clauses import (
    RELATIVE,
    Context,
    Draft,
    content_draft,
    first_word_opens_subordinate,
    strip_clause_punct,
    token_chars,
)
from lagebild.quotes.cues import NEEDS_ES, CueMatch, clause_end, speech_noun_ahead
from lagebild.quotes.lexicon import speech_noun_medium, word_list
from lagebild.quotes.readings import subjunctive_at
from lagebild.quotes.token_table import token_table

FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
DOCUMENT_PREPOSITIONS = "document_prepositions.txt"

#: token ranges of the content: one piece, or the pieces before and after the frame
Pieces = list[tuple[int, int]]


def frame_drafts(ctx: Context, cue: CueMatch) -> list[Draft]:
    """The content a non-verbal frame ("laut", "zufolge", "nach", "so", an adverb) opens."""
    tokens = token_table(ctx.doc)
    doc, unit = ctx.doc, ctx.unit
    if cue.kind == "so":
        speaker = noun_phrase(doc, cue.index + 1, unit.end, ctx.masked)
        pieces: Pieces = [(unit.start, cue.index)]
        rest = clause_end(doc, speaker[1], unit.end, ctx.masked) if speaker else unit.end
        if rest < unit.end - 2 and tokens.words[rest] == ",":
            # "Das Problem sei, so der Präsident, dass …": content on both sides
            after = rest + 1
            if tokens.lower[after] in RELATIVE:
                # a relative clause on the speaker: the content goes on after it only where
                # the main clause's verb follows ("…, so der Richter, der … arbeitete, sei …"),
                # not in "…, so Celebi, die auch angab, dass …"
                after = verb_final_end(ctx, after) + 1
            if after < unit.end:
                pieces.append((after, unit.end))
        return _drafts(ctx, cue, pieces, speaker)
    if cue.kind == "adverb":
        # "Demnach hat der Sohn …", "Der Sohn hat demnach …": the sentence without the
        # adverb; the adverb stands for the source named before, as a pronoun would
        before_cue, after_cue = (unit.start, cue.index), (cue.index + 1, unit.end)
        return _drafts(ctx, cue, _around(ctx, before_cue, after_cue), (cue.index, cue.index + 1))
    if cue.kind == "wonach":
        speaker = noun_phrase_before(doc, cue.index - 1, unit.start, ctx.masked)
        return _drafts(ctx, cue, [(cue.index + 1, verb_final_end(ctx, cue.index + 1))], speaker)
    if cue.kind == "relative":
        # "denen zufolge …" (source before the cue) or "nach denen …" (source after it)
        source = cue.index - 1 if tokens.lower[cue.index] == "zufolge" else cue.index + 1
        start = max(cue.index, source) + 1
        content = (start, verb_final_end(ctx, start))
        return _drafts(ctx, cue, [content], (source, source + 1))
    if cue.kind == "zufolge":
        speaker = noun_phrase_before(doc, cue.index, unit.start, ctx.masked)
        frame_start, frame_end = (speaker[0] if speaker else cue.index), cue.index + 1
    else:
        speaker = noun_phrase(doc, cue.index + 1, unit.end, ctx.masked)
        noun = speech_noun_ahead(doc, cue.index, unit.end)
        if noun is not None and (speaker is None or speaker[1] <= noun):
            # "laut einer am Dienstag veröffentlichten Pressemitteilung des WFP"
            phrase = noun_phrase(doc, noun, unit.end, ctx.masked)
            speaker = (cue.index + 1, phrase[1] if phrase else noun + 1)
        if cue.kind == "nach":
            speaker = _source_after_nach(ctx, cue.index) or speaker
        frame_start, frame_end = cue.index, (speaker[1] if speaker else cue.index + 1)
    return _drafts(ctx, cue, frame_content(ctx, frame_start, frame_end), speaker)


def frame_content(ctx: Context, frame_start: int, frame_end: int) -> Pieces:
    """The content around a "laut X" / "nach Angaben X" / "X zufolge" frame.

    In a subordinate clause the frame qualifies that clause ("weil die Mission nach
    Angaben der UN überfordert ist"); inside a main clause it qualifies the whole
    sentence, so the content is the sentence on both sides of the frame.
    """
    tokens = token_table(ctx.doc)
    doc, unit = ctx.doc, ctx.unit
    left = frame_start
    while left > unit.start and tokens.words[left - 1] not in CLAUSE_PUNCT:
        left -= 1
    if left > unit.start and first_word_opens_subordinate(doc[left]):
        right = frame_end
        while right < unit.end and tokens.words[right] not in CLAUSE_PUNCT:
            right += 1
        if right - frame_end >= 2:
            return [(left, right)]
    before = strip_clause_punct(doc, unit.start, frame_start)
    after = strip_clause_punct(doc, frame_end, unit.end)
    if before[1] - before[0] >= 2 and after[1] - after[0] >= 2 and left == unit.start:
        return [before, after]
    return [after if (after[1] - after[0]) >= (before[1] - before[0]) else before]


def verb_final_end(ctx: Context, start: int) -> int:
    """Where a verb-final clause from ``start`` ends: at the comma after its finite verb
    when the main clause goes on with its own verb ("…, wonach X festgenommen worden sein
    soll, wurde dementiert"); relative clauses inside the content stay in it."""
    tokens = token_table(ctx.doc)
    doc, end = ctx.doc, ctx.unit.end
    seen_verb = False
    for j in range(start, end - 1):
        if j in ctx.masked:
            continue
        if seen_verb and tokens.words[j] in CLAUSE_PUNCT and tokens.tags[j + 1] in FINITE_TAGS:
            return j
        seen_verb = seen_verb or tokens.tags[j] in FINITE_TAGS or subjunctive_at(doc, j)
    return end


def _around(ctx: Context, before: tuple[int, int], after: tuple[int, int]) -> Pieces:
    """Both sides of a one-word frame inside a main clause, else the longer side."""
    tokens = token_table(ctx.doc)
    doc = ctx.doc
    left = strip_clause_punct(doc, *before)
    right = strip_clause_punct(doc, *after)
    inside = left[1] - left[0] >= 1 and right[1] - right[0] >= 1
    if inside and not any(
        tokens.words[i] in CLAUSE_PUNCT for i in range(before[1] - 1, after[0] + 1)
    ):
        return [left, right]
    return [after if (after[1] - after[0]) >= (before[1] - before[0]) else before]


def _drafts(
    ctx: Context, cue: CueMatch, pieces: Pieces, speaker: tuple[int, int] | None
) -> list[Draft]:
    """One draft over the pieces; two pieces keep their char ranges as ``parts``."""
    doc = ctx.doc
    pieces = [strip_clause_punct(doc, *p) for p in pieces]
    pieces = [p for p in pieces if p[1] > p[0]]
    if not pieces:
        return []
    draft = content_draft(ctx, cue, pieces[0][0], pieces[-1][1], speaker)
    if draft is None:
        return []
    if len(pieces) > 1 and draft.kind != "direct":
        draft.parts = [token_chars(doc, *p) for p in pieces]
    return [draft]


def _source_after_nach(ctx: Context, nach: int) -> tuple[int, int] | None:
    """ "Nach bisher unbestätigten Berichten", "nach Angaben einer Gewerkschaft"."""
    tokens = token_table(ctx.doc)
    doc, end = ctx.doc, ctx.unit.end
    for j in range(nach + 1, min(end, nach + 4)):
        if speech_noun_medium(tokens.words[j]):
            phrase = noun_phrase(doc, j, end, ctx.masked)
            return (nach + 1, phrase[1] if phrase else j + 1)
    return None


def document_source(ctx: Context, cue: CueMatch) -> tuple[int, int] | None:
    """ "In einer Erklärung des Ministeriums heißt es, …", "…, heißt es in dem Schreiben":
    the impersonal "es heißt" names its source as the place where it is written."""
    tokens = token_table(ctx.doc)
    if cue.verb is None or cue.verb.lemma not in NEEDS_ES:
        return None
    doc, unit = ctx.doc, ctx.unit
    start = cue.index
    while start > unit.start and tokens.words[start - 1] not in CLAUSE_PUNCT | {":"}:
        start -= 1
    end = clause_end(doc, cue.index + 1, unit.end, ctx.masked)
    for i in range(start, end):
        if tokens.lower[i] in word_list(DOCUMENT_PREPOSITIONS) and i not in ctx.masked:
            phrase = noun_phrase(doc, i + 1, end, ctx.masked)
            if phrase is not None:
                return phrase
    return None
