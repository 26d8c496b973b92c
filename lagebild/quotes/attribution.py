"""Attributing content to a cue: frame before, inside or after the content.

For each cue in a unit the rules find the speaker phrase (before or after the verb), the
content (a quotation, a Konjunktiv or dass-clause, a zu-infinitive, a prepositional
object) and whom it was said to. The result is a :class:`Draft` with token ranges; the
component turns drafts into :class:`~lagebild.model.Quote` records.

:func:`attribute` tries one construction family after another: the frame of a speech verb
and its clause (:mod:`~lagebild.quotes.verb_frame`: an adverbial or "wie" clause), content
before the cue (:mod:`~lagebild.quotes.content_before`), and content after the frame
(:mod:`~lagebild.quotes.frame_after`, :mod:`~lagebild.quotes.content_after`). The choice of
the speaker phrase is in :mod:`~lagebild.quotes.speaker_choice`, the finite verb of the
cue's clause in :mod:`~lagebild.quotes.cue_clause`.
"""

from __future__ import annotations

from lagebild.quotes.chunks import (
    adjective_like,
    determiner_at,
    is_common_noun,
    nominal_at,
    noun_phrase,
)
from lagebild.quotes.clauses import Context, Draft
from lagebild.quotes.content_after import content_after_frame
from lagebild.quotes.content_before import (
    content_before_cue,
    content_comes_first,
    subject_before_comma,
)
from lagebild.quotes.cue_clause import cue_anchor
from lagebild.quotes.cues import CueMatch, clause_end
from lagebild.quotes.frame_after import frame_after_verb
from lagebild.quotes.frame_words import (
    FRAME_WORD_KINDS,
    clause_verb,
    frame_word_drafts,
    subordinate_complement,
)
from lagebild.quotes.frames import frame_drafts
from lagebild.quotes.lexicon import (
    contractions,
    function_class,
    is_speaker_group,
    lower_set,
)
from lagebild.quotes.non_speech import generic_hedge, refusal
from lagebild.quotes.speaker_choice import choose_speaker
from lagebild.quotes.speaker_position import is_personish, subject_before_relative
from lagebild.quotes.token_table import token_table
from lagebild.quotes.verb_frame import (
    PASSIVE,
    opens_adverbial_clause,
    opens_wie_clause,
    past_wie_comment,
    verb_frame,
    wie_clause_drafts,
)


def attribute(ctx: Context, cue: CueMatch) -> tuple[list[Draft], tuple[int, int] | None]:
    """Drafts for one cue, and the speaker phrase (also for speech acts without content)."""
    if cue.kind != "verb":
        return _drafts_without_verb(ctx, cue), None
    if generic_hedge(ctx.doc, cue, ctx.unit, ctx.masked):
        return [], None  # "Man könnte meinen, …": the writer's hedge, nobody's speech
    drafts, speaker = _verb_drafts(ctx, cue)
    if refusal(ctx.doc, cue, ctx.unit, ctx.masked):
        # "wollte sich nicht äußern": no content, but a speech act whose speaker may go on
        # in Konjunktiv ("Er könne dazu keine Angaben machen")
        return [], speaker
    return drafts, speaker


def _verb_drafts(ctx: Context, cue: CueMatch) -> tuple[list[Draft], tuple[int, int] | None]:
    """The drafts of a speech verb's cue, and its speaker phrase."""
    frame = verb_frame(ctx, cue)
    if opens_adverbial_clause(ctx, frame):
        return subordinate_complement(ctx, frame.cue, frame.start)
    frame = past_wie_comment(ctx, frame)
    if opens_wie_clause(ctx, frame):
        return wie_clause_drafts(ctx, frame)  # "…, wie X mitteilte" / "Wie X mitteilte, …"
    # "Sichau, der als Sprecher fungiert, erklärte, dass …": the comma before the verb closed
    # the subject's relative clause, no content; that subject is the speaker
    subject = subject_before_relative(ctx, frame.anchor)
    if subject is None and content_comes_first(ctx, frame):
        drafts, speaker = content_before_cue(ctx, frame)  # "„…“, sagte sie"
        if drafts or frame.anchor - 1 in ctx.masked:
            return drafts, speaker  # a quotation before the verb is all the verb frames
        # nothing said before the comma: it may have closed the subject's apposition
        subject = subject_before_comma(ctx, frame.anchor)
    after = frame_after_verb(ctx, frame, subject)
    draft = content_after_frame(ctx, after)  # "sagte X: „…“", "sagte X, dass …"
    if after.by_agent:
        # "wurde er von der TVP aufgefordert, …": the agent speaks this content only, so
        # it is the draft's speaker, no speaker of a speech act whose words go on
        if draft is not None:
            draft.anchors_chain = False
        return ([draft] if draft is not None else []), None
    return ([draft] if draft is not None else []), after.speaker


def _drafts_without_verb(ctx: Context, cue: CueMatch) -> list[Draft]:
    """The drafts of a frame word ("die Forderung, …", "ist zuversichtlich, …") or of a frame
    that is no verb ("laut X", "X zufolge", "so X")."""
    if cue.kind not in FRAME_WORD_KINDS:
        return frame_drafts(ctx, cue)
    verb = clause_verb(ctx, cue.index)
    subject = choose_speaker(ctx, verb, verb + 1) if verb is not None else None
    return frame_word_drafts(ctx, cue, verb, subject, is_personish(ctx.doc, subject))


#: closed-class words the object test reads (passive auxiliaries: :data:`.verb_frame.PASSIVE`)
DEMONSTRATIVES = "demonstratives.txt"


def summarised_object(ctx: Context, cue: CueMatch, speaker: tuple[int, int] | None) -> bool:
    """Does the cue's clause name what was said ("forderte den Rücktritt", "sprach von …")?

    A speech act summarised by its object is a ``reported`` quote; one without an object
    ("äußerte sich nach der Sitzung") is not. The object may stand between the auxiliary
    and the participle ("hat den Abzug angekündigt") or before a particle ("rief … auf").
    """
    tokens = token_table(ctx.doc)
    if cue.verb is None or "r" not in cue.verb.complements and not cue.verb.prepositions:
        return False
    if refusal(ctx.doc, cue, ctx.unit, ctx.masked):
        return False  # "wollte sich nicht zu den Vorwürfen äußern": nothing said
    if "e" in cue.verb.complements:
        return False  # "rief zur Deeskalation auf": an event (REQUEST), not a quote
    doc, unit = ctx.doc, ctx.unit
    if speaker is None or not (
        is_personish(doc, speaker)
        or determiner_at(tokens, speaker[0])
        or is_speaker_group(tokens.words[speaker[1] - 1])
    ):
        return False  # "Der Absturzort wird … vermutet", "Das Feuer wurde gemeldet": nobody
    if speaker[1] - speaker[0] == 1 and tokens.lower[speaker[0]] in lower_set(DEMONSTRATIVES):
        return False  # "Das bestätigte die Organisation": the object, pointing back
    anchor = cue_anchor(ctx, cue)
    if tokens.tags[cue.index] == "VVPP" and any(
        tokens.lower[i] in lower_set(PASSIVE)
        for i in range(unit.start, cue.index + 2)
        if i < unit.end
    ):
        return False  # passive: the subject is what was said, not who said it
    end = clause_end(doc, cue.index + 1, unit.end, ctx.masked)
    if cue.particle is not None:
        end = min(end, cue.particle)
    if cue.index + 1 < unit.end and tokens.words[cue.index + 1] == "sich":
        return False  # "äußerte sich zu …": a statement whose content the text leaves out
    region = [*range(anchor + 1, cue.index), *range(cue.index + 1, end)]
    prepositions = cue.verb.prepositions
    for k, i in enumerate(region):
        if (speaker[0] <= i < speaker[1]) or tokens.words[i] == "," or i in ctx.masked:
            continue
        word = tokens.words[i]
        if contractions().get(word, word) in prepositions:
            return True
        if "r" not in cue.verb.complements:
            continue
        previous = tokens.words[region[k - 1]] if k else ""
        if function_class(previous) == "prep" or previous in contractions():
            continue  # "erwartet zu dem Ereignis …": an adjunct, not the object
        if determiner_at(tokens, i) or adjective_like(doc, i, end) or doc[i].like_num:
            # "forderte das Verbot", "sagte weitere finanzielle Hilfe zu", "50.000 Zuschauer"
            if noun_phrase(doc, i, end, ctx.masked) is not None or any(
                nominal_at(tokens, j) for j in range(i + 1, min(end, i + 3))
            ):
                return True
        elif nominal_at(tokens, i) and is_common_noun(word) and function_class(previous) != "prep":
            return True  # a bare noun object: "wirft dem Künstler Betriebsblindheit vor"
    return False
