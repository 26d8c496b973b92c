"""Where the speaker of a cue stands: the phrases around the finite verb.

Tests on token positions the attribution rules (:mod:`lagebild.quotes.attribution`) share:
the noun phrase before the verb (the German prefield), subjects with appositions or relative
clauses between them and the verb, the first of two names after the verb, and quotation
marks that enclose a name rather than speech.
"""

from __future__ import annotations

from spacy.tokens import Doc

from lagebild.entities.mention_index import entity_at, has_entities, mention_at
from lagebild.quotes.chunks import (
    CLAUSE_PUNCT,
    adjective_like,
    attribute_list_phrase,
    coordinated_phrase,
    is_capitalised,
    is_common_noun,
    is_determiner,
    is_name_apostrophe,
    is_nominal,
    is_pronoun,
    is_speech_form,
    name_particle_end,
    noun_phrase,
)
from lagebild.quotes.clauses import (
    RELATIVE,
    Context,
    name_like,
)
from lagebild.quotes.lexicon import (
    function_class,
    is_role,
    is_speaker_group,
    lower_set,
    word_list,
)

FINITE_VERB_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
#: nominative pronouns: a subject right after the finite verb ("bezeichnete er")
NOMINATIVE_PRONOUNS = "nominative_pronouns.txt"
#: words that focus the subject after them ("Auch sie forderten …"), no adverb of their own
FOCUS_PARTICLES = "focus_particles.txt"


def noun_phrase_word(doc: Doc, i: int, masked: frozenset[int]) -> bool:
    token = doc[i]
    if i in masked or token.text in {",", "(", ")", "-"} or is_determiner(token):
        return True
    if is_pronoun(token) and (i + 1 >= len(doc) or doc[i + 1].tag_ in FINITE_VERB_TAGS):
        return True  # a pronoun subject right before the verb: "Auch sie forderten …"
    if name_particle_end(doc, i, len(doc)) is not None or is_name_apostrophe(doc, i):
        return True  # "Von der Leyen"
    if is_nominal(token) and not is_speech_form(token):
        return True
    if token.text in {"von", "des", "der", "vom"}:
        return True
    if token.text in {"in", "aus"} and 0 < i < len(doc) - 1:
        # a place attribute inside the noun phrase: "Die Regierung in Peking"
        return is_nominal(doc[i - 1]) and is_nominal(doc[i + 1])
    if (
        token.text == "und"
        and 0 < i < len(doc) - 1
        and is_nominal(doc[i + 1])
        and (is_nominal(doc[i - 1]) or doc[i - 1].text.endswith("-"))
    ):
        return True
    return adjective_like(doc, i, len(doc))


def prefield(ctx: Context, anchor: int) -> tuple[int, int] | None:
    """The phrase before the finite verb when it is a noun phrase (with appositions)."""
    doc = ctx.doc
    i = anchor - 1
    while (
        i > ctx.unit.start
        and function_class(doc[i].text) == "adv"
        and noun_phrase_word(doc, i - 1, ctx.masked)
    ):
        anchor = i  # trailing adverbs: "Rjabkow seinerseits erklärte"
        i -= 1
    coordination = _coordinated_subject(ctx, anchor)
    if coordination is not None:
        return coordination
    while (
        i >= ctx.unit.start
        and noun_phrase_word(doc, i, ctx.masked)
        and doc[i].text not in {":", ";"}
    ):
        i -= 1
    start = i + 1
    if start > ctx.unit.start and doc[i].text.lower() not in {
        "und",
        "aber",
        "doch",
        ",",
        ":",
        "–",
        "-",
    } | lower_set(FOCUS_PARTICLES):
        # Walk back over a leading adverb ("Dagegen", "Zugleich") only: that is no noun phrase.
        return None
    while start < anchor and doc[start].text == ",":
        start += 1
    if start >= anchor:
        return None
    if anchor - start == 1 and (is_determiner(doc[start]) or is_pronoun(doc[start])):
        return (start, anchor)  # a demonstrative subject: "Diese bestätigte, …"
    phrase = noun_phrase(doc, start, anchor, ctx.masked)
    if phrase is not None and phrase[1] < anchor and doc[phrase[1]].text in {"in", "aus", "im"}:
        # the whole prefield: "Der BBC-Korrespondent in Mexiko-Stadt, Will Grant, sagte"
        end = anchor
        while end > phrase[1] and doc[end - 1].text in {",", "-"}:
            end -= 1
        return (start, end)
    return phrase


def _coordinated_subject(ctx: Context, anchor: int) -> tuple[int, int] | None:
    """A coordination that fills the prefield up to the verb: "Weder die G8, noch die EU
    erkennen …", "Auch Frankreich, Italien und Spanien kritisierten …"."""
    doc = ctx.doc
    start = ctx.unit.start
    while start < anchor and doc[start].text.lower() in lower_set(FOCUS_PARTICLES):
        start += 1
    if anchor - start < 3:
        return None
    found = coordinated_phrase(doc, start, anchor, ctx.masked)
    if found is None:
        # "Menschen in Ungarn, Österreich oder Deutschland begrüßen …": one subject, named by
        # its head ("Menschen"), not by the places of its attribute
        listed = attribute_list_phrase(doc, start, anchor, ctx.masked)
        found = (listed[0], listed[1]) if listed is not None and listed[2] == anchor else None
        return found
    return found if found[1] == anchor else None


def is_personish(doc: Doc, span: tuple[int, int] | None) -> bool:
    if span is None:
        return False
    tokens = list(doc[span[0] : span[1]])
    if len(tokens) == 1 and is_pronoun(tokens[0]):
        return True
    if has_entities(doc):
        entity = entity_at(doc, doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1].text))
        if entity is not None:
            return entity.type in {"PER", "ORG"}
    for token in tokens:
        if is_determiner(token) or not is_capitalised(token):
            continue
        # The head decides: the first noun-like word.
        return is_role(token.text) or is_speaker_group(token.text) or not is_common_noun(token.text)
    return False


def first_name(doc: Doc, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """Two names in a row after the verb are subject and object: "warnte Stoltenberg Russland"."""
    if span is None or span[1] - span[0] < 2 or not has_entities(doc):
        return span
    first = mention_at(doc, doc[span[0]].idx, doc[span[0]].idx + len(doc[span[0]].text))
    if first is None:
        return span
    entity, mention = first
    if mention.start != doc[span[0]].idx:
        return span
    for k in range(span[0] + 1, span[1]):
        if doc[k].idx >= mention.end:
            if doc[k - 1].idx + len(doc[k - 1].text) != mention.end:
                return span  # "NATO-Generalsekretär Jens Stoltenberg": a name inside a word
            token = doc[k]
            other = mention_at(doc, token.idx, token.idx + len(token.text))
            if other is not None and other[0].id != entity.id and other[1].start == token.idx:
                return (span[0], k)
            return span
    return span


def after_colon_frame(ctx: Context, end: int) -> int:
    """Where content before a trailing frame starts: the unit's start, or the quotation that
    ends there when a colon frames it already ("X sagte: „…“, betont sie")."""
    for first, last, _ in ctx.quotations:
        if last == end and first > ctx.unit.start and ctx.doc[first - 1].text == ":":
            return first
    return ctx.unit.start


def names_in_frame(doc: Doc, first: int, last: int) -> bool:
    """A quotation after a determiner or, short, right after a noun is a name in the frame:
    "der „Financial Times“", "meldete die Nachrichtenagentur „Xinhua“"."""
    head = doc[first - 1]
    if is_determiner(head):
        return True
    inner = doc[first + 1 : last - 1].text
    return (
        last - first <= 6
        and head.tag_ in {"NN", ""}
        and head.text[:1].isupper()
        and name_like(inner)  # "skandierten die Demonstranten „Stoppt den …“" is speech
    )


def pronoun_subject_after(ctx: Context, anchor: int) -> bool:
    """A nominative pronoun right after the finite verb is its subject ("bezeichnete er").

    "sie" may be the accusative object ("bezeichnete sie als Eingriff"), so it does not count.
    """
    i = anchor + 1
    return i < ctx.unit.end and ctx.doc[i].text in word_list(NOMINATIVE_PRONOUNS)


def subject_with_apposition(ctx: Context, comma: int) -> tuple[int, int] | None:
    """The unit start up to ``comma`` when it opens with a noun phrase naming someone."""
    doc, start = ctx.doc, ctx.unit.start
    phrase = noun_phrase(doc, start, comma, ctx.masked)
    if phrase is None or not (is_personish(doc, phrase) or is_determiner(doc[start])):
        return None
    if any(doc[i].tag_ in {"VVFIN", "VAFIN", "VMFIN"} for i in range(start, comma)):
        return None  # a clause, not a subject with its apposition
    return (start, comma)


def wie_over_apposition(ctx: Context, clause_start: int, anchor: int) -> int:
    """ "Wie der Direktor, Smith Dharmmasaroj, mitteilte": "wie" before the apposition."""
    doc = ctx.doc
    if doc[clause_start].text.lower() == "wie":
        return clause_start
    for k in range(clause_start - 1, max(ctx.unit.start, anchor - 16) - 1, -1):
        if k in ctx.masked or doc[k].tag_ in {"VVFIN", "VAFIN", "VMFIN"} or doc[k].text in ".;:":
            break
        if doc[k].text.lower() == "wie" and (k == ctx.unit.start or doc[k - 1].text == ","):
            return k
    return clause_start


def only_subject_between(ctx: Context, anchor: int, verb: int) -> bool:
    """Between auxiliary and participle stand no clause marks: "hatte X … erklärt"."""
    doc = ctx.doc
    return anchor < verb and all(
        doc[i].text not in CLAUSE_PUNCT and i not in ctx.masked for i in range(anchor + 1, verb)
    )


def subject_before_relative(ctx: Context, anchor: int) -> tuple[int, int] | None:
    """The subject at the unit start when a relative clause stands between it and the verb."""
    doc, start = ctx.doc, ctx.unit.start
    if anchor - start < 4 or doc[anchor - 1].text != ",":
        return None
    phrase = noun_phrase(doc, start, anchor, ctx.masked)
    if phrase is None or phrase[1] + 1 >= anchor or doc[phrase[1]].text != ",":
        return None
    if doc[phrase[1] + 1].text.lower() not in RELATIVE | {"dem", "den", "deren", "dessen"}:
        return None
    if any(doc[i].text == "," for i in range(phrase[1] + 1, anchor - 1)):
        return None  # more than one clause in between: no safe reading
    return phrase if is_personish(doc, phrase) else None


#: relative pronouns that cannot be the subject of their clause ("dem sie gesagt hatte")
OBLIQUE_RELATIVES = frozenset({"dem", "denen", "den"})
#: tags of a relative pronoun ("dem", "welchem") and a relative possessive ("dessen")
RELATIVE_TAGS = frozenset({"PRELS", "PRELAT"})


def subject_after_relative(ctx: Context, anchor: int) -> tuple[int, int] | None:
    """The subject of a verb-final relative clause whose pronoun is no subject: "…, bei dem
    sie gesagt hatte, …", "…, in dessen Rede der Minister erklärte, …", "…, dem er sagte, …".
    It is the first noun phrase after the relative pronoun (and its possessed noun), past
    adverbs and objects such as "ihm"."""
    doc, unit = ctx.doc, ctx.unit
    start = anchor
    while start > unit.start and doc[start - 1].text not in CLAUSE_PUNCT:
        start -= 1
    if start == unit.start or doc[start - 1].text != "," or start + 1 >= anchor:
        return None
    if doc[start].tag_ in {"APPR", "APPRART"} and doc[start + 1].tag_ in RELATIVE_TAGS:
        k = start + 2
        if doc[start + 1].tag_ == "PRELAT":
            owned = noun_phrase(doc, k, anchor, ctx.masked)  # "in dessen Rede"
            if owned is None:
                return None
            k = owned[1]
    elif doc[start].tag_ == "PRELS" and doc[start].text.lower() in OBLIQUE_RELATIVES:
        k = start + 1
    else:
        return None
    oblique = lower_set("oblique_forms.txt")
    while k < anchor and (
        k in ctx.masked
        or function_class(doc[k].text) == "adv"
        or doc[k].tag_ == "ADV"
        or doc[k].text.lower() in oblique
    ):
        k += 1
    if k >= anchor or not (
        doc[k].text.lower() in lower_set(NOMINATIVE_PRONOUNS)
        or doc[k].text.lower() == "sie"
        or is_determiner(doc[k])
        or is_capitalised(doc[k])
    ):
        return None
    return noun_phrase(doc, k, anchor, ctx.masked)
