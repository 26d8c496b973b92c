"""A "laut" source after a closing frame: "Das Schiff werde gebaut, sagte ein Sprecher laut
Staatsmedien."

The words are the spokesman's; the state media only report them. The "laut" frame's content
runs to the cue and so holds the spokesman's frame (", sagte ein Sprecher"). Like a relayed
quotation (see :mod:`relay`), the reporting source gets a second quote with the speaker's
content, nested in the speaker's quote.
"""

from __future__ import annotations

from spacy.tokens import Doc

from lagebild.quotes.clauses import Draft
from lagebild.quotes.nesting import CLOSING_KINDS
from lagebild.quotes.token_table import TokenTable, token_table

#: non-verbal frames that may follow a closing frame as the reporting source
REPORTING_KINDS = frozenset({"laut", "zufolge", "nach"})


def relay_after_closing_frame(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with each "laut" quote that holds a closing frame trimmed to that frame's
    content and nested in the framed quote. One whose source is the framed speaker again
    ("sagte Davies der Zeitung zufolge": the source phrase misread) only repeats that quote
    and is left out."""
    tokens = token_table(doc)
    offsets = tokens.offsets
    closing = [
        d
        for d in drafts
        if d.kind == "indirect"
        and d.parent is None
        and d.speaker is not None
        and not d.parts
        and d.cue is not None
        and d.cue.kind in CLOSING_KINDS
        and offsets[d.cue.index] >= d.end
    ]
    if not closing:
        return drafts
    kept: list[Draft] = []
    for draft in drafts:
        framed = _framed_before(tokens, draft, closing)
        if framed is None:
            kept.append(draft)
            continue
        if _same_speaker(draft, framed):
            continue
        draft.end = framed.end
        draft.parent = framed
        kept.append(draft)
    return kept


def _framed_before(tokens: TokenTable, draft: Draft, closing: list[Draft]) -> Draft | None:
    """The closing-frame quote whose frame the reporting ``draft``'s content runs over."""
    cue = draft.cue
    if (
        draft.kind != "indirect"
        or draft.parent is not None
        or draft.parts
        or cue is None
        or cue.kind not in REPORTING_KINDS
        or tokens.words[cue.index - 1] == ","  # "schrieb sie, laut der …": a relative clause
    ):
        return None
    cue_at = tokens.offsets[cue.index]
    if cue_at < draft.end:
        return None  # the "laut" frame does not close the sentence: inside the words
    for framed in closing:
        framed_cue = framed.cue
        if (
            framed_cue is not None
            and framed.start == draft.start
            and framed.end < draft.end
            and tokens.offsets[framed_cue.index] < cue_at
        ):
            return framed
    return None


def _same_speaker(draft: Draft, framed: Draft) -> bool:
    if draft.speaker is None or framed.speaker is None:
        return False
    if draft.speaker.entity_id is not None:
        return draft.speaker.entity_id == framed.speaker.entity_id
    return draft.speaker.name == framed.speaker.name
