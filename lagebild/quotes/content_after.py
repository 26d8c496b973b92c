"""Content after the frame of a speech verb: "sagte X: „…“", "sagte X, dass …", "hatte
angekündigt bei der Wahl erneut anzutreten", "warnte Russland vor einer Aggression".

Each rule reads the frame where it stops (:mod:`~lagebild.quotes.frame_after`): a quotation
or a colon there, a comma with the content after it, a zu-infinitive that ends the unit, or
a prepositional object inside the frame. The first rule that finds a content wins.
"""

from __future__ import annotations

from collections.abc import Callable

from lagebild.model import Participant
from lagebild.quotes.chunks import CLAUSE_PUNCT
from lagebild.quotes.clauses import (
    Context,
    Draft,
    content_draft,
    has_content,
    quotation_at,
    token_chars,
    zu_infinitive,
)
from lagebild.quotes.cue_clause import before_closing_frame
from lagebild.quotes.cues import CueMatch, clause_end
from lagebild.quotes.direct import Quotation
from lagebild.quotes.frame_after import FrameAfterVerb, past_verb_and_speaker
from lagebild.quotes.lexicon import lower_set
from lagebild.quotes.speaker_position import is_personish, names_in_frame
from lagebild.quotes.token_table import token_table

#: what opens a second content of the same verb right after the conjunction
_CONTENT_AFTER_CONJUNCTION = frozenset({":", ",", "dass"})


def content_after_frame(ctx: Context, frame: FrameAfterVerb) -> Draft | None:
    """The content the first construction after the frame finds, if any."""
    for find in _CONSTRUCTIONS:
        draft = find(ctx, frame)
        if draft is not None:
            return draft
    return None


def quotation_draft(
    cue: CueMatch,
    quotation: tuple[int, int, Quotation],
    speaker: tuple[int, int] | None,
    addressee: Participant | None = None,
) -> Draft:
    """The direct quote of a quotation the cue frames."""
    return Draft(
        "direct",
        quotation[2].inner_start,
        quotation[2].inner_end,
        cue,
        speaker,
        addressee=addressee,
        medium=cue.medium,
    )


def _quotation_at_stop(ctx: Context, frame: FrameAfterVerb) -> Draft | None:
    """The quotation where the frame stops or after its colon: "sagte X: „…“"."""
    stop = frame.stop
    if stop >= ctx.unit.end:
        return None
    at_colon = token_table(ctx.doc).words[stop] == ":"
    if stop not in ctx.masked and not at_colon:
        return None
    follow = quotation_at(ctx, stop if stop in ctx.masked else stop + 1)
    if follow is None:
        return None
    if stop in ctx.masked and names_in_frame(ctx.doc, stop, follow[1]):
        return None  # "im Gespräch mit der „Financial Times“": a name in the frame
    return quotation_draft(frame.cue, follow, frame.speaker, frame.addressee)


def _content_after_colon(ctx: Context, frame: FrameAfterVerb) -> Draft | None:
    """The unquoted content after a colon where the frame stops: "sagte X: Man werde …"."""
    stop, end = frame.stop, ctx.unit.end
    if stop >= end or token_table(ctx.doc).words[stop] != ":":
        return None
    if not has_content(ctx, frame.cue, stop + 1, end):
        return None
    return _told_content(ctx, frame, stop + 1, end)


def _content_after_comma(ctx: Context, frame: FrameAfterVerb) -> Draft | None:
    """The content after the comma where the frame stops ("sagte X, dass …"), past a purpose
    or manner clause ("sagte X, ohne auf einen Vorfall zu verweisen, dass …"); none where a
    conjunction opens the narrator's next main clause there."""
    stop = frame.stop
    if stop >= ctx.unit.end or token_table(ctx.doc).words[stop] != ",":
        return None
    opens = after_purpose(ctx, stop + 1)
    if (
        opens is None
        or opens_coordinate(ctx, opens)
        or relative_to_noun(ctx, opens, frame.speaker)
        or not has_content(ctx, frame.cue, opens, ctx.unit.end)
    ):
        return None
    return _told_content(ctx, frame, opens, before_closing_frame(ctx, opens))


def _bare_zu_infinitive(ctx: Context, frame: FrameAfterVerb) -> Draft | None:
    """A zu-infinitive with no comma before it that ends the unit: "hatte angekündigt bei
    der Wahl erneut anzutreten"."""
    cue, unit = frame.cue, ctx.unit
    if frame.stop < unit.end - 1 or cue.verb is None or "z" not in cue.verb.complements:
        return None
    tokens = token_table(ctx.doc)
    last = unit.end - 1 if tokens.words[unit.end - 1] in CLAUSE_PUNCT else unit.end
    start = past_verb_and_speaker(cue, frame.anchor, frame.speaker)
    if last - start < 3 or not zu_infinitive(tokens.words[last - 1]):
        return None
    if tokens.words[last - 1] == "zu":
        return None
    return _told_content(ctx, frame, start, last)


def _prepositional_object(ctx: Context, frame: FrameAfterVerb) -> Draft | None:
    """A prepositional object as content of a speech act aimed at someone: "warnte Russland
    vor einer Aggression". Without an addressee it summarises the act ("warnte vor …"): the
    component reports the whole clause."""
    cue, doc = frame.cue, ctx.doc
    if cue.verb is None or frame.addressee is None or not is_personish(doc, frame.speaker):
        return None
    tokens = token_table(doc)
    for k in range(cue.index + 1, frame.stop):
        if tokens.words[k] not in cue.verb.prepositions or k in ctx.masked:
            continue
        end = clause_end(doc, k, ctx.unit.end, ctx.masked)
        if cue.particle is not None and cue.particle < end:
            end = cue.particle
        if end - k >= 2:
            start_char, end_char = token_chars(doc, k, end)
            return Draft(
                "indirect",
                start_char,
                end_char,
                cue,
                frame.speaker,
                addressee=frame.addressee,
                medium=cue.medium,
            )
    return None


#: the constructions after the frame, in the order they are tried
_CONSTRUCTIONS: tuple[Callable[[Context, FrameAfterVerb], Draft | None], ...] = (
    _quotation_at_stop,
    _content_after_colon,
    _content_after_comma,
    _bare_zu_infinitive,
    _prepositional_object,
)


def _told_content(ctx: Context, frame: FrameAfterVerb, start: int, end: int) -> Draft | None:
    """The content ``[start, end)`` as told to the frame's addressee."""
    draft = content_draft(ctx, frame.cue, start, end, frame.speaker)
    if draft is not None:
        draft.addressee = frame.addressee
    return draft


def after_purpose(ctx: Context, i: int) -> int | None:
    """Where the verb's content may start at token ``i``: past a purpose or manner clause that
    opens there ("forderte Maßnahmen, um die Verschwendung zu verringern": it says why or how,
    not what was said), and None where that clause ends the unit."""
    tokens = token_table(ctx.doc)
    if i >= ctx.unit.end or i in ctx.masked or tokens.tags[i] != "KOUI":
        return i
    end = clause_end(ctx.doc, i + 1, ctx.unit.end, ctx.masked)
    if not any(zu_infinitive(tokens.words[k]) for k in range(i + 1, end)):
        return i  # the tagger may take "ohne Fortschritte … werde es …" for one
    return end + 1 if end < ctx.unit.end and tokens.words[end] == "," else None


def opens_coordinate(ctx: Context, i: int) -> bool:
    """Does a coordinating conjunction at token ``i`` open the narrator's next main clause
    ("schlägt eine Reform vor, und Zehntausende gehen auf die Straße")? Its clause is no
    content of the verb before the comma; a colon or "dass" right after it opens a content
    of the same verb ("sage er Ja, aber: Ich habe …", "sagte X, aber auch, dass …")."""
    tokens = token_table(ctx.doc)
    near = min(i + 3, ctx.unit.end)  # "aber auch, dass …": the conjunction and one word
    return (
        i < ctx.unit.end
        and i not in ctx.masked
        and tokens.lower[i] in lower_set("coordinate_openers.txt")
        and tokens.tags[i] in {"KON", ""}
        and not any(tokens.lower[k] in _CONTENT_AFTER_CONJUNCTION for k in range(i + 1, near))
    )


#: nominal tags: the noun a relative adverb after the comma refers to
_NOUN_TAGS = frozenset({"NN", "NE"})


def relative_to_noun(ctx: Context, i: int, speaker: tuple[int, int] | None) -> bool:
    """Does a relative adverb at token ``i`` open a relative clause on the noun before the
    comma ("…, wo aktuell 219 Asylwerber untergebracht seien", "…, woraufhin …")? Not where
    that noun ends the speaker phrase: "sagte der Minister, wo …" may ask where."""
    tokens = token_table(ctx.doc)
    noun = i - 2
    return (
        noun >= ctx.unit.start
        and i < ctx.unit.end  # a comma ending the text opens nothing
        and tokens.lower[i] in lower_set("relative_adverbs.txt")
        and tokens.words[i - 1] == ","
        and tokens.tags[noun] in _NOUN_TAGS
        and noun not in ctx.masked
        and (speaker is None or speaker[1] != i - 1)
    )
