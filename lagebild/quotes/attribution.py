"""Attributing content to a cue: frame before, inside or after the content.

For each cue in a unit the rules find the speaker phrase (before or after the verb), the
content (a quotation, a Konjunktiv or dass-clause, a zu-infinitive, a prepositional
object) and whom it was said to. The result is a :class:`Draft` with token ranges; the
component turns drafts into :class:`~lagebild.model.Quote` records.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from lagebild.entities.mention_index import entity_at, has_entities
from lagebild.pipeline import doc_words
from lagebild.quotes.addressees import (
    an_addressee,
    dative_after_speaker,
    frame_addressee,
    fronted_object,
    medium_phrase,
    object_addressee,
    tells_object,
    told_in_passive,
    trailing_dative_medium,
)
from lagebild.quotes.chunks import (
    CLAUSE_PUNCT,
    adjective_like,
    blank_at,
    determiner_at,
    is_common_noun,
    nominal_at,
    noun_phrase,
    noun_phrase_after,
    noun_phrase_before,
    pronoun_at,
)
from lagebild.quotes.clauses import (
    RELATIVE,
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
from lagebild.quotes.cues import (
    PHRASE_TOKENS,
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
    function_words,
    is_role,
    is_speaker_group,
    lower_set,
    speech_verbs,
    word_list,
)
from lagebild.quotes.speaker_position import (
    FINITE_VERB_TAGS,
    after_colon_frame,
    first_name,
    is_personish,
    named_person,
    names_in_frame,
    oblique_at,
    only_subject_between,
    past_reflexive,
    prefield,
    pronoun_subject_after,
    subject_after_relative,
    subject_before_relative,
    subject_with_apposition,
    wie_over_apposition,
    wie_subject_start,
)
from lagebild.quotes.speakers import can_name_someone, participant
from lagebild.quotes.token_table import token_table
from lagebild.quotes.unsaid import unsaid_question

#: "als"/"seit"/"während" tagged as a preposition or comparison open no adverbial clause
PREPOSITION_TAGS = frozenset({"APPR", "KOKOM"})


def _choose_speaker(
    ctx: Context, anchor: int, after: int, object_told: bool = False
) -> tuple[int, int] | None:
    """Subject before the verb ("Sherman sagte") or after it ("sagte Sherman"). With
    ``object_told`` (a verb whose object is the addressee) a noun phrase before the verb is
    the subject and the one after it the object ("Die Polizei bat die Anwohner, …")."""
    tokens = token_table(ctx.doc)
    doc = ctx.doc
    after = past_reflexive(ctx, after)
    post = first_name(doc, noun_phrase_after(doc, after, ctx.unit.end, ctx.masked))
    if post is not None and tokens.lower[post[0]] in lower_set("oblique_forms.txt"):
        post = None  # "forderte den Rücktritt": an object, not the subject
    before = anchor - 1
    while before > ctx.unit.start and blank_at(tokens, before):
        before -= 1  # "… und  erklärt"
    coordinated = before >= ctx.unit.start and tokens.words[before] == "und"
    if (
        post is not None
        and pronoun_at(tokens, post[0])
        and tokens.lower[post[0]] not in {"ihr"}
        and not (coordinated and tokens.words[post[0]] == "sie")
    ):
        return post
    if _inserted_frame(ctx, anchor, post):
        return post  # "Husam, sagt ein Betreuer, habe …": the frame's own subject speaks
    inner = subject_after_relative(ctx, anchor)
    if inner is not None:
        return inner  # "…, bei dem sie gesagt hatte": the relative clause's own subject
    pre = prefield(ctx, anchor)
    if pre is not None and (
        not can_name_someone(doc, *pre) or (post and oblique_at(tokens, pre[0]))
    ):
        pre = None  # "Bislang", "Sinngemäß", "Den Anstieg bezifferte X": the subject follows
    if pre is None and coordinated:
        # "Die Opposition wies … zurück und bezeichnete sie als …": the first verb's subject
        first = noun_phrase(doc, ctx.unit.start, anchor, ctx.masked)
        if first is not None and tokens.tags[first[1]] in {"VVFIN", "VAFIN", "VMFIN"}:
            return first
        first = _first_conjunct_subject(ctx, anchor)
        if first is not None:
            return first
    relative = anchor - 1
    while relative > ctx.unit.start and function_words().get(tokens.lower[relative]) == "adv":
        relative -= 1  # "…, die auch angab"
    if (
        pre is None
        and relative > ctx.unit.start
        and tokens.lower[relative] in RELATIVE
        and tokens.words[relative - 1] == ","
    ):
        # a relative clause "…, der sagte" has its subject before the comma
        return noun_phrase_before(doc, relative - 1, ctx.unit.start, ctx.masked)
    if pre is None:
        return post
    if post is None:
        return pre
    if (
        object_told
        and tokens.lower[pre[0]] not in lower_set("oblique_forms.txt")  # "Dem STANDARD sagte"
        and not (pre[1] - pre[0] == 1 and determiner_at(tokens, pre[0]))  # "Das berichtete X"
        and not medium_phrase(ctx, pre)  # "Der englischsprachigen Zeitung sagte Karma"
        and not named_person(doc, post)  # "Das Beispiel hat Christoph Leitl erzählt"
    ):
        return pre
    if is_personish(doc, pre) or not is_personish(doc, post):
        return pre
    return post


def _first_conjunct_subject(ctx: Context, anchor: int) -> tuple[int, int] | None:
    """The subject of the first verb where the cue's verb follows it after "und" without a
    subject of its own, when that subject names someone: before the first verb over an
    adverb ("Merkel aber verteidigt den Aufwand und erklärt, …") or right after it ("Bei
    ihrer Ankunft verteilten die Piloten Abzeichen und erklärten, …")."""
    tokens = token_table(ctx.doc)
    doc = ctx.doc
    verb = next(
        (
            k
            for k in range(ctx.unit.start, anchor)
            if k not in ctx.masked and tokens.tags[k] in FINITE_VERB_TAGS
        ),
        None,
    )
    if verb is None or verb == ctx.unit.start:
        return None
    pre = prefield(ctx, verb)
    pointing_back = (
        pre is not None
        and pre[1] - pre[0] == 1
        and tokens.lower[pre[0]] in lower_set("demonstratives.txt")
    )
    if pre is not None and not pointing_back:
        return pre if _names_someone(doc, pre) else None
    if pre is None and tokens.tags[ctx.unit.start] not in {"APPR", "APPRART"}:
        # only after an adverbial phrase ("Bei ihrer Ankunft verteilten die …") or an
        # object pointing back ("Das teilte das Ministerium mit und erklärte, …")
        return None
    post = noun_phrase_after(doc, verb + 1, anchor, ctx.masked)
    if post is None or not _names_someone(doc, post):
        return None
    if not (determiner_at(tokens, post[1]) or tokens.tags[post[1]] in {"APPR", "APPRART"}):
        return None  # the object may have run into the phrase: "die Piloten X und Y Abzeichen"
    return post


def _without_medium(
    ctx: Context, speaker: tuple[int, int] | None
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The speaker phrase without a medium it speaks to at its end, and that medium ("sagte X
    der Zeitung": the paper listens); the phrase as it is and None where none ends it."""
    medium = trailing_dative_medium(ctx, speaker)
    if speaker is None or medium is None:
        return speaker, None
    return _before_comma(ctx, speaker[0], medium[0]), medium


def _before_comma(ctx: Context, start: int, end: int) -> tuple[int, int]:
    """``start``…``end`` without the commas that closed an apposition before ``end``."""
    words = token_table(ctx.doc).words
    while end - 1 > start and words[end - 1] == ",":
        end -= 1
    return (start, end)


def _names_someone(doc: Doc, span: tuple[int, int]) -> bool:
    """A person or body the entity stage found, or a role or group noun ("die
    Botschafterin", "die Piloten"); no pronoun nor demonstrative ("Sie", "Das" may stand for
    anyone, or be the object), nor a mere unknown word ("der Reputationscore")."""
    tokens = token_table(doc)
    if pronoun_at(tokens, span[0]) or (span[1] - span[0] == 1 and determiner_at(tokens, span[0])):
        return False
    if has_entities(doc):
        entity = entity_at(doc, tokens.offsets[span[0]], tokens.end_char(span[1] - 1))
        if entity is not None:
            return entity.type in {"PER", "ORG"}
    head = next(
        (k for k in range(*span) if not determiner_at(tokens, k) and nominal_at(tokens, k)), None
    )
    return head is not None and (
        is_role(tokens.words[head]) or is_speaker_group(tokens.words[head])
    )


def _before_closing_frame(ctx: Context, start: int) -> int:
    """The end of a content clause from ``start``: the unit's end, or the comma before a
    frame that closes the unit ("…, dass es weiterhin passiert, sagte Siebert."), which
    frames the whole sentence, this verb's content included, as someone's words."""
    tokens = token_table(ctx.doc)
    unit = ctx.unit
    last = unit.end - 1 if tokens.words[unit.end - 1] in {".", "!", "?"} else unit.end
    comma = next((k for k in range(last - 1, start, -1) if tokens.words[k] in CLAUSE_PUNCT), None)
    if comma is None or tokens.words[comma] != "," or comma + 2 >= last:
        return unit.end
    verb = comma + 1
    if verb in ctx.masked or tokens.tags[verb] not in FINITE_VERB_TAGS:
        return unit.end
    if not any(form.finite for form in speech_verbs().get(tokens.lower[verb], ())):
        return unit.end
    return comma


def _inserted_frame(ctx: Context, anchor: int, post: tuple[int, int] | None) -> bool:
    """ "Husam, sagt ein Betreuer, habe …": one phrase, a comma, the verb and its subject, a
    comma and the finite verb of the first phrase's clause. Not "X, Y, sagte Reuters, …"
    (a subject with its apposition, then the addressee)."""
    tokens = token_table(ctx.doc)
    start, end = ctx.unit.start, ctx.unit.end
    if post is None or anchor <= start or tokens.words[anchor - 1] != ",":
        return False
    if post[1] + 1 >= end or tokens.words[post[1]] != ",":
        return False
    if tokens.tags[post[1] + 1] not in FINITE_VERB_TAGS:
        return False
    return tokens.words[start : anchor - 1].count(",") == 0


def _anchor(ctx: Context, cue: CueMatch) -> int:
    """The finite verb of the cue's clause (the auxiliary for "hat … erklärt")."""
    tokens = token_table(ctx.doc)
    doc = ctx.doc
    forms = speech_verbs().get(tokens.lower[cue.index], ())
    if cue.finite and not any(not form.finite for form in forms):
        return cue.index  # "erklärt" may be a participle too: look for "hat"
    words = doc_words(doc)
    i = cue.index - 1
    while i >= ctx.unit.start and words[i] not in CLAUSE_PUNCT:
        if i in ctx.masked:
            first = i
            while first - 1 in ctx.masked:
                first -= 1
            if i - first >= PHRASE_TOKENS:
                break
            i = first - 1  # a quoted phrase in the clause: "hatte sie als „Gesindel“ bezeichnet"
            continue
        if words[i].lower() in lower_set("auxiliaries.txt") and words[i][:1].islower():
            return i
        if words[i].lower() in lower_set("causatives.txt") and forms:
            return i  # "ließ X verlauten"
        i -= 1
    return cue.index


def _may_be_participle(doc: Doc, cue: CueMatch) -> bool:
    """ "erklärt", "zitiert" are finite or participles: an auxiliary after them decides
    ("wie er erklärt hatte")."""
    tokens = token_table(doc)
    if not cue.finite:
        return True
    if not tokens.words[cue.index].endswith("t"):
        return False  # "berichten" is finite or an infinitive, never "berichten sind"
    return any(not form.finite for form in speech_verbs().get(tokens.lower[cue.index], ()))


def attribute(ctx: Context, cue: CueMatch) -> tuple[list[Draft], tuple[int, int] | None]:
    """Drafts for one cue, and the speaker phrase (also for speech acts without content)."""
    tokens = token_table(ctx.doc)
    if cue.kind in FRAME_WORD_KINDS:
        verb = clause_verb(ctx, cue.index)
        subject = _choose_speaker(ctx, verb, verb + 1) if verb is not None else None
        return frame_word_drafts(ctx, cue, verb, subject, is_personish(ctx.doc, subject)), None
    if cue.kind != "verb":
        return frame_drafts(ctx, cue), None
    doc, unit = ctx.doc, ctx.unit
    anchor = _anchor(ctx, cue)
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
        and _may_be_participle(doc, cue)
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
        speaker, _ = _without_medium(ctx, noun_phrase_after(doc, first, anchor, ctx.masked))
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
        speaker, medium = _without_medium(
            ctx, noun_phrase_after(doc, past_reflexive(ctx, anchor + 1), unit.end, ctx.masked)
        )
        end = before if tokens.words[before] == "," else before + 1
        start = after_colon_frame(ctx, end)
        if (
            clause_like(ctx, start, end)
            and not only_adverbial_clauses(ctx, start, end)
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
    speaker = relative_subject or subject or _choose_speaker(ctx, anchor, anchor + 1, object_told)
    if speaker is not None and cue.verb is not None and speaker[0] > anchor:
        # "sprach der Präsident von der Katastrophe": the verb's "von" ends the subject
        cut = next(
            (i for i in range(*speaker) if tokens.words[i] in cue.verb.prepositions), speaker[1]
        )
        speaker = (speaker[0], cut) if cut > speaker[0] else None
    if speaker is not None and speaker[0] > anchor:
        speaker, _ = _without_medium(ctx, speaker)
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
    if j < unit.end and tokens.words[j] == "," and has_content(ctx, cue, j + 1, unit.end):
        draft = content_draft(ctx, cue, j + 1, _before_closing_frame(ctx, j + 1), speaker)
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
    anchor = _anchor(ctx, cue)
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
