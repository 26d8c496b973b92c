"""Quotations that no frame claimed: a sentence of its own goes to the paragraph's last
speaker, a quotation after a colon to the phrase before the colon."""

from __future__ import annotations

from spacy.tokens import Doc

from lagebild.model import Participant
from lagebild.pipeline import doc_text
from lagebild.quotes.chunks import CLAUSE_PUNCT, noun_phrase_after
from lagebild.quotes.clauses import FINITE_TAGS, Draft
from lagebild.quotes.cues import CueMatch
from lagebild.quotes.direct import Quotation
from lagebild.quotes.phrases import token_at
from lagebild.quotes.speakers import participant
from lagebild.quotes.units import Unit

#: A quotation of at most this many words without a frame is a scare quote or a title.
SCARE_QUOTE_WORDS = 3


def unframed_direct(
    doc: Doc,
    units: list[Unit],
    spans: list[tuple[int, int, Quotation]],
    drafts: list[Draft],
    masked: frozenset[int],
) -> list[Draft]:
    """Quotations no frame claimed: full sentences go to the paragraph's last speaker.

    Short quotations (scare quotes, titles), quotations inside another quote's content
    and bare quoted subheadings (teasers repeating the body) are no quotes of their own.
    """
    result: list[Draft] = []
    by_start = sorted(drafts, key=lambda d: d.start)
    for first, _last, quotation in spans:
        if any(
            d.start <= quotation.inner_start and quotation.inner_end <= d.end + 1 for d in drafts
        ):
            continue
        inner = doc_text(doc)[quotation.inner_start : quotation.inner_end]
        if len(inner.split()) <= SCARE_QUOTE_WORDS:
            continue
        unit = next((u for u in units if u.start <= first < u.end), None)
        if unit is None or unit.heading:
            continue
        after_colon = first > unit.start and doc[first - 1].text == ":"
        if not after_colon and not _stands_alone(doc, unit, first, _last, masked):
            continue
        speaker = None
        cue = _colon_cue(doc, unit.start, first - 1, masked) if after_colon else None
        if after_colon:
            # "Er fuhr fort: „…“", "Erkki Tuomioja, Präsident des Rats: „…“"
            phrase = noun_phrase_after(doc, unit.start, first - 1, masked)
            if phrase is not None:
                result.append(
                    Draft(
                        "direct",
                        quotation.inner_start,
                        quotation.inner_end,
                        cue,
                        phrase,
                        speaker=participant(
                            doc, phrase[0], phrase[1], fallback=_last_speaker(drafts, quotation)
                        ),
                    )
                )
                continue
        for draft in reversed(by_start):
            if draft.end <= quotation.start and draft.speaker is not None:
                same_paragraph = (
                    next(
                        (
                            u.paragraph
                            for u in units
                            if u.start <= token_at(doc, draft.start) < u.end
                        ),
                        None,
                    )
                    == unit.paragraph
                )
                if same_paragraph:
                    speaker = draft.speaker
                break
        result.append(
            Draft("direct", quotation.inner_start, quotation.inner_end, cue, None, speaker=speaker)
        )
    return result


#: the participles and infinitives of a verb phrase before a colon (after its finite verb)
NONFINITE_TAGS = frozenset({"VVPP", "VVINF", "VVIZU"})


def _colon_cue(doc: Doc, start: int, colon: int, masked: frozenset[int]) -> CueMatch | None:
    """The verb of the frame before a colon, whatever verb it is ("griff … an: „…“",
    "zeigte sich zufrieden: „…“"): the finite verb, its particle and a participle."""
    clause = start
    for i in range(start, colon):
        if doc[i].text in CLAUSE_PUNCT and i not in masked:
            clause = i + 1
    # the last one: "Als … eröffnet worden war, sagte er:" without the comma
    finite = next(
        (
            i
            for i in range(colon - 1, clause - 1, -1)
            if i not in masked and doc[i].tag_ in FINITE_TAGS
        ),
        None,
    )
    if finite is None:
        return None
    particle = next(
        (i for i in range(colon - 1, finite, -1) if doc[i].tag_ == "PTKVZ" and i not in masked),
        None,
    )
    extra = tuple(
        i for i in range(finite + 1, colon) if i not in masked and doc[i].tag_ in NONFINITE_TAGS
    )
    return CueMatch("verb", finite, particle=particle, extra=extra[-1:])


def _last_speaker(drafts: list[Draft], quotation: Quotation) -> Participant | None:
    earlier = [d for d in drafts if d.end <= quotation.start and d.speaker is not None]
    return max(earlier, key=lambda d: d.end).speaker if earlier else None


def _stands_alone(doc: Doc, unit: Unit, first: int, last: int, masked: frozenset[int]) -> bool:
    """The quotation is a sentence of its own, not a quoted phrase inside one."""
    opens = first == unit.start or doc[first - 1].text in {".", "!", "?"} or first - 1 in masked
    closes = (
        last >= unit.end
        or all(doc[i].text in CLAUSE_PUNCT for i in range(last, unit.end))
        or last in masked
    )
    return opens and closes
