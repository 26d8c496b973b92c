"""Content before the cue: "„…“, sagte sie", "…, räumte Rjabkow ein".

The verb's clause follows the content; the speaker stands after the verb, the content ends
at the comma (or quotation) before the verb's clause. A quotation after a colon of the same
frame is a second content ("„…“, sagte er und fügte hinzu: „…“").
"""

from __future__ import annotations

from lagebild.quotes.addressees import dative_after_speaker, frame_addressee
from lagebild.quotes.chunks import noun_phrase_after
from lagebild.quotes.clauses import (
    Context,
    Draft,
    clause_like,
    content_draft,
    has_content,
    only_adverbial_clauses,
    quotation_at,
    quotation_opens_unit,
)
from lagebild.quotes.content_after import quotation_draft
from lagebild.quotes.cues import CueMatch, clause_end
from lagebild.quotes.lexicon import lower_set
from lagebild.quotes.speaker_choice import without_medium
from lagebild.quotes.speaker_position import (
    after_colon_frame,
    only_subject_between,
    past_reflexive,
    prefield,
    pronoun_subject_after,
    subject_with_apposition,
)
from lagebild.quotes.speakers import participant
from lagebild.quotes.token_table import token_table
from lagebild.quotes.unsaid import unsaid_question
from lagebild.quotes.verb_frame import VerbFrame


def content_comes_first(ctx: Context, frame: VerbFrame) -> bool:
    """Does the content end right before the verb's clause, which opens with the verb, or
    with its auxiliary and nothing but the subject before the verb ("„…“, hatte VW-Chef
    Winterkorn in einem Interview erklärt")?"""
    tokens = token_table(ctx.doc)
    anchor, before = frame.anchor, frame.anchor - 1
    after_content = before >= ctx.unit.start and (
        (
            tokens.words[before] == ","
            and (quotation_opens_unit(ctx, before - 1) or prefield(ctx, anchor) is None)
        )
        or (before in ctx.masked and quotation_opens_unit(ctx, before))
    )
    return after_content and (
        anchor == frame.cue.index or only_subject_between(ctx, anchor, frame.cue.index)
    )


def content_before_cue(
    ctx: Context, frame: VerbFrame
) -> tuple[list[Draft], tuple[int, int] | None]:
    """The content before the verb's clause and a quotation after a colon of its frame, and
    the speaker after the verb ("„…“, sagte sie")."""
    speaker, medium = without_medium(
        ctx,
        noun_phrase_after(ctx.doc, past_reflexive(ctx, frame.anchor + 1), ctx.unit.end, ctx.masked),
    )
    drafts = [
        draft
        for draft in (
            _clause_before(ctx, frame, speaker, medium),
            _quotation_after_colon(ctx, frame.cue, speaker),
        )
        if draft is not None
    ]
    return drafts, speaker


def _clause_before(
    ctx: Context,
    frame: VerbFrame,
    speaker: tuple[int, int] | None,
    medium: tuple[int, int] | None,
) -> Draft | None:
    """The content clause that ends before the verb's clause, told to whom the frame after
    the verb names (or the medium the speaker spoke to)."""
    tokens = token_table(ctx.doc)
    cue, before = frame.cue, frame.anchor - 1
    end = before if tokens.words[before] == "," else before + 1
    start = after_colon_frame(ctx, end)
    if not _is_content_clause(ctx, cue, start, end):
        return None
    draft = content_draft(ctx, cue, start, end, speaker)
    if draft is not None:
        frame_end = clause_end(ctx.doc, cue.last + 1, ctx.unit.end, ctx.masked)
        draft.addressee = (
            frame_addressee(ctx, cue.index, frame_end)
            or (participant(ctx.doc, medium[0], medium[1]) if medium is not None else None)
            or dative_after_speaker(ctx, cue, speaker, frame_end)
        )
    return draft


def _is_content_clause(ctx: Context, cue: CueMatch, start: int, end: int) -> bool:
    """Is ``[start, end)`` a clause that says what was said, not only when, why or about
    what, nor a question the text leaves open?"""
    return (
        clause_like(ctx, start, end)
        and not only_adverbial_clauses(ctx, start, end)
        and not topic_clause(ctx, start, end)
        and bool(has_content(ctx, cue, start, end) or (cue.verb and "k" in cue.verb.complements))
        and not unsaid_question(token_table(ctx.doc), cue, start, end)
    )


def _quotation_after_colon(
    ctx: Context, cue: CueMatch, speaker: tuple[int, int] | None
) -> Draft | None:
    """A quotation after a colon in the frame after the verb ("„…“, sagte er dazu: „…“")."""
    tokens = token_table(ctx.doc)
    colon = cue.last + 1
    while (
        colon < ctx.unit.end
        and tokens.words[colon] != ":"
        and colon not in ctx.masked
        and tokens.words[colon] not in ".,;"
    ):
        colon += 1
    if colon >= ctx.unit.end or tokens.words[colon] != ":":
        return None
    follow = quotation_at(ctx, colon + 1)
    return quotation_draft(cue, follow, speaker) if follow is not None else None


def topic_clause(ctx: Context, start: int, end: int) -> bool:
    """Is ``[start, end)`` a fronted topic clause ("Was den Preis von Metallen betrifft")?
    It says what the content is about, not what was said."""
    tokens = token_table(ctx.doc)
    return (
        end - start >= 3
        and tokens.lower[start] == "was"
        and tokens.lower[end - 1] in lower_set("topic_verbs.txt")
    )


def subject_before_comma(ctx: Context, anchor: int) -> tuple[int, int] | None:
    """The subject that the comma before the verb closed where no content came before it
    ("John Kline, ein Repräsentant …, sagte zu …, dass")."""
    subject = subject_with_apposition(ctx, anchor - 1)
    if subject is not None and pronoun_subject_after(ctx, anchor):
        return None  # "Die Bestrebungen …, bezeichnete er als …": the object came first
    return subject
