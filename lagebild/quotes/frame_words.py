"""Noun and adjective frames: "die Forderung, die Bank zu boykottieren", "mit der Begründung,
dieses habe …", "die Annahme, dass …", "ist zuversichtlich, die Schweden schlagen zu können".

A noun of saying, thinking or deciding (with its genitive or "von" attribute), or a
predicative adjective of conviction, followed by a comma and a complement clause frames that
clause as reported content. Complements are a dass/ob clause, a zu-infinitive without a
finite verb, or a verb-second clause in Konjunktiv I. A relative clause ("die Forderung, die
er stellte") is none of these, so it frames nothing.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from functools import cache, lru_cache

from spacy.tokens import Doc, Token

from lagebild.model import Participant
from lagebild.pipeline import doc_words
from lagebild.quotes.chunks import (
    CLAUSE_PUNCT,
    capitalised_at,
    determiner_at,
    noun_phrase,
    pronoun_at,
)
from lagebild.quotes.clauses import (
    COORDINATORS,
    RELATIVE,
    Context,
    Draft,
    content_draft,
    zu_infinitive,
)
from lagebild.quotes.cues import CueMatch, clause_end
from lagebild.quotes.frames import verb_final_end
from lagebild.quotes.lexicon import function_class, speech_noun_medium, word_list
from lagebild.quotes.readings import present_subjunctive_at
from lagebild.quotes.speakers import participant
from lagebild.quotes.token_table import token_table
from lagebild.quotes.units import Unit

FRAME_NOUNS = "frame_nouns.txt"
FRAME_ADJECTIVES = "frame_adjectives.txt"
SUPPORT_VERBS = "support_verbs.txt"
ATTRIBUTE_OPENERS = "attribute_openers.txt"
FRAME_WORD_KINDS = frozenset({"noun", "adjective"})
COMPLEMENTIZERS = frozenset({"dass", "ob"})
FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
#: a Konjunktiv verb-second complement has its verb within this many words of its start
V2_REACH = 5
#: verb words that may close the frame's clause before the comma ("zurück", "gemacht hatte")
CLAUSE_TAIL_TAGS = frozenset(
    {"PTKVZ", "VVPP", "VVINF", "VAINF", "VAPP", "VMINF", "VAFIN", "VMFIN", "VVFIN"}
)
CLAUSE_TAIL = 3
BRACKET_REACH = 8
#: a compound ends in a frame noun only with at least this many letters before it
COMPOUND_HEAD = 3
#: and only in a frame noun of at least this many letters
COMPOUND_HEAD_MIN = 8
#: Where :func:`frame_word_positions` keeps a Doc's frame words (in ``Doc.user_data``).
FRAME_WORDS_KEY = "lagebild.quotes.frame_words"
#: words whose :func:`is_frame_noun` answer is kept: every word of a text is asked, and the
#: frequent ones again in every text
FRAME_NOUN_CACHE = 16_384


@cache
def _compound_heads() -> tuple[str, ...]:
    """The lower-cased frame nouns long enough to head a compound."""
    return tuple(n.lower() for n in word_list(FRAME_NOUNS) if len(n) >= COMPOUND_HEAD_MIN)


@lru_cache(maxsize=FRAME_NOUN_CACHE)
def is_frame_noun(word: str) -> bool:
    nouns = word_list(FRAME_NOUNS)
    if word in nouns:
        return True
    if not word[:1].isupper():
        return False
    low = word.lower()
    if not low.endswith(_compound_heads()):
        return False  # one test in C instead of the loop below, for the many other nouns
    # "Rücktrittsforderung": a compound is headed by its last part; a short head is too often
    # part of another word ("Dienstschluss", "Stundenplan")
    return any(
        len(noun) >= COMPOUND_HEAD_MIN
        and low.endswith(noun.lower())
        and len(word) - len(noun) >= COMPOUND_HEAD
        for noun in nouns
    )


def frame_word_positions(doc: Doc) -> list[int]:
    """The ascending indices of the Doc's words that are frame adjectives or may be frame
    nouns, found once per Doc (they depend on the words only): nearly every word is
    neither, and each distinct word is asked once."""
    words = doc_words(doc)
    found = doc.user_data.get(FRAME_WORDS_KEY)
    if found is not None and found[0] == len(words):
        return found[1]
    distinct = set(words)
    adjectives, nouns = word_list(FRAME_ADJECTIVES), word_list(FRAME_NOUNS)
    framing = (distinct & adjectives) | (distinct & nouns)
    # a compound frame noun has a head of COMPOUND_HEAD_MIN letters and COMPOUND_HEAD
    # before it: shorter words are frame nouns only when listed
    framing.update(
        word
        for word in distinct
        if len(word) >= COMPOUND_HEAD_MIN + COMPOUND_HEAD
        and word[:1].isupper()
        and is_frame_noun(word)
    )
    positions = [k for k, word in enumerate(words) if word in framing] if framing else []
    doc.user_data[FRAME_WORDS_KEY] = (len(words), positions)
    return positions


@cache
def _attribute_openers() -> frozenset[str]:
    return word_list(ATTRIBUTE_OPENERS) | word_list("genitive_determiners.txt")


def attribute_of(doc: Doc, i: int, end: int, masked: frozenset[int]) -> tuple[int, int] | None:
    """The genitive or "von" attribute right after the noun at ``i - 1``: "des Ministers",
    "von Politikern der SPD" (without "von")."""
    tokens = token_table(doc)
    if i >= end or i in masked:
        return None
    word = tokens.words[i]
    if word not in _attribute_openers():
        return None
    if function_class(word) == "prep":
        return noun_phrase(doc, i + 1, end, masked)  # "von Politikern der SPD"
    return noun_phrase(doc, i, end, masked)


def frame_end(doc: Doc, i: int, kind: str, end: int, masked: frozenset[int]) -> tuple[int, int]:
    """Where the frame word's phrase ends and where the comma before the complement should
    stand: after the noun's attribute (and its bracket, "des Ministers Gabriel (SPD)") come
    the verb words that close the clause ("mit der Begründung zurück, …", "die Vorgabe
    gemacht, dass …")."""
    tokens = token_table(doc)
    j = i + 1
    attribute = attribute_of(doc, j, end, masked) if kind == "noun" else None
    if attribute is not None:
        j = attribute[1]
        if j < end and tokens.words[j] == "(":
            close = next(
                (k for k in range(j, min(end, j + BRACKET_REACH)) if tokens.words[k] == ")"), None
            )
            j = close + 1 if close is not None else j
    # a noun opening its clause is its subject: the finite verb after it is the clause's
    # own verb ("Der Beschluss sieht vor, dass …"), not a verb-final tail
    opens_clause = (
        i == 0
        or tokens.words[i - 1] in CLAUSE_PUNCT
        or (determiner_at(tokens, i - 1) and (i == 1 or tokens.words[i - 2] in CLAUSE_PUNCT))
    )
    tags = CLAUSE_TAIL_TAGS - FINITE_TAGS if opens_clause else CLAUSE_TAIL_TAGS
    tail = j
    while tail < end and tail - j < CLAUSE_TAIL and tokens.tags[tail] in tags:
        tail += 1
    return j, tail


def complement_start(doc: Doc, start: int, end: int, masked: frozenset[int]) -> int | None:
    """``start`` when a complement clause opens there (see the module doc), else None."""
    tokens = token_table(doc)
    if start >= end or start in masked:
        return None
    if tokens.lower[start] in COMPLEMENTIZERS:
        return start if end - start >= 3 else None
    if zu_end(doc, start, end, masked) is not None:
        return start
    stop = clause_end(doc, start, end, masked)
    for k in range(start + 1, min(stop - 1, start + V2_REACH)):
        if tokens.tags[k] in FINITE_TAGS or present_subjunctive_at(doc, k):
            relative = tokens.lower[start] in RELATIVE and k == start + 1
            return start if present_subjunctive_at(doc, k) and not relative else None
    return None


def zu_end(doc: Doc, start: int, end: int, masked: frozenset[int]) -> int | None:
    """The end of a zu-infinitive clause from ``start`` ("die Bank zu boykottieren",
    "schlagen zu können"): no finite verb, the infinitive last."""
    tokens = token_table(doc)
    stop = clause_end(doc, start, end, masked)
    if stop - start < 2 or any(tokens.tags[k] in FINITE_TAGS for k in range(start, stop)):
        return None
    last = tokens.words[stop - 1]
    joined = zu_infinitive(last) and last != "zu"
    separate = tokens.words[stop - 2] == "zu" and last[:1].islower()
    return stop if joined or separate else None


def frame_word_cues(doc: Doc, unit: Unit, masked: frozenset[int]) -> list[CueMatch]:
    """Frame nouns and adjectives of the unit that a complement clause follows."""
    tokens = token_table(doc)
    cues = []
    adjectives = word_list(FRAME_ADJECTIVES)
    words = tokens.words
    positions = frame_word_positions(doc)
    first, last = bisect_left(positions, unit.start), bisect_left(positions, unit.end - 2)
    for i in positions[first:last]:
        if i in masked:
            continue
        word = words[i]
        if word in adjectives:
            kind = "adjective"
        elif is_frame_noun(word) and capitalised_at(tokens, i):
            kind = "noun"
        else:
            continue
        token = doc[i]
        _, comma = frame_end(doc, i, kind, unit.end, masked)
        if comma >= unit.end or tokens.words[comma] != ",":
            continue
        if _governed_by_subjunctive(doc, unit, i, masked):
            continue  # "So gebe es Hinweise, dass …": the sentence goes on someone's speech
        if complement_start(doc, comma + 1, unit.end, masked) is None:
            continue
        extra = (
            (i - 1,) if kind == "noun" and i > unit.start and determiner_at(tokens, i - 1) else ()
        )
        medium = speech_noun_medium(token.text) or ("thought" if kind == "adjective" else "speech")
        cues.append(CueMatch(kind, i, medium=medium, extra=extra))
    return cues


def _governed_by_subjunctive(doc: Doc, unit: Unit, i: int, masked: frozenset[int]) -> bool:
    """Whether the frame word's clause has a Konjunktiv I verb before it: then the frame is
    part of reported speech that the sentence continues, not a frame of its own."""
    tokens = token_table(doc)
    for k in range(i - 1, unit.start - 1, -1):
        if tokens.words[k] in CLAUSE_PUNCT or k in masked:
            return False
        if tokens.tags[k] in FINITE_TAGS:
            return present_subjunctive_at(doc, k)
    return False


def frame_word_drafts(
    ctx: Context,
    cue: CueMatch,
    verb: int | None,
    subject: tuple[int, int] | None,
    personish: bool,
) -> list[Draft]:
    """The complement clause as an indirect quote.

    The speaker is the noun's attribute, else the subject of its clause (``subject``,
    ``personish`` when it names someone), else the noun phrase itself ("die Annahme, …");
    an adjective needs a subject ("Es ist sicher, dass …" reports nobody's view). With a
    light verb the cue is the whole predicate ("hatte die Vorgabe gemacht").
    """
    tokens = token_table(ctx.doc)
    doc, unit = ctx.doc, ctx.unit
    attribute = attribute_of(doc, cue.index + 1, unit.end, ctx.masked)
    tail, comma = frame_end(doc, cue.index, cue.kind, unit.end, ctx.masked)
    start = comma + 1
    own = (cue.extra[0] if cue.extra else cue.index, cue.index + 1)
    verbs = (*([verb] if verb is not None else []), *range(tail, comma))
    support = any(doc[k].lemma_ in word_list(SUPPORT_VERBS) for k in verbs)
    if subject is not None and verbs and tokens.lower[subject[0]] == "es":
        # "gab es Hinweise, dass …": the existential "es gibt" is the cue, the noun the source
        verbs, support = (*verbs, subject[0]), False
    if subject is not None and (
        subject[0] <= cue.index < subject[1]
        or tokens.lower[subject[0]] == "es"
        # "37 Prozent sind der Auffassung": with a light verb the subject holds the view;
        # "Die Vergleiche reichten bis zu der Frage, ob …": a full verb needs a person
        or not (support or personish)
    ):
        subject = None
    if cue.kind == "adjective" and subject is None:
        return []
    speaker = (attribute if cue.kind == "noun" else None) or subject
    if support:
        cue = cue.with_extra((*cue.extra, *verbs))
    elif speaker is None and verbs:
        # "schloss mit dem Appell, …": the noun names the source, its verb is the cue
        cue = replace(cue, index=verbs[0], extra=verbs[1:])
    named = speaker is not None or bool(verbs)
    speaker = speaker or own
    if tokens.lower[start] in COMPLEMENTIZERS:
        end = verb_final_end(ctx, start + 1)
    else:
        end = zu_end(doc, start, unit.end, ctx.masked) or verb_final_end(ctx, start)
    draft = content_draft(ctx, cue, start, end, speaker)
    if draft is None or draft.kind != "indirect":
        return []
    if verb is not None and cue.kind == "noun":
        # "erteilte der Luftwaffe den Befehl, …", "wandte sich an seine Anhänger mit der
        # Aufforderung, …": the object between verb and noun
        after_subject = subject[1] if subject is not None and subject[0] > verb else verb + 1
        draft.addressee = recipient(ctx, after_subject, own[0])
    if not named:
        draft.cue = None  # "Die Annahme, dass …": the noun is the source, no act frames it
    return [draft]


def subordinate_complement(
    ctx: Context, cue: CueMatch, clause_start: int
) -> tuple[list[Draft], tuple[int, int] | None]:
    """The dass/ob clause after a speech verb in an adverbial clause: "Nachdem die Anwältin
    dem Richter mitgeteilt hatte, dass der Mann gesucht werde, …". The subject follows the
    conjunction."""
    tokens = token_table(ctx.doc)
    doc, unit = ctx.doc, ctx.unit
    stop = clause_end(doc, cue.last + 1, unit.end, ctx.masked)
    if (
        stop + 2 >= unit.end
        or tokens.words[stop] != ","
        or tokens.lower[stop + 1] not in COMPLEMENTIZERS
    ):
        return [], None
    speaker = noun_phrase(doc, clause_start + 1, cue.index, ctx.masked)
    draft = content_draft(ctx, cue, stop + 1, verb_final_end(ctx, stop + 2), speaker)
    if draft is None or draft.kind != "indirect":
        return [], speaker
    if speaker is not None:
        draft.addressee = recipient(ctx, speaker[1], cue.index)  # "dem Richter mitgeteilt"
    return [draft], speaker


def recipient(ctx: Context, start: int, stop: int) -> Participant | None:
    """The noun phrase that fills ``[start, stop)`` (adverbs aside) as whom the utterance
    is aimed at: the object of "erteilte der Luftwaffe den Befehl", "dem Richter mitgeteilt"."""
    doc = ctx.doc
    tokens = token_table(doc)
    while start < stop and _adverbial(doc[start]):
        start += 1
    while stop > start and _adverbial(doc[stop - 1]):
        stop -= 1
    if start >= stop:
        return None
    if not (
        determiner_at(tokens, start) or pronoun_at(tokens, start) or capitalised_at(tokens, start)
    ):
        return None
    phrase = noun_phrase(doc, start, stop, ctx.masked)
    rest = phrase[1] if phrase is not None else start + 1  # "den 140 Menschen": no chunk
    if any(determiner_at(tokens, k) or k in ctx.masked for k in range(rest, stop)):
        return None  # a second object: no one addressed
    # the phrase with its attribute up to the frame: "den 140 Menschen an Bord"
    return participant(doc, start, stop)


def _adverbial(token: Token) -> bool:
    """An adverb, a pronominal adverb or a reflexive ("zuletzt", "dafür", "sich"), or a
    preposition ("an seine Anhänger", the noun's own "mit der Aufforderung"): no part of the
    recipient phrase."""
    return function_class(token.text) == "adv" or token.tag_ in {"PROAV", "PRF", "APPR"}


def clause_verb(ctx: Context, i: int) -> int | None:
    """The finite verb before ``i`` in its clause: the frame word's governing verb."""
    tokens = token_table(ctx.doc)
    for k in range(i - 1, ctx.unit.start - 1, -1):
        if tokens.words[k] in CLAUSE_PUNCT | COORDINATORS or k in ctx.masked:
            return None
        if tokens.tags[k] in FINITE_TAGS:
            return k
    return None
