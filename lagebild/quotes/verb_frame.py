"""A speech verb's frame: the cue grown by the frame words of its clause, where that clause
starts, and the clauses that frame nothing beyond themselves.

The cue takes in the auxiliary of "hat … angekündigt", the "es" of "Es wird befürchtet",
the "worden" of "war berichtet worden" and the "wie" of "…, wie X mitteilte", so that the
cue record marks the whole frame. A verb in an adverbial clause ("Nachdem sie mitgeteilt
hatte, dass …") frames only its own complement, one in a "wie" clause the rest of the unit.
"""

from __future__ import annotations

from dataclasses import dataclass

from lagebild.quotes.chunks import CLAUSE_PUNCT, noun_phrase_after
from lagebild.quotes.clauses import Context, Draft, content_draft
from lagebild.quotes.cue_clause import cue_anchor, may_be_participle
from lagebild.quotes.cues import CueMatch, clause_end, comment_adverbial
from lagebild.quotes.lexicon import compares_with_rule, lower_set, word_list
from lagebild.quotes.speaker_choice import without_medium
from lagebild.quotes.speaker_position import wie_over_apposition, wie_subject_start
from lagebild.quotes.token_table import token_table

#: "als"/"seit"/"während" tagged as a preposition or comparison open no adverbial clause
PREPOSITION_TAGS = frozenset({"APPR", "KOKOM"})
#: passive auxiliaries: one after a participle cue is part of the frame ("mitgeteilt
#: wurde"); :func:`~lagebild.quotes.attribution.summarised_object` reads them too
PASSIVE = "passive_auxiliaries.txt"


@dataclass(unsafe_hash=True)  # not frozen: its own __init__ sets the fields
class VerbFrame:
    """A speech verb's cue with the frame words around it, in the clause it stands in."""

    cue: CueMatch
    anchor: int  # the clause's finite verb: the auxiliary of "hat … angekündigt"
    start: int  # the clause's first token: the "wie" of "…, wie X mitteilte"

    # Written out: mypyc compiles it, where the dataclass's own would run as Python.
    def __init__(
        self,
        cue: CueMatch,
        anchor: int,
        start: int,
    ) -> None:
        self.cue = cue
        self.anchor = anchor
        self.start = start


def verb_frame(ctx: Context, cue: CueMatch) -> VerbFrame:
    """The cue grown by the frame words of its clause, and where that clause starts."""
    cue, anchor = _with_auxiliaries(ctx, cue)
    return VerbFrame(cue, anchor, _clause_start(ctx, anchor))


def _with_auxiliaries(ctx: Context, cue: CueMatch) -> tuple[CueMatch, int]:
    """The cue with the auxiliaries (and the "es") of its clause, and the clause's finite
    verb."""
    tokens = token_table(ctx.doc)
    unit = ctx.unit
    anchor = cue_anchor(ctx, cue)
    if anchor != cue.index:
        cue = cue.with_extra((*cue.extra, anchor))  # "hat … angekündigt"
        if anchor > unit.start and tokens.lower[anchor - 1] == "es":
            cue = cue.with_extra((*cue.extra, anchor - 1))  # "Es wird befürchtet"
    after = cue.last + 1
    if after < unit.end and tokens.words[after] in word_list("participle_auxiliaries.txt"):
        cue = cue.with_extra((*cue.extra, after))  # "war berichtet worden"
        after += 1
    if (
        anchor == cue.index
        and may_be_participle(ctx.doc, cue)
        and after < unit.end
        and tokens.lower[after] in lower_set("auxiliaries.txt") | lower_set(PASSIVE)
    ):
        cue = cue.with_extra((*cue.extra, after))  # "wie die Polizei mitgeteilt hat"
    return cue, anchor


def _clause_start(ctx: Context, anchor: int) -> int:
    """The first token of the clause of the finite verb at ``anchor``: the one after the
    clause mark or quotation before it, or the "wie" before an apposition to its subject."""
    tokens = token_table(ctx.doc)
    start = anchor
    while (
        start > ctx.unit.start
        and tokens.words[start - 1] not in CLAUSE_PUNCT
        and start - 1 not in ctx.masked
    ):
        start -= 1
    return wie_over_apposition(ctx, start, anchor)


def opens_adverbial_clause(ctx: Context, frame: VerbFrame) -> bool:
    """Does a subordinating conjunction open the verb's clause ("Während die USA … fordern,
    …")? The verb then frames no main clause after the comma, only its own dass/ob
    complement ("Nachdem sie mitgeteilt hatte, dass …")."""
    tokens = token_table(ctx.doc)
    return (
        tokens.lower[frame.start] in lower_set("subordinating.txt")
        and tokens.tags[frame.start] not in PREPOSITION_TAGS  # not "Als Grund gab X an, …"
        and frame.start < frame.anchor
    )


def past_wie_comment(ctx: Context, frame: VerbFrame) -> VerbFrame:
    """The frame with its clause starting at the verb where the "wie" before it opens a
    comment ("Wie berichtet hatte das Ministerium beklagt, …"), not a "wie" clause."""
    tokens = token_table(ctx.doc)
    if tokens.lower[frame.start] == "wie" and any(
        comment_adverbial(ctx.doc, k, ctx.unit, ctx.masked)
        for k in range(frame.start + 1, frame.anchor)
    ):
        return VerbFrame(frame.cue, frame.anchor, frame.anchor)
    return frame


def opens_wie_clause(ctx: Context, frame: VerbFrame) -> bool:
    """Does "wie" open the verb's clause ("…, wie X mitteilte", "Wie X mitteilte, …")?"""
    return token_table(ctx.doc).lower[frame.start] == "wie" and frame.start < frame.anchor


def wie_clause_drafts(ctx: Context, frame: VerbFrame) -> tuple[list[Draft], tuple[int, int] | None]:
    """The content a "wie" clause frames, and the speaker inside it: the unit before the
    clause ("…, wie X mitteilte") or, where the clause opens the unit, the rest after it
    ("Wie X mitteilte, …")."""
    if compares_with_rule(frame.cue.verb):
        return [], None  # "wie es der Vorschlag vorsieht": a plan, no report of the clause
    if _impersonal_naming(ctx, frame):
        return [], None  # "wie die beiden genannt werden": a name, nobody's report
    if _degree_question(ctx, frame):
        return [], None  # "wie gut Menschen informiert sind": a question, no frame
    doc, unit = ctx.doc, ctx.unit
    cue = frame.cue.with_extra((*frame.cue.extra, frame.start))
    first = wie_subject_start(ctx, frame.start, frame.anchor)
    # "wie X der APA erläuterte": the agency listens
    speaker, _ = without_medium(ctx, noun_phrase_after(doc, first, frame.anchor, ctx.masked))
    if frame.start > unit.start:
        draft = content_draft(ctx, cue, unit.start, frame.start, speaker)
    else:
        after_clause = clause_end(doc, cue.last, unit.end, frozenset()) + 1
        draft = content_draft(ctx, cue, after_clause, unit.end, speaker)
    return ([draft] if draft else []), speaker


def _impersonal_naming(ctx: Context, frame: VerbFrame) -> bool:
    """Does the "wie" clause name something in the passive or with "man" ("wie sie im
    Vertrag genannt werden", "wie man ihn hinter vorgehaltener Hand nennt")? It tells what
    a thing is called, by no one in particular."""
    verb = frame.cue.verb
    if verb is None or verb.lemma not in word_list("naming_verbs.txt"):
        return False
    tokens = token_table(ctx.doc)
    end = clause_end(ctx.doc, frame.start, ctx.unit.end, ctx.masked)
    impersonal = lower_set("passive_auxiliaries.txt") | lower_set("generic_subjects.txt")
    return any(tokens.lower[k] in impersonal for k in range(frame.start + 1, end))


def _degree_question(ctx: Context, frame: VerbFrame) -> bool:
    """Does "wie" ask for a degree ("wie gut Menschen informiert sind", "wie weit er
    fürchtete")? An adverbial adjective right after it, then no verb ("wie bekannt wurde"
    stays a frame), opens an indirect question, not a comparison with what someone said."""
    tokens = token_table(ctx.doc)
    adjective, after = frame.start + 1, frame.start + 2
    return (
        after < frame.anchor
        and tokens.tags[adjective] == "ADJD"
        and not tokens.tags[after].startswith("V")
    )
