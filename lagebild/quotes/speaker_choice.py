"""Choosing the speaker phrase of a speech verb: the subject before the verb ("Sherman
sagte") or after it ("sagte Sherman"), the subject of a first conjunct or of a frame
inserted into the content, and a medium the speaker speaks to cut off its end."""

from __future__ import annotations

from spacy.tokens import Doc

from lagebild.entities.mention_index import entity_at, has_entities
from lagebild.quotes.addressees import medium_phrase, trailing_dative_medium
from lagebild.quotes.chunks import (
    blank_at,
    determiner_at,
    nominal_at,
    noun_phrase,
    noun_phrase_after,
    noun_phrase_before,
    pronoun_at,
)
from lagebild.quotes.clauses import RELATIVE, Context
from lagebild.quotes.lexicon import function_words, is_role, is_speaker_group, lower_set
from lagebild.quotes.speaker_names import can_name_someone
from lagebild.quotes.speaker_position import (
    FINITE_VERB_TAGS,
    first_name,
    is_personish,
    named_person,
    oblique_at,
    past_reflexive,
    prefield,
    subject_after_relative,
)
from lagebild.quotes.token_table import token_table


def choose_speaker(
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
        not can_name_someone(doc, pre[0], pre[1]) or (post and oblique_at(tokens, pre[0]))
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


def without_medium(
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
        (
            k
            for k in range(span[0], span[1])
            if not determiner_at(tokens, k) and nominal_at(tokens, k)
        ),
        None,
    )
    return head is not None and (
        is_role(tokens.words[head]) or is_speaker_group(tokens.words[head])
    )


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
