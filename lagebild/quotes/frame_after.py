"""The frame after a speech verb whose content does not come first: the speaker phrase,
where the frame stops (the first clause mark after the verb and a speaker after it), and
whom the speech was told to. The content rules after the frame
(:mod:`~lagebild.quotes.content_after`) read these.
"""

from __future__ import annotations

from dataclasses import dataclass

from lagebild.model import Participant
from lagebild.quotes.addressees import (
    an_addressee,
    frame_addressee,
    fronted_object,
    object_addressee,
    tells_object,
    told_in_passive,
)
from lagebild.quotes.chunks import CLAUSE_PUNCT
from lagebild.quotes.clauses import Context, name_in_frame
from lagebild.quotes.cues import CueMatch
from lagebild.quotes.passive_agent import passive_agent
from lagebild.quotes.speaker_choice import choose_speaker, without_medium
from lagebild.quotes.speakers import participant
from lagebild.quotes.token_table import token_table
from lagebild.quotes.verb_frame import VerbFrame


@dataclass(unsafe_hash=True)  # not frozen: its own __init__ sets the fields
class FrameAfterVerb:
    """A speech verb's frame as the content rules after it read it."""

    cue: CueMatch
    anchor: int  # the finite verb of the cue's clause
    speaker: tuple[int, int] | None
    stop: int  # the first clause mark after the frame, or the quotation it runs into
    addressee: Participant | None
    by_agent: bool = False  # the speaker is a passive's "von" agent, who speaks here only

    # Written out: mypyc compiles it, where the dataclass's own would run as Python.
    def __init__(
        self,
        cue: CueMatch,
        anchor: int,
        speaker: tuple[int, int] | None,
        stop: int,
        addressee: Participant | None,
        by_agent: bool = False,
    ) -> None:
        self.cue = cue
        self.anchor = anchor
        self.speaker = speaker
        self.stop = stop
        self.addressee = addressee
        self.by_agent = by_agent


def frame_after_verb(
    ctx: Context, frame: VerbFrame, subject: tuple[int, int] | None
) -> FrameAfterVerb:
    """The frame after the verb, with ``subject`` as its speaker where one was found before
    the verb's clause, else the speaker chosen around the verb."""
    speaker, told = _speaker_and_told(ctx, frame, subject)
    stop = _frame_stop(ctx, frame, speaker)
    # a subject before the comma is the speaker, unless the passive tells it ("Zeugen, die
    # … können, werden von der Polizei gebeten, …")
    agent = (
        passive_agent(ctx, frame.cue, frame.anchor, stop)
        if subject is None or told is not None
        else None
    )
    # not where the speaker read around the verb holds it already ("von den Verbänden")
    by_agent = agent is not None and not (
        speaker is not None and speaker[0] <= agent[0] and agent[1] <= speaker[1]
    )
    if by_agent and agent is not None:
        speaker = agent  # "wurde er von der TVP aufgefordert, …": the TVP said it
    addressee = _addressee(ctx, frame, speaker, told, stop)
    return FrameAfterVerb(frame.cue, frame.anchor, speaker, stop, addressee, by_agent)


def past_verb_and_speaker(cue: CueMatch, anchor: int, speaker: tuple[int, int] | None) -> int:
    """The first token after the cue and after a speaker phrase that follows the verb."""
    return max(cue.last + 1, speaker[1] if speaker and speaker[0] > anchor else 0)


def _speaker_and_told(
    ctx: Context, frame: VerbFrame, subject: tuple[int, int] | None
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The speaker phrase, and the phrase of those who were told where the verb is a
    passive of telling."""
    tokens = token_table(ctx.doc)
    cue, anchor = frame.cue, frame.anchor
    speaker = subject or choose_speaker(ctx, anchor, anchor + 1, tells_object(cue))
    if speaker is not None and cue.verb is not None and speaker[0] > anchor:
        # "sprach der Präsident von der Katastrophe": the verb's "von" ends the subject
        cut = next(
            (i for i in range(speaker[0], speaker[1]) if tokens.words[i] in cue.verb.prepositions),
            speaker[1],
        )
        speaker = (speaker[0], cut) if cut > speaker[0] else None
    if speaker is not None and speaker[0] > anchor:
        speaker, _ = without_medium(ctx, speaker)
    if speaker is not None and told_in_passive(ctx, cue, anchor):
        return None, speaker  # "wurden die Anwohner gebeten, …": they are told
    return speaker, None


def _frame_stop(ctx: Context, frame: VerbFrame, speaker: tuple[int, int] | None) -> int:
    """The first clause mark after the verb and its speaker, or the quotation there; a
    quoted name stays in the frame ("laut „news.bbc.co.uk“ mit folgenden Worten: „…“")."""
    tokens = token_table(ctx.doc)
    stop = past_verb_and_speaker(frame.cue, frame.anchor, speaker)
    while stop < ctx.unit.end and tokens.words[stop] not in CLAUSE_PUNCT:
        if stop in ctx.masked:
            named = name_in_frame(ctx, stop)
            if named is None:
                break
            stop = named
            continue
        stop += 1
    return stop


def _addressee(
    ctx: Context,
    frame: VerbFrame,
    speaker: tuple[int, int] | None,
    told: tuple[int, int] | None,
    stop: int,
) -> Participant | None:
    """Whom the speech was told to: those told in a passive, a phrase of the frame, the
    verb's object, an "an" phrase, or an object fronted before the verb."""
    cue, anchor = frame.cue, frame.anchor
    return (
        (participant(ctx.doc, told[0], told[1]) if told is not None else None)
        or frame_addressee(ctx, min(anchor, cue.index), stop, frame.start)
        or object_addressee(ctx, cue, speaker, stop)
        or an_addressee(ctx, cue, stop)
        or (fronted_object(ctx, anchor, speaker) if tells_object(cue) else None)
    )
