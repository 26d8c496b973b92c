"""Whom reported speech is addressed to: "sagte der Zeitung", "appellierte an die Bürger"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lagebild.entities.mention_index import has_entities, mention_at
from lagebild.model import Participant
from lagebild.quotes.chunks import is_determiner, is_pronoun, noun_phrase
from lagebild.quotes.cues import CueMatch
from lagebild.quotes.lexicon import function_class, lower_set
from lagebild.quotes.speakers import addressee, participant

if TYPE_CHECKING:
    from lagebild.quotes.clauses import Context


def an_addressee(ctx: Context, cue: CueMatch, stop: int) -> Participant | None:
    """The "an"-object of "appellierte an private Fluglinien", "wandte sich an die Bürger"."""
    if cue.verb is None or cue.verb.lemma not in lower_set("addressee_an_verbs.txt"):
        return None
    for i in range(cue.index + 1, stop):
        if ctx.doc[i].text == "an" and i != cue.particle:
            found = noun_phrase(ctx.doc, i + 1, stop, ctx.masked)
            return participant(ctx.doc, *found) if found else None
    return None


def object_addressee(
    ctx: Context, cue: CueMatch, speaker: tuple[int, int] | None, stop: int
) -> Participant | None:
    """The object of "sagte der Zeitung", "forderte die Bürger auf" as the addressee."""
    if cue.verb is None or cue.verb.lemma not in lower_set("addressee_verbs.txt"):
        return None
    doc = ctx.doc
    i = cue.index + 1
    while i < stop:
        if speaker is not None and speaker[0] <= i < speaker[1]:
            i = speaker[1]
            continue
        if function_class(doc[i].text) == "adv":
            i += 1
            continue
        if is_determiner(doc[i]) or (
            is_pronoun(doc[i]) and doc[i].text.lower() in {"ihm", "ihr", "ihnen"}
        ):
            found = noun_phrase(doc, i, stop, ctx.masked) or (i, i + 1)
            if cue.particle is not None and found[1] > cue.particle:
                found = (found[0], cue.particle)
            return participant(doc, *found)
        if has_entities(doc) and doc[i].text[:1].isupper():
            # a name without article: "warnte Stoltenberg Russland vor …"
            hit = mention_at(doc, doc[i].idx, doc[i].idx + len(doc[i].text))
            if hit is not None and hit[1].start == doc[i].idx:
                span = doc.char_span(hit[1].start, hit[1].end, alignment_mode="expand")
                if span is not None and span.end <= stop:
                    return participant(doc, span.start, span.end)
        return None
    return None


def frame_addressee(ctx: Context, start: int, end: int) -> Participant | None:
    return addressee(ctx.doc, start, end, ctx.masked)
