"""Source frames that are no verb: "laut X", "X zufolge", "nach Angaben X", ", so X", "demnach",
", wonach".

The frame names the source and the rest of the unit is the content. A frame inside a
main clause ("Die Mission ist nach Angaben der UN überfordert", "Das Problem sei, so der
Präsident, ernst") splits the content in two; the draft then keeps both pieces as
``parts`` so the quote text can leave the frame out.
"""

from __future__ import annotations

from lagebild.model import Participant
from lagebild.quotes.addressees import frame_addressee
from lagebild.quotes.chunks import (
    CLAUSE_PUNCT,
    determiner_at,
    noun_phrase,
    noun_phrase_before,
    pronoun_at,
)
from lagebild.quotes.clauses import (
    RELATIVE,
    Context,
    Draft,
    content_draft,
    first_word_opens_subordinate,
    strip_clause_punct,
    token_chars,
)
from lagebild.quotes.colon_nouns import colon_frame, genitive_owner
from lagebild.quotes.cues import (
    NEEDS_ES,
    WERDEN_FORMS,
    CueMatch,
    clause_end,
    speech_noun_ahead,
)
from lagebild.quotes.frame_clause import main_clause_start
from lagebild.quotes.lexicon import lower_set, speech_noun_medium, speech_noun_source, word_list
from lagebild.quotes.narrated_lead import content_start
from lagebild.quotes.readings import subjunctive_at
from lagebild.quotes.source_run_on import (
    source_before_zufolge,
    source_without_agent,
    source_without_content,
    zufolge_frame_phrase,
)
from lagebild.quotes.speaker_position import is_personish, prefield
from lagebild.quotes.speakers import participant
from lagebild.quotes.token_table import token_table

FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
DOCUMENT_PREPOSITIONS = "document_prepositions.txt"
#: prepositions after "hieß es" that name its source ("hieß es aus dem Ministerium")
SAID_FROM_PREPOSITIONS = "said_from_prepositions.txt"
#: tags that open a subordinate clause: a relative pronoun, a subordinating conjunction
SUBORDINATE_TAGS = frozenset({"PRELS", "PRELAT", "KOUS", "PWAV", "PWS"})
#: "eigenen" in "nach eigenen Angaben": the source is the clause's subject
OWN_WORDS = "own_words.txt"

#: token ranges of the content: one piece, or the pieces before and after the frame
Pieces = list[tuple[int, int]]


def frame_drafts(ctx: Context, cue: CueMatch) -> list[Draft]:
    """The content a non-verbal frame ("laut", "zufolge", "nach", "so", an adverb) opens."""
    tokens = token_table(ctx.doc)
    doc, unit = ctx.doc, ctx.unit
    if cue.kind == "so":
        speaker = noun_phrase(doc, cue.index + 1, unit.end, ctx.masked)
        pieces: Pieces = [(content_start(doc, unit.start, cue.index), cue.index)]
        rest = clause_end(doc, speaker[1], unit.end, ctx.masked) if speaker else unit.end
        if rest < unit.end - 2 and tokens.words[rest] == ",":
            # "Das Problem sei, so der Präsident, dass …": content on both sides
            after = rest + 1
            if tokens.lower[after] in RELATIVE:
                # a relative clause on the speaker: the content goes on after it only where
                # the main clause's verb follows ("…, so der Richter, der … arbeitete, sei …"),
                # not in "…, so Celebi, die auch angab, dass …"
                after = verb_final_end(ctx, after) + 1
            if after < unit.end:
                pieces.append((after, unit.end))
        drafts = _drafts(ctx, cue, pieces, speaker)
        if speaker is not None:
            # "…, so Joachim Banke gegenüber der Onlineausgabe des Spiegels"
            listener = frame_addressee(ctx, speaker[1], rest)
            for draft in drafts:
                draft.addressee = draft.addressee or listener
        return drafts
    if cue.kind == "colon_noun":
        # "Der Vorwurf Sardanas: …": what follows the colon, the noun's owner speaks
        frame = colon_frame(doc, unit, ctx.masked)
        if frame is None or frame.noun != cue.index:
            return []
        drafts = _drafts(ctx, cue, [(frame.colon + 1, unit.end)], frame.speaker)
        owner = genitive_owner(doc, frame)
        for draft in drafts:
            draft.speaker = owner
        return drafts
    if cue.kind == "adverb":
        # "Demnach hat der Sohn …", "Der Sohn hat demnach …": the sentence without the
        # adverb; the adverb stands for the source named before, as a pronoun would
        before_cue, after_cue = (unit.start, cue.index), (cue.index + 1, unit.end)
        return _drafts(ctx, cue, _around(ctx, before_cue, after_cue), (cue.index, cue.index + 1))
    if cue.kind == "wonach":
        speaker = noun_phrase_before(doc, cue.index - 1, unit.start, ctx.masked)
        return _drafts(ctx, cue, [(cue.index + 1, verb_final_end(ctx, cue.index + 1))], speaker)
    if cue.kind == "relative":
        # "denen zufolge …" (source before the cue) or "nach denen …" (source after it)
        source = cue.index - 1 if tokens.lower[cue.index] == "zufolge" else cue.index + 1
        start = max(cue.index, source) + 1
        content = (start, verb_final_end(ctx, start))
        return _drafts(ctx, cue, [content], (source, source + 1))
    if cue.kind == "zufolge":
        phrase = zufolge_frame_phrase(
            doc, noun_phrase_before(doc, cue.index, unit.start, ctx.masked)
        )
        # the frame keeps the whole phrase; the source is its dative part alone
        speaker = source_before_zufolge(doc, phrase)
        frame_start, frame_end = (phrase[0] if phrase else cue.index), cue.index + 1
    else:
        speaker = noun_phrase(doc, cue.index + 1, unit.end, ctx.masked)
        noun = speech_noun_ahead(doc, cue.index, unit.end)
        if noun is not None and (speaker is None or speaker[1] <= noun):
            # "laut einer am Dienstag veröffentlichten Pressemitteilung des WFP"
            phrase = noun_phrase(doc, noun, unit.end, ctx.masked)
            speaker = (cue.index + 1, phrase[1] if phrase else noun + 1)
        if cue.kind == "nach":
            speaker = _source_after_nach(ctx, cue.index) or speaker
        speaker = source_without_content(doc, _source_compound(ctx, speaker))
        speaker = source_without_agent(doc, speaker)
        frame_start, frame_end = cue.index, (speaker[1] if speaker else cue.index + 1)
        drafts = _drafts(ctx, cue, frame_content(ctx, frame_start, frame_end), speaker)
        own = _own_statement(ctx, cue.index, speaker)
        for draft in drafts:
            draft.speaker = own
        return drafts
    return _drafts(ctx, cue, frame_content(ctx, frame_start, frame_end), speaker)


def _source_compound(ctx: Context, source: tuple[int, int] | None) -> tuple[int, int] | None:
    """A compound speech noun that names its source is the whole source phrase: "nach
    Polizeiangaben", not "nach Polizeiangaben Schuss-" ("erlitten nach Polizeiangaben
    Schuss- und Stichwunden")."""
    if source is None:
        return None
    if speech_noun_source(token_table(ctx.doc).words[source[0]]) is not None:
        return (source[0], source[0] + 1)
    return source


def _own_statement(ctx: Context, cue: int, source: tuple[int, int] | None) -> Participant | None:
    """ "nach eigenen Angaben": the clause's subject speaks, named at the words "eigenen
    Angaben" (as a pronoun names the one it stands for); None where the source is no own
    statement or the subject is unclear (the source phrase then names the speaker)."""
    tokens = token_table(ctx.doc)
    if source is None or lower_set(OWN_WORDS).isdisjoint(tokens.lower[source[0] : source[1]]):
        return None
    subject = _clause_subject(ctx, cue)
    if subject is None:
        return None
    who = participant(ctx.doc, subject[0], subject[1])
    if who is None:
        return None
    start, end = token_chars(ctx.doc, source[0], source[1])
    return Participant(name=who.name, entity_id=who.entity_id, start=start, end=end)


def _clause_subject(ctx: Context, cue: int) -> tuple[int, int] | None:
    """The subject of the main clause a frame stands in, if it may name someone: before the
    finite verb or right after it ("Allein Check24 hat nach eigenen Angaben …", "Nach
    eigenen Angaben hat die Regierung …")."""
    tokens = token_table(ctx.doc)
    unit, masked = ctx.unit, ctx.masked
    clause = cue
    while clause > unit.start and tokens.words[clause - 1] not in CLAUSE_PUNCT:
        clause -= 1
    if tokens.tags[clause] in SUBORDINATE_TAGS:
        return None  # "…, der nach eigenen Angaben …": the relative clause's own subject
    finite = [k for k in range(unit.start, unit.end) if tokens.tags[k] in FINITE_TAGS]
    finite = [k for k in finite if k not in masked]
    if not finite or (
        tokens.lower[finite[0]] in lower_set(WERDEN_FORMS)
        and "VVPP" in tokens.tags[finite[0] : unit.end]
    ):
        return None  # none, or a passive: "wurden diese Pläne … aufgegeben"
    if finite[0] < cue:
        phrases = [prefield(ctx, finite[0]), noun_phrase(ctx.doc, finite[0] + 1, cue, masked)]
    else:
        phrases = [noun_phrase(ctx.doc, finite[0] + 1, unit.end, masked)]
    found = [phrase for phrase in phrases if phrase is not None]
    # whoever speaks of "eigene Angaben" is an actor: a name first, else a noun with an
    # article ("Der Konzern hat nach eigenen Angaben …"), never a number ("Zwei Millionen")
    named = [phrase for phrase in found if is_personish(ctx.doc, phrase)]
    determined = [
        phrase
        for phrase in found
        if determiner_at(tokens, phrase[0]) and tokens.tags[phrase[0]] != "CARD"
    ]
    chosen = named or determined
    return chosen[0] if chosen else None


def frame_content(ctx: Context, frame_start: int, frame_end: int) -> Pieces:
    """The content around a "laut X" / "nach Angaben X" / "X zufolge" frame.

    In a subordinate clause the frame qualifies that clause ("weil die Mission nach
    Angaben der UN überfordert ist"); inside a main clause it qualifies the whole
    sentence, so the content is the sentence on both sides of the frame.
    """
    tokens = token_table(ctx.doc)
    doc, unit = ctx.doc, ctx.unit
    left = frame_start
    while left > unit.start and tokens.words[left - 1] not in CLAUSE_PUNCT:
        left -= 1
    if left > unit.start and first_word_opens_subordinate(doc[left]):
        right = frame_end
        while right < unit.end and tokens.words[right] not in CLAUSE_PUNCT:
            right += 1
        if right - frame_end >= 2:
            return [(left, right)]
    opened = main_clause_start(doc, unit.start, left)
    before = strip_clause_punct(doc, unit.start if opened is None else opened, frame_start)
    after = strip_clause_punct(doc, frame_end, unit.end)
    whole = left == unit.start or opened is not None
    if before[1] - before[0] >= 2 and after[1] - after[0] >= 2 and whole:
        return [before, after]
    return [after if (after[1] - after[0]) >= (before[1] - before[0]) else before]


def verb_final_end(ctx: Context, start: int) -> int:
    """Where a verb-final clause from ``start`` ends: at the comma after its finite verb
    when the main clause goes on with its own verb ("…, wonach X festgenommen worden sein
    soll, wurde dementiert"); relative clauses inside the content stay in it."""
    tokens = token_table(ctx.doc)
    doc, end = ctx.doc, ctx.unit.end
    seen_verb = False
    for j in range(start, end - 1):
        if j in ctx.masked:
            continue
        if seen_verb and tokens.words[j] in CLAUSE_PUNCT and tokens.tags[j + 1] in FINITE_TAGS:
            return j
        seen_verb = seen_verb or tokens.tags[j] in FINITE_TAGS or subjunctive_at(doc, j)
    return end


def _around(ctx: Context, before: tuple[int, int], after: tuple[int, int]) -> Pieces:
    """Both sides of a one-word frame inside a main clause, else the longer side."""
    tokens = token_table(ctx.doc)
    doc = ctx.doc
    left = strip_clause_punct(doc, before[0], before[1])
    right = strip_clause_punct(doc, after[0], after[1])
    inside = left[1] - left[0] >= 1 and right[1] - right[0] >= 1
    if inside and not any(
        tokens.words[i] in CLAUSE_PUNCT for i in range(before[1] - 1, after[0] + 1)
    ):
        return [left, right]
    return [after if (after[1] - after[0]) >= (before[1] - before[0]) else before]


def _drafts(
    ctx: Context, cue: CueMatch, pieces: Pieces, speaker: tuple[int, int] | None
) -> list[Draft]:
    """One draft over the pieces; two pieces keep their char ranges as ``parts``."""
    doc = ctx.doc
    pieces = [strip_clause_punct(doc, p[0], p[1]) for p in pieces]
    pieces = [p for p in pieces if p[1] > p[0]]
    if not pieces:
        return []
    draft = content_draft(ctx, cue, pieces[0][0], pieces[-1][1], speaker)
    if draft is None:
        return []
    if len(pieces) > 1 and draft.kind != "direct":
        draft.parts = [token_chars(doc, p[0], p[1]) for p in pieces]
    return [draft]


def _source_after_nach(ctx: Context, nach: int) -> tuple[int, int] | None:
    """ "Nach bisher unbestätigten Berichten", "nach Angaben einer Gewerkschaft"."""
    tokens = token_table(ctx.doc)
    doc, end = ctx.doc, ctx.unit.end
    for j in range(nach + 1, min(end, nach + 4)):
        if speech_noun_medium(tokens.words[j]):
            phrase = noun_phrase(doc, j, end, ctx.masked)
            return (nach + 1, phrase[1] if phrase else j + 1)
    return None


def document_source(ctx: Context, cue: CueMatch) -> tuple[int, int] | None:
    """ "In einer Erklärung des Ministeriums heißt es, …", "…, heißt es in dem Schreiben":
    the impersonal "es heißt" names its source as the place where it is written, or, after
    the verb, as where it comes from ("…, hieß es seitens der Polizei")."""
    tokens = token_table(ctx.doc)
    if cue.verb is None or cue.verb.lemma not in NEEDS_ES:
        return None
    doc, unit = ctx.doc, ctx.unit
    start = cue.index
    while start > unit.start and tokens.words[start - 1] not in CLAUSE_PUNCT | {":"}:
        start -= 1
    end = clause_end(doc, cue.index + 1, unit.end, ctx.masked)
    written = False  # "heißt es in einem vom X verbreiteten Schreiben": no speaker "X"
    for i in range(start, end):
        if i in ctx.masked:
            continue
        low = tokens.lower[i]
        said_from = i > cue.index and not written and low in word_list(SAID_FROM_PREPOSITIONS)
        written = written or (i > cue.index and low in word_list(DOCUMENT_PREPOSITIONS))
        if low in word_list(DOCUMENT_PREPOSITIONS) or said_from:
            phrase = noun_phrase(doc, i + 1, end, ctx.masked)
            if phrase is not None and not (said_from and pronoun_at(tokens, phrase[0])):
                return phrase
    return None
