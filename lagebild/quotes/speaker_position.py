"""Where the speaker of a cue stands: the phrases around the finite verb.

Tests on token positions the attribution rules (:mod:`lagebild.quotes.attribution`) share:
the noun phrase before the verb (the German prefield), subjects with appositions or relative
clauses between them and the verb, the first of two names after the verb, and quotation
marks that enclose a name rather than speech.
"""

from __future__ import annotations

from spacy.tokens import Doc

from lagebild.entities.mention_index import entity_at, has_entities, mention_at
from lagebild.pipeline import doc_text
from lagebild.quotes.chunks import (
    CLAUSE_PUNCT,
    adjective_like_at,
    blank_at,
    capitalised_at,
    count_number_at,
    determiner_at,
    is_common_noun,
    is_determiner,
    name_apostrophe_at,
    name_particle_end_at,
    nominal_at,
    noun_phrase_at,
    place_link_at,
    pronoun_at,
    share_number_at,
    speech_form_at,
)
from lagebild.quotes.clauses import (
    RELATIVE,
    Context,
    name_like,
)
from lagebild.quotes.coordination import attribute_list_phrase, coordinated_phrase
from lagebild.quotes.lexicon import (
    function_words,
    is_role,
    is_speaker_group,
    lower_set,
    word_list,
)
from lagebild.quotes.token_table import TokenTable, token_table

FINITE_VERB_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
#: nominative pronouns: a subject right after the finite verb ("bezeichnete er")
NOMINATIVE_PRONOUNS = "nominative_pronouns.txt"
#: words that focus the subject after them ("Auch sie forderten …"), no adverb of their own
FOCUS_PARTICLES = "focus_particles.txt"


def oblique_at(table: TokenTable, i: int) -> bool:
    """A dative or accusative form opens the phrase at ``i`` ("den", "einem", "ihm"): an
    object, never the subject (``oblique_forms.txt``)."""
    return table.lower[i] in lower_set("oblique_forms.txt")


def noun_phrase_word(doc: Doc, i: int, masked: frozenset[int]) -> bool:
    return _noun_phrase_word(token_table(doc), i, masked)


def _noun_phrase_word(table: TokenTable, i: int, masked: frozenset[int]) -> bool:
    words = table.words
    text = words[i]
    if i in masked or text in {",", "(", ")", "-"} or determiner_at(table, i):
        return True
    if share_number_at(table, i):
        return True  # "25 Prozent der Befragten sagten"
    size = len(words)
    if count_number_at(table, i, size) or (blank_at(table, i) and 0 < i < size - 1):
        return True  # "15 weitere Abgeordnete erklärten"; "weitere  Abgeordnete"
    if pronoun_at(table, i) and (i + 1 >= size or table.tags[i + 1] in FINITE_VERB_TAGS):
        return True  # a pronoun subject right before the verb: "Auch sie forderten …"
    if name_particle_end_at(table, i, size) is not None or name_apostrophe_at(table, i):
        return True  # "Von der Leyen"
    if nominal_at(table, i) and not speech_form_at(table, i):
        return True
    if text in {"von", "des", "der", "vom"}:
        return True
    if place_link_at(table, i) and 0 < i < size - 1:
        # a place attribute inside the noun phrase: "Die Regierung in Peking"
        return nominal_at(table, i - 1) and nominal_at(table, i + 1)
    if (
        text == "und"
        and 0 < i < size - 1
        and nominal_at(table, i + 1)
        and (nominal_at(table, i - 1) or words[i - 1].endswith("-"))
    ):
        return True
    return adjective_like_at(table, i, size)


#: dashes that enclose an insertion: "Demirtas – dem die Immunität entzogen werden soll – hatte"
INSERTION_DASHES = frozenset({"–", "—", "-"})


def opening_dash(ctx: Context, anchor: int) -> int | None:
    """The dash that opens an insertion ending right before ``anchor`` ("X – … – sagte"), if
    the unit holds one before it; the subject stands before that dash."""
    words = token_table(ctx.doc).words
    closing = anchor - 1
    if closing <= ctx.unit.start or words[closing] not in INSERTION_DASHES:
        return None
    for k in range(closing - 1, ctx.unit.start, -1):
        if k in ctx.masked or words[k] in {".", ";", ":", "!", "?"}:
            return None
        if words[k] == words[closing]:
            return k
    return None


def prefield(ctx: Context, anchor: int) -> tuple[int, int] | None:
    """The phrase before the finite verb when it is a noun phrase (with appositions), also
    when an insertion between dashes separates the two."""
    opening = opening_dash(ctx, anchor)
    if opening is not None:
        return prefield(ctx, opening)
    table = token_table(ctx.doc)
    words, lower = table.words, table.lower
    classes = function_words()
    i = anchor - 1
    while (
        i > ctx.unit.start
        and (classes.get(lower[i]) == "adv" or lower[i] in lower_set(FOCUS_PARTICLES))
        and i not in table.person_names  # "Außenminister Kurz sagte"
        and _noun_phrase_word(table, i - 1, ctx.masked)
    ):
        anchor = i  # trailing adverbs: "Rjabkow seinerseits erklärte", "Pick selbst schreibt"
        i -= 1
    coordination = _coordinated_subject(ctx, anchor)
    if coordination is not None:
        return coordination
    while (
        i >= ctx.unit.start
        and _noun_phrase_word(table, i, ctx.masked)
        and words[i] not in {":", ";"}
    ):
        i -= 1
    start = i + 1
    if start > ctx.unit.start and lower[i] not in {
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
    if (
        start - 1 > ctx.unit.start
        and words[anchor - 1] == ","
        and words[i] not in {",", ":"}
        and not _frame_inserted(ctx, anchor)
    ):
        # "Er erlitt Schürfwunden und einen Schock, teilte die Polizei mit": the phrase after
        # "und" (or "auch") ends the clause before it; the comma closes that clause, not a
        # subject with its apposition, and the verb opens a closing frame
        return None
    while start < anchor and (words[start] == "," or lower[start] in lower_set(FOCUS_PARTICLES)):
        start += 1  # "Fast jeder Fünfte gab an": the particle stays out of the phrase
    if start >= anchor:
        return None
    if anchor - start == 1 and (determiner_at(table, start) or pronoun_at(table, start)):
        return (start, anchor)  # a demonstrative subject: "Diese bestätigte, …"
    phrase = noun_phrase_at(table, start, anchor, ctx.masked)
    if phrase is not None and phrase[1] < anchor and place_link_at(table, phrase[1]):
        # the whole prefield: "Der BBC-Korrespondent in Mexiko-Stadt, Will Grant, sagte"
        end = anchor
        while end > phrase[1] and words[end - 1] in {",", "-"}:
            end -= 1
        return (start, end)
    return phrase


def _frame_inserted(ctx: Context, anchor: int) -> bool:
    """The verb at ``anchor`` and its subject stand between commas before a finite verb:
    "und die Bestellungen, kritisiert er, seien geliefert worden" (the clause goes on)."""
    table = token_table(ctx.doc)
    comma = next(
        (k for k in range(anchor + 1, ctx.unit.end) if table.words[k] in {",", ".", ";", ":"}),
        None,
    )
    return (
        comma is not None
        and table.words[comma] == ","
        and comma + 1 < ctx.unit.end
        and table.tags[comma + 1] in FINITE_VERB_TAGS
    )


def _coordinated_subject(ctx: Context, anchor: int) -> tuple[int, int] | None:
    """A coordination that fills the prefield up to the verb: "Weder die G8, noch die EU
    erkennen …", "Auch Frankreich, Italien und Spanien kritisierten …"."""
    doc = ctx.doc
    lower = token_table(doc).lower
    start = ctx.unit.start
    focus = lower_set(FOCUS_PARTICLES)
    while start < anchor and lower[start] in focus:
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


def past_reflexive(ctx: Context, after: int) -> int:
    """Where the subject after a verb begins: past the verb's reflexive pronoun ("…,
    erinnerte sich Lejsek", "äußerte sich der Minister") or a dative pronoun before the
    subject ("…, sagte ihr der Minister")."""
    if after < ctx.unit.end and token_table(ctx.doc).lower[after] == "sich":
        return after + 1
    return after + 1 if dative_pronoun_before_subject(ctx, after) else after


#: pronouns that, right after the verb and before a subject, are its dative object
DATIVE_PRONOUNS = "dative_pronouns.txt"


def dative_pronoun_before_subject(ctx: Context, i: int) -> bool:
    """ "…, sagte ihm der Minister", "sagte uns Müller": a dative pronoun and then the
    subject. "ihr" only before an article: "erklärte ihr Sprecher" is possessive."""
    tokens = token_table(ctx.doc)
    if i + 1 >= ctx.unit.end or tokens.lower[i] not in lower_set(DATIVE_PRONOUNS):
        return False
    if i + 1 in ctx.masked or tokens.words[i + 1] in CLAUSE_PUNCT:
        return False
    if tokens.lower[i] == "ihr":
        return tokens.lower[i + 1] in lower_set("nominative_articles.txt")
    return noun_phrase_at(tokens, i + 1, ctx.unit.end, ctx.masked) is not None


def named_person(doc: Doc, span: tuple[int, int]) -> bool:
    """The phrase is a person the entity stage found."""
    if not has_entities(doc):
        return False
    tokens = token_table(doc)
    entity = entity_at(doc, tokens.offsets[span[0]], tokens.end_char(span[1] - 1))
    return entity is not None and entity.type == "PER"


def is_personish(doc: Doc, span: tuple[int, int] | None) -> bool:
    if span is None:
        return False
    table = token_table(doc)
    if span[1] - span[0] == 1 and pronoun_at(table, span[0]):
        return True
    if has_entities(doc):
        entity = entity_at(doc, table.offsets[span[0]], table.end_char(span[1] - 1))
        if entity is not None:
            return entity.type in {"PER", "ORG"}
    words = table.words
    for k in range(span[0], span[1]):
        if determiner_at(table, k) or not capitalised_at(table, k):
            continue
        # The head decides: the first noun-like word.
        word = words[k]
        return is_role(word) or is_speaker_group(word) or not is_common_noun(word)
    return False


def first_name(doc: Doc, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """Two names in a row after the verb are subject and object: "warnte Stoltenberg Russland"."""
    if span is None or span[1] - span[0] < 2 or not has_entities(doc):
        return span
    table = token_table(doc)
    offsets = table.offsets
    first = mention_at(doc, offsets[span[0]], table.end_char(span[0]))
    if first is None:
        return span
    entity, mention = first
    if mention.start != offsets[span[0]]:
        return span
    for k in range(span[0] + 1, span[1]):
        if offsets[k] >= mention.end:
            if table.end_char(k - 1) != mention.end:
                return span  # "NATO-Generalsekretär Jens Stoltenberg": a name inside a word
            other = mention_at(doc, offsets[k], table.end_char(k))
            if other is not None and other[0].id != entity.id and other[1].start == offsets[k]:
                return (span[0], k)
            return span
    return span


def after_colon_frame(ctx: Context, end: int) -> int:
    """Where content before a trailing frame starts: the unit's start, or the quotation that
    ends there when a colon frames it already ("X sagte: „…“, betont sie")."""
    tokens = token_table(ctx.doc)
    for first, last, _ in ctx.quotations:
        if last == end and first > ctx.unit.start and tokens.words[first - 1] == ":":
            return first
    return ctx.unit.start


def names_in_frame(doc: Doc, first: int, last: int) -> bool:
    """A quotation after a determiner or, short, right after a noun is a name in the frame:
    "der „Financial Times“", "meldete die Nachrichtenagentur „Xinhua“"."""
    tokens = token_table(doc)
    head = doc[first - 1]
    if is_determiner(head):
        return True
    # the quoted text between the marks, as ``doc[first + 1 : last - 1].text``
    inner = (
        doc_text(doc)[tokens.offsets[first + 1] : tokens.end_char(last - 2)]
        if last - first > 2
        else ""
    )
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
    tokens = token_table(ctx.doc)
    i = anchor + 1
    return i < ctx.unit.end and tokens.words[i] in word_list(NOMINATIVE_PRONOUNS)


def subject_with_apposition(ctx: Context, comma: int) -> tuple[int, int] | None:
    """The unit start up to ``comma`` when it opens with a noun phrase naming someone."""
    doc, start = ctx.doc, ctx.unit.start
    table = token_table(doc)
    phrase = noun_phrase_at(table, start, comma, ctx.masked)
    if phrase is None or not (is_personish(doc, phrase) or determiner_at(table, start)):
        return None
    if any(tag in {"VVFIN", "VAFIN", "VMFIN"} for tag in table.tags[start:comma]):
        return None  # a clause, not a subject with its apposition
    return (start, comma)


def wie_over_apposition(ctx: Context, clause_start: int, anchor: int) -> int:
    """ "Wie der Direktor, Smith Dharmmasaroj, mitteilte": "wie" before the apposition."""
    table = token_table(ctx.doc)
    words, lower, tags = table.words, table.lower, table.tags
    if lower[clause_start] == "wie":
        return clause_start
    for k in range(clause_start - 1, max(ctx.unit.start, anchor - 16) - 1, -1):
        if k in ctx.masked or tags[k] in {"VVFIN", "VAFIN", "VMFIN"} or words[k] in ".;:":
            break
        if lower[k] == "wie" and (k == ctx.unit.start or words[k - 1] == ","):
            return k
    return clause_start


def wie_subject_start(ctx: Context, wie: int, anchor: int) -> int:
    """Where the subject of a "wie" clause begins: past "aus"/"von" ("Wie aus
    Unternehmenskreisen verlautete"), and past an object pronoun before a noun phrase ("wie
    es die NASA bezeichnete", "wie uns die Philologen sagen")."""
    table = token_table(ctx.doc)
    first = wie + 1
    if table.lower[first] in {"aus", "von", "vom"}:
        return first + 1
    if any(table.words[k] in CLAUSE_PUNCT for k in range(first, anchor)):
        return first  # "wie es die Aufgaben bewältigt, sagte …": "es" is the subject there
    object_pronoun = table.lower[first] == "es" or dative_pronoun_before_subject(ctx, first)
    if object_pronoun and noun_phrase_at(table, first + 1, anchor, ctx.masked) is not None:
        return first + 1
    return first


def only_subject_between(ctx: Context, anchor: int, verb: int) -> bool:
    """Between auxiliary and participle stand no clause marks: "hatte X … erklärt"."""
    words = token_table(ctx.doc).words
    return anchor < verb and all(
        words[i] not in CLAUSE_PUNCT and i not in ctx.masked for i in range(anchor + 1, verb)
    )


def subject_before_relative(ctx: Context, anchor: int) -> tuple[int, int] | None:
    """The subject at the unit start when a relative clause stands between it and the verb."""
    doc, start = ctx.doc, ctx.unit.start
    table = token_table(doc)
    words = table.words
    if anchor - start < 4 or words[anchor - 1] != ",":
        return None
    phrase = noun_phrase_at(table, start, anchor, ctx.masked)
    if phrase is None or phrase[1] + 1 >= anchor or words[phrase[1]] != ",":
        return None
    if table.lower[phrase[1] + 1] not in RELATIVE | {"dem", "den", "deren", "dessen"}:
        return None
    if any(words[i] == "," for i in range(phrase[1] + 1, anchor - 1)):
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
    unit = ctx.unit
    table = token_table(ctx.doc)
    words, lower, tags = table.words, table.lower, table.tags
    start = anchor
    while start > unit.start and words[start - 1] not in CLAUSE_PUNCT:
        start -= 1
    if start == unit.start or words[start - 1] != "," or start + 1 >= anchor:
        return None
    if tags[start] in {"APPR", "APPRART"} and tags[start + 1] in RELATIVE_TAGS:
        k = start + 2
        if tags[start + 1] == "PRELAT":
            owned = noun_phrase_at(table, k, anchor, ctx.masked)  # "in dessen Rede"
            if owned is None:
                return None
            k = owned[1]
    elif tags[start] == "PRELS" and lower[start] in OBLIQUE_RELATIVES:
        k = start + 1
    else:
        return None
    oblique = lower_set("oblique_forms.txt")
    classes = function_words()
    while k < anchor and (
        k in ctx.masked or classes.get(lower[k]) == "adv" or tags[k] == "ADV" or lower[k] in oblique
    ):
        k += 1
    if k >= anchor or not (
        lower[k] in lower_set(NOMINATIVE_PRONOUNS)
        or lower[k] == "sie"
        or determiner_at(table, k)
        or capitalised_at(table, k)
    ):
        return None
    return noun_phrase_at(table, k, anchor, ctx.masked)
