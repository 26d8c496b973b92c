"""Clauses of reported speech inside a quote that a closing frame attributes.

"Mein Mann hat mir gesagt, dass wir uns zu Hause sehen, sagt Aysha.": the closing frame
makes the whole sentence Aysha's words; the clause "dass wir uns zu Hause sehen" that the
verb inside it frames is a second quote within hers. Named, it is a nested quote (the
quotes-wikinews data set marks such quotes ``isNested``); without a speaker ("Und wir müssen
damit rechnen, dass es weiterhin passiert, sagte Siebert.") it only repeats part of the
quote around it and is dropped.
"""

from __future__ import annotations

from spacy.tokens import Doc

from lagebild.quotes.clauses import Draft
from lagebild.quotes.cues import CueMatch
from lagebild.quotes.token_table import token_table

#: cues of a frame that closes a sentence of someone's words ("…, sagte X", "…, so X");
#: not "laut"/"zufolge", whose frame may run on past a speech verb ("…, sagte X laut Y")
CLOSING_KINDS = frozenset({"verb", "so"})


def nest_in_closing_frames(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with each indirect quote inside a closed-frame indirect quote nested in
    it (its ``parent`` set), or left out when it names no speaker."""
    tokens = token_table(doc)
    outers = [
        d
        for d in drafts
        if d.kind == "indirect"
        and d.parent is None
        and d.cue is not None
        and d.cue.kind in CLOSING_KINDS
        and tokens.offsets[d.cue.index] >= d.end  # the frame closes the quote
    ]
    kept: list[Draft] = []
    for draft in drafts:
        outer = _closing_outer(doc, draft, outers)
        if outer is None:
            kept.append(draft)
        elif draft.speaker is not None and _cue_opens(doc, draft, draft.cue):
            draft.parent = outer
            kept.append(draft)
        elif draft.speaker is not None:
            kept.append(draft)  # "Das sei so, meinte X, betonte aber": not inside, before it
    return kept


def _closing_outer(doc: Doc, draft: Draft, outers: list[Draft]) -> Draft | None:
    """The closed-frame quote that holds ``draft`` and the cue that framed it."""
    if draft.kind != "indirect" or draft.parent is not None or draft.cue is None:
        return None
    cue_start = token_table(doc).offsets[draft.cue.index]
    for outer in outers:
        if (
            outer is not draft
            and outer.start <= draft.start
            and draft.end <= outer.end
            and (outer.start, outer.end) != (draft.start, draft.end)
            and outer.start <= cue_start < outer.end
        ):
            return outer
    return None


def _cue_opens(doc: Doc, draft: Draft, cue: CueMatch | None) -> bool:
    """The cue stands before the content it frames ("hat gesagt, dass …"), not after it
    ("…, meinte X" inside a frame that wrongly runs on past it)."""
    return cue is not None and token_table(doc).offsets[cue.index] < draft.start
