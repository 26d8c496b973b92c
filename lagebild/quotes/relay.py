"""Relayed quotes: "Die Zeitung zitiert einen Augenzeugen mit den Worten: „…“".

A quotation relayed by a medium has two sources: the person who said it and the medium
that quotes them. The words are the person's; that the medium reports them is a quote of
its own. The second source becomes a second quote with the same content, nested in the
first:

* active "X zitiert Y": the draft's speaker is the subject X, the object Y said it;
* passive "Y wird in/von X zitiert": the speaker is the subject Y, X quotes them;
* "X kommentierte laut „BBC“ mit den Worten: „…“": X said it, the BBC reports it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from lagebild.quotes.chunks import CLAUSE_PUNCT, noun_phrase, noun_phrase_after
from lagebild.quotes.clauses import Draft
from lagebild.quotes.cues import CueMatch
from lagebild.quotes.lexicon import lower_set, word_list
from lagebild.quotes.speakers import participant

RELAY_VERBS = "relay_verbs.txt"
RELAY_SOURCES = "relay_source_prepositions.txt"
PASSIVE = "passive_auxiliaries.txt"


def relayed(doc: Doc, drafts: list[Draft], masked: frozenset[int]) -> list[Draft]:
    """For every direct quote with a second source in its frame, that source's quote."""
    result: list[Draft] = []
    for draft in drafts:
        cue = draft.cue
        if (
            draft.kind != "direct"
            or draft.parent is not None
            or cue is None
            or cue.verb is None
            or draft.speaker_span is None
        ):
            continue
        frame = _frame(doc, cue.index, masked)
        source = _relaying_source(doc, cue, frame, draft.speaker_span, masked)
        if source is None or _framed_already(drafts, source[1]):
            continue  # the frame's own quote is there already ("„…“, sagte X laut Y")
        other, relay_cue = source
        speaker = participant(doc, other[0], other[1])
        if speaker is None:
            continue
        relay = Draft(
            "direct",
            draft.start,
            draft.end,
            relay_cue,
            other,
            medium=draft.medium,
            speaker=speaker,
            parent=draft,
        )
        relay.parts = list(draft.parts)
        result.append(relay)
    return result


def _framed_already(drafts: list[Draft], cue: CueMatch | None) -> bool:
    """A "laut" frame that made a quote of its own already ("„…“, sagte X laut Y")."""
    return (
        cue is not None
        and cue.kind == "laut"
        and any(
            d.cue is not None and d.cue.kind == "laut" and d.cue.index == cue.index for d in drafts
        )
    )


def _relaying_source(
    doc: Doc,
    cue: CueMatch,
    frame: tuple[int, int],
    speaker: tuple[int, int],
    masked: frozenset[int],
) -> tuple[tuple[int, int], CueMatch | None] | None:
    """The second source and its cue: the one quoted or quoting ("zitieren"), or the one a
    "laut" in the frame names ("kommentierte laut „BBC“ mit den Worten: „…“")."""
    if cue.verb is not None and cue.verb.lemma in word_list(RELAY_VERBS):
        if _passive(doc, frame):
            other = _source_phrase(doc, frame, speaker, masked)
            return (other, cue) if other is not None else None
        other = _object_after(doc, cue.index, frame, speaker, masked)
        # the verb is the quoting source's act, not the quoted speaker's
        return (other, None) if other is not None else None
    for i in range(frame[0], frame[1]):
        if doc[i].text.lower() == "laut" and not speaker[0] <= i < speaker[1]:
            other = noun_phrase(doc, i + 1, len(doc), masked)
            if other is not None:
                return other, CueMatch("laut", i)
    return None


def _frame(doc: Doc, verb: int, masked: frozenset[int]) -> tuple[int, int]:
    """The clause of the verb, without quotations: tokens up to a quotation, colon or
    sentence end on either side."""
    start = verb
    while start > 0 and not _bounds(doc, start - 1, masked):
        start -= 1
    end = verb + 1
    while end < len(doc) and not _bounds(doc, end, masked):
        end += 1
    return start, end


def _bounds(doc: Doc, i: int, masked: frozenset[int]) -> bool:
    return i in masked or doc[i].text in {":", ".", "!", "?"} or doc[i].is_sent_start is True


def _passive(doc: Doc, frame: tuple[int, int]) -> bool:
    auxiliaries = lower_set(PASSIVE)
    return any(doc[i].text.lower() in auxiliaries for i in range(frame[0], frame[1]))


def _source_phrase(
    doc: Doc, frame: tuple[int, int], speaker: tuple[int, int], masked: frozenset[int]
) -> tuple[int, int] | None:
    """ "wird in einer Presseerklärung der Gewerkschaft zitiert": the phrase after the
    preposition that names where someone is quoted."""
    prepositions = word_list(RELAY_SOURCES)
    for i in range(frame[0], frame[1]):
        if speaker[0] <= i < speaker[1] or doc[i].text.lower() not in prepositions:
            continue
        phrase = noun_phrase_after(doc, i + 1, frame[1], masked)
        if phrase is not None and not (speaker[0] <= phrase[0] < speaker[1]):
            return phrase
    return None


def _object_after(
    doc: Doc,
    verb: int,
    frame: tuple[int, int],
    speaker: tuple[int, int],
    masked: frozenset[int],
) -> tuple[int, int] | None:
    """ "zitiert (dazu) einen Augenzeugen": the accusative object after the verb (after the
    subject when the subject follows the verb: "„…“, zitiert die Zeitung einen Zeugen")."""
    i = verb + 1
    if speaker[0] == i:
        i = speaker[1]
    if i >= frame[1] or doc[i].text in CLAUSE_PUNCT:
        return None
    phrase = noun_phrase_after(doc, i, frame[1], masked)
    if phrase is None or doc[phrase[0]].text.lower() in {"mit", "dazu"}:
        return None
    return phrase
