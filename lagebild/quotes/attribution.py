"""Attributing content to a cue: frame before, inside or after the content.

For each cue in a unit the rules find the speaker phrase (before or after the verb), the
content (a quotation, a Konjunktiv or dass-clause, a zu-infinitive, a prepositional
object) and whom it was said to. The result is a :class:`Draft` with token ranges; the
component turns drafts into :class:`~lagebild.model.Quote` records. The choice of the
speaker phrase is in :mod:`~lagebild.quotes.speaker_choice`, the finite verb of the cue's
clause in :mod:`~lagebild.quotes.cue_clause`.
"""

from __future__ import annotations

from dataclasses import replace

from lagebild.quotes.addressees import (
    an_addressee,
    dative_after_speaker,
    frame_addressee,
    fronted_object,
    object_addressee,
    tells_object,
    told_in_passive,
)
from lagebild.quotes.chunks import (
    CLAUSE_PUNCT,
    adjective_like,
    determiner_at,
    is_common_noun,
    nominal_at,
    noun_phrase,
    noun_phrase_after,
)
from lagebild.quotes.clauses import (
    Context,
    Draft,
    clause_like,
    content_draft,
    has_content,
    name_in_frame,
    only_adverbial_clauses,
    quotation_at,
    quotation_opens_unit,
    token_chars,
    zu_infinitive,
)
from lagebild.quotes.cue_clause import before_closing_frame, cue_anchor, may_be_participle
from lagebild.quotes.cues import (
    CueMatch,
    clause_end,
    comment_adverbial,
)
from lagebild.quotes.frame_words import (
    FRAME_WORD_KINDS,
    clause_verb,
    frame_word_drafts,
    subordinate_complement,
)
from lagebild.quotes.frames import frame_drafts
from lagebild.quotes.lexicon import (
    compares_with_rule,
    contractions,
    function_class,
    is_speaker_group,
    lower_set,
    word_list,
)
from lagebild.quotes.non_speech import generic_hedge
from lagebild.quotes.speaker_choice import choose_speaker, without_medium
from lagebild.quotes.speaker_position import (
    after_colon_frame,
    is_personish,
    names_in_frame,
    only_subject_between,
    past_reflexive,
    prefield,
    pronoun_subject_after,
    subject_before_relative,
    subject_with_apposition,
    wie_over_apposition,
    wie_subject_start,
)
from lagebild.quotes.speakers import participant
from lagebild.quotes.token_table import token_table
from lagebild.quotes.unsaid import unsaid_question

#: "als"/"seit"/"während" tagged as a preposition or comparison open no adverbial clause
PREPOSITION_TAGS = frozenset({"APPR", "KOKOM"})


def attribute(ctx: Context, cue: CueMatch) -> tuple[list[Draft], tuple[int, int] | None]:
    """Drafts for one cue, and the speaker phrase (also for speech acts without content)."""
    tokens = token_table(ctx.doc)
    if cue.kind in FRAME_WORD_KINDS:
        verb = clause_verb(ctx, cue.index)
        subject = choose_speaker(ctx, verb, verb + 1) if verb is not None else None
        return frame_word_drafts(ctx, cue, verb, subject, is_personish(ctx.doc, subject)), None
    if cue.kind != "verb":
        return frame_drafts(ctx, cue), None
    doc, unit = ctx.doc, ctx.unit
    if generic_hedge(doc, cue, unit, ctx.masked):
        return [], None  # "Man könnte meinen, …": the writer's hedge, nobody's speech
    anchor = cue_anchor(ctx, cue)
    if anchor != cue.index:
        cue = replace(cue, extra=(*cue.extra, anchor))  # "hat … angekündigt"
        if anchor > unit.start and tokens.lower[anchor - 1] == "es":
            cue = replace(cue, extra=(*cue.extra, anchor - 1))  # "Es wird befürchtet"
    after = cue.last + 1
    if after < unit.end and tokens.words[after] in word_list("participle_auxiliaries.txt"):
        cue = replace(cue, extra=(*cue.extra, after))  # "war berichtet worden"
        after += 1
    if (
        anchor == cue.index
        and may_be_participle(doc, cue)
        and after < unit.end
        and tokens.lower[after] in lower_set("auxiliaries.txt") | lower_set(PASSIVE)
    ):
        cue = replace(cue, extra=(*cue.extra, after))  # "wie die Polizei mitgeteilt hat"
    drafts: list[Draft] = []
    # "…, wie X mitteilte" / "Wie X mitteilte, …"
    clause_start = anchor
    while (
        clause_start > unit.start
        and tokens.words[clause_start - 1] not in CLAUSE_PUNCT
        and clause_start - 1 not in ctx.masked
    ):
        clause_start -= 1
    clause_start = wie_over_apposition(ctx, clause_start, anchor)
    if (
        tokens.lower[clause_start] in lower_set("subordinating.txt")
        and tokens.tags[clause_start] not in PREPOSITION_TAGS  # not "Als Grund gab X an, …"
        and clause_start < anchor
    ):
        # "Während die USA … fordern, …": the verb frames no main clause after the comma,
        # only its own dass/ob complement ("Nachdem sie mitgeteilt hatte, dass …")
        return subordinate_complement(ctx, cue, clause_start)
    if tokens.lower[clause_start] == "wie" and any(
        comment_adverbial(doc, k, unit, ctx.masked) for k in range(clause_start + 1, anchor)
    ):
        clause_start = anchor  # "Wie berichtet hatte das Ministerium beklagt, …": a comment
    if tokens.lower[clause_start] == "wie" and clause_start < anchor:
        if compares_with_rule(cue.verb):
            return [], None  # "wie es der Vorschlag vorsieht": a plan, no report of the clause
        cue = replace(cue, extra=(*cue.extra, clause_start))
        first = wie_subject_start(ctx, clause_start, anchor)
        # "wie X der APA erläuterte": the agency listens
        speaker, _ = without_medium(ctx, noun_phrase_after(doc, first, anchor, ctx.masked))
        if clause_start > unit.start:
            draft = content_draft(ctx, cue, unit.start, clause_start, speaker)
        else:
            draft = content_draft(
                ctx, cue, clause_end(doc, cue.last, unit.end, frozenset()) + 1, unit.end, speaker
            )
        return ([draft] if draft else []), speaker
    # Content first: "…, räumte Rjabkow ein" / "„…“, sagte sie"
    before = anchor - 1
    content_first = before >= unit.start and (
        (
            tokens.words[before] == ","
            and (quotation_opens_unit(ctx, before - 1) or prefield(ctx, anchor) is None)
        )
        or (before in ctx.masked and quotation_opens_unit(ctx, before))
    )
    relative_subject = subject_before_relative(ctx, anchor)
    if content_first and relative_subject is not None:
        content_first = False  # "Sichau, der als Sprecher fungiert, erklärte, dass …"
    if content_first and (anchor == cue.index or only_subject_between(ctx, anchor, cue.index)):
        # "„…“, sagte sie" / "„…“, hatte VW-Chef Winterkorn in einem Interview erklärt"
        speaker, medium = without_medium(
            ctx, noun_phrase_after(doc, past_reflexive(ctx, anchor + 1), unit.end, ctx.masked)
        )
        end = before if tokens.words[before] == "," else before + 1
        start = after_colon_frame(ctx, end)
        if (
            clause_like(ctx, start, end)
            and not only_adverbial_clauses(ctx, start, end)
            and not topic_clause(ctx, start, end)
            and (has_content(ctx, cue, start, end) or (cue.verb and "k" in cue.verb.complements))
            and not unsaid_question(tokens, cue, start, end)
        ):
            draft = content_draft(ctx, cue, start, end, speaker)
            if draft:
                frame_end = clause_end(doc, cue.last + 1, unit.end, ctx.masked)
                draft.addressee = (
                    frame_addressee(ctx, cue.index, frame_end)
                    or (participant(doc, *medium) if medium is not None else None)
                    or dative_after_speaker(ctx, cue, speaker, frame_end)
                )
                drafts.append(draft)
        colon = cue.last + 1
        while (
            colon < unit.end
            and tokens.words[colon] != ":"
            and colon not in ctx.masked
            and tokens.words[colon] not in ".,;"
        ):
            colon += 1
        follow = (
            quotation_at(ctx, colon + 1)
            if colon < unit.end and tokens.words[colon] == ":"
            else None
        )
        if follow is not None:
            drafts.append(
                Draft(
                    "direct",
                    follow[2].inner_start,
                    follow[2].inner_end,
                    cue,
                    speaker,
                    medium=cue.medium,
                )
            )
        if drafts or before in ctx.masked:
            return drafts, speaker
        # "John Kline, ein Repräsentant …, sagte zu …, dass": the comma closed a subject
        subject = subject_with_apposition(ctx, before)
    else:
        subject = None
    if subject is not None and pronoun_subject_after(ctx, anchor):
        subject = None  # "Die Bestrebungen …, bezeichnete er als …": the object came first
    object_told = tells_object(cue)
    speaker = relative_subject or subject or choose_speaker(ctx, anchor, anchor + 1, object_told)
    if speaker is not None and cue.verb is not None and speaker[0] > anchor:
        # "sprach der Präsident von der Katastrophe": the verb's "von" ends the subject
        cut = next(
            (i for i in range(*speaker) if tokens.words[i] in cue.verb.prepositions), speaker[1]
        )
        speaker = (speaker[0], cut) if cut > speaker[0] else None
    if speaker is not None and speaker[0] > anchor:
        speaker, _ = without_medium(ctx, speaker)
    told = None
    if speaker is not None and told_in_passive(ctx, cue, anchor):
        told, speaker = speaker, None  # "wurden die Anwohner gebeten, …": they are told
    scan = max(cue.last + 1, speaker[1] if speaker and speaker[0] > anchor else 0)
    # to the first clause mark after the frame
    j = scan
    while j < unit.end and tokens.words[j] not in CLAUSE_PUNCT:
        if j in ctx.masked:
            named = name_in_frame(ctx, j)
            if named is None:
                break
            j = named  # "laut „news.bbc.co.uk“ mit folgenden Worten: „…“"
            continue
        j += 1
    frame_stop = j
    addressee_ = (
        (participant(doc, *told) if told is not None else None)
        or frame_addressee(ctx, min(anchor, cue.index), frame_stop, clause_start)
        or object_addressee(ctx, cue, speaker, frame_stop)
        or an_addressee(ctx, cue, frame_stop)
        or (fronted_object(ctx, anchor, speaker) if object_told else None)
    )
    if j < unit.end and (j in ctx.masked or tokens.words[j] == ":"):
        follow = quotation_at(ctx, j if j in ctx.masked else j + 1)
        if follow is not None and j in ctx.masked and names_in_frame(doc, j, follow[1]):
            follow = None  # "im Gespräch mit der „Financial Times“": a name in the frame
        if follow is not None:
            drafts.append(
                Draft(
                    "direct",
                    follow[2].inner_start,
                    follow[2].inner_end,
                    cue,
                    speaker,
                    addressee=addressee_,
                    medium=cue.medium,
                )
            )
            return drafts, speaker
        if tokens.words[j] == ":" and has_content(ctx, cue, j + 1, unit.end):
            draft = content_draft(ctx, cue, j + 1, unit.end, speaker)
            if draft:
                draft.addressee = addressee_
                return [draft], speaker
    # "sagte X, ohne auf einen Vorfall zu verweisen, dass …": the content after the adjunct
    opens = after_purpose(ctx, j + 1) if j < unit.end and tokens.words[j] == "," else None
    if (
        opens is not None
        and not opens_coordinate(ctx, opens)
        and has_content(ctx, cue, opens, unit.end)
    ):
        draft = content_draft(ctx, cue, opens, before_closing_frame(ctx, opens), speaker)
        if draft:
            draft.addressee = addressee_
            return [draft], speaker
    if j >= unit.end - 1 and cue.verb is not None and "z" in cue.verb.complements:
        # "hatte angekündigt bei der Wahl erneut anzutreten" (no comma before the infinitive)
        last = unit.end - 1 if tokens.words[unit.end - 1] in CLAUSE_PUNCT else unit.end
        start = max(cue.last + 1, speaker[1] if speaker and speaker[0] > anchor else 0)
        if (
            last - start >= 3
            and zu_infinitive(tokens.words[last - 1])
            and tokens.words[last - 1] != "zu"
        ):
            draft = content_draft(ctx, cue, start, last, speaker)
            if draft:
                draft.addressee = addressee_
                return [draft], speaker
    # A prepositional object as content of a speech act aimed at someone: "warnte Russland
    # vor einer Aggression". Without an addressee it summarises the act ("warnte vor …"):
    # the component reports the whole clause.
    if cue.verb is not None and addressee_ is not None and is_personish(doc, speaker):
        for k in range(cue.index + 1, frame_stop):
            if tokens.words[k] in cue.verb.prepositions and k not in ctx.masked:
                end = clause_end(doc, k, unit.end, ctx.masked)
                if cue.particle is not None and cue.particle < end:
                    end = cue.particle
                if end - k >= 2:
                    start_char, end_char = token_chars(doc, k, end)
                    return [
                        Draft(
                            "indirect",
                            start_char,
                            end_char,
                            cue,
                            speaker,
                            addressee=addressee_,
                            medium=cue.medium,
                        )
                    ], speaker
    return [], speaker


#: what opens a second content of the same verb right after the conjunction
_CONTENT_AFTER_CONJUNCTION = frozenset({":", ",", "dass"})


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


def topic_clause(ctx: Context, start: int, end: int) -> bool:
    """Is ``[start, end)`` a fronted topic clause ("Was den Preis von Metallen betrifft")?
    It says what the content is about, not what was said."""
    tokens = token_table(ctx.doc)
    return (
        end - start >= 3
        and tokens.lower[start] == "was"
        and tokens.lower[end - 1] in lower_set("topic_verbs.txt")
    )


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


#: closed-class words the speaker and object tests read
PASSIVE = "passive_auxiliaries.txt"
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
