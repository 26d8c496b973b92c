"""Drafts and the clause tests the attribution rules share.

A :class:`Draft` is a quote in the making (token ranges, the cue, the speaker phrase);
the helpers below decide whether a token range is a content clause (Konjunktiv, dass,
zu-infinitive, verb-second) and whether a quotation is someone's words or a quoted name.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from lagebild.model import Participant, QuoteKind
from lagebild.pipeline import doc_words
from lagebild.quotes.chunks import (
    CLAUSE_PUNCT,
    determiner_at,
    is_common_noun,
    is_determiner,
    is_nominal,
)
from lagebild.quotes.cues import CueMatch
from lagebild.quotes.direct import Quotation
from lagebild.quotes.lexicon import function_class, lower_set
from lagebild.quotes.mood import moods
from lagebild.quotes.narrator_reply import reply_start
from lagebild.quotes.readings import subjunctive_at
from lagebild.quotes.token_table import token_table
from lagebild.quotes.units import Unit
from lagebild.quotes.unsaid import unsaid_question

RELATIVE = frozenset({"der", "die", "das", "welcher", "welche"})
#: what :func:`strip_clause_punct` strips off a clause's ends
_CLAUSE_EDGES = CLAUSE_PUNCT | {"-"}


@dataclass
class Draft:
    kind: QuoteKind
    start: int  # char offsets of the content
    end: int
    cue: CueMatch | None
    speaker_span: tuple[int, int] | None  # tokens
    addressee: Participant | None = None
    medium: str = "speech"
    speaker: Participant | None = None
    quotations: list[Quotation] = field(default_factory=list)
    parent: Draft | None = None  # the quote a nested quoted phrase stands inside
    #: char ranges of the pieces around a frame inside the content; empty: one piece
    parts: list[tuple[int, int]] = field(default_factory=list)
    #: whether the speaker may go on speaking in the next sentences (not a passive's agent)
    anchors_chain: bool = True

    # Written out: mypyc compiles this one, where the dataclass's own ``__init__`` would be
    # interpreted Python (drafts are made by the thousand).
    def __init__(
        self,
        kind: QuoteKind,
        start: int,
        end: int,
        cue: CueMatch | None,
        speaker_span: tuple[int, int] | None,
        addressee: Participant | None = None,
        medium: str = "speech",
        speaker: Participant | None = None,
        quotations: list[Quotation] | None = None,
        parent: Draft | None = None,
        parts: list[tuple[int, int]] | None = None,
        anchors_chain: bool = True,
    ) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.cue = cue
        self.speaker_span = speaker_span
        self.addressee = addressee
        self.medium = medium
        self.speaker = speaker
        self.quotations = [] if quotations is None else quotations
        self.parent = parent
        self.parts = [] if parts is None else parts
        self.anchors_chain = anchors_chain


@dataclass(unsafe_hash=True)  # not frozen: its own __init__ sets the fields
class Context:
    doc: Doc
    unit: Unit
    masked: frozenset[int]
    quotations: tuple[tuple[int, int, Quotation], ...]  # token range and quotation

    def __init__(
        self,
        doc: Doc,
        unit: Unit,
        masked: frozenset[int],
        quotations: tuple[tuple[int, int, Quotation], ...],
    ) -> None:  # compiled by mypyc, unlike the dataclass's
        self.doc = doc
        self.unit = unit
        self.masked = masked
        self.quotations = quotations


def quotation_in(ctx: Context, start: int, end: int) -> Quotation | None:
    """The quotation that makes up (most of) the token range ``[start, end)``."""
    for first, last, quotation in ctx.quotations:
        if first == start and last >= end - 1:
            return quotation
    return None


def quotation_at(ctx: Context, i: int) -> tuple[int, int, Quotation] | None:
    for item in ctx.quotations:
        if item[0] == i:
            return item
    return None


def strip_clause_punct(doc: Doc, start: int, end: int) -> tuple[int, int]:
    tokens = token_table(doc)
    while end > start and tokens.words[end - 1] in _CLAUSE_EDGES:
        end -= 1
    while start < end and tokens.words[start] in _CLAUSE_EDGES:
        start += 1
    return start, end


def token_chars(doc: Doc, start: int, end: int) -> tuple[int, int]:
    tokens = token_table(doc)
    return tokens.offsets[start], tokens.offsets[end - 1] + len(tokens.words[end - 1])


def content_draft(
    ctx: Context, cue: CueMatch, start: int, end: int, speaker: tuple[int, int] | None
) -> Draft | None:
    doc = ctx.doc
    end = narrator_coordination(ctx, start, end)
    end = reply_start(doc, ctx.masked, start, end)
    start, end = strip_clause_punct(doc, start, end)
    if end - start < 2:
        return None
    quotation = quotation_in(ctx, start, end)
    if quotation is not None:
        return Draft(
            "direct", quotation.inner_start, quotation.inner_end, cue, speaker, medium=cue.medium
        )
    run = quotation_run(ctx, start, end)
    if run:
        # "„Das war falsch.“ „Wir bedauern es.“, so der Sprecher": one direct quote
        draft = Draft(
            "direct", run[0].inner_start, run[-1].inner_end, cue, speaker, medium=cue.medium
        )
        draft.parts = [(q.inner_start, q.inner_end) for q in run]
        return draft
    char_start, char_end = token_chars(doc, start, end)
    return Draft("indirect", char_start, char_end, cue, speaker, medium=cue.medium)


#: conjunctions that join a second verb phrase of the same subject ("…, und fügte hinzu")
COORDINATORS = frozenset({"und", "sowie"})
FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})


def narrator_coordination(ctx: Context, start: int, end: int) -> int:
    """Where the content gives way to the narrator's next verb phrase: "Er sagte, das sei
    falsch, und verließ den Saal" ends the content before ", und" + an indicative verb."""
    tokens = token_table(ctx.doc)
    doc, words = ctx.doc, doc_words(ctx.doc)
    for i in range(start + 1, end - 2):
        if words[i] != "," or i in ctx.masked or words[i + 1] not in COORDINATORS:
            continue
        verb = i + 2
        if (
            tokens.tags[verb] in FINITE_TAGS
            and "Ind" in moods(doc[verb])
            and tokens.words[verb + 1] not in CLAUSE_PUNCT | {".", "!", "?"}
            and not any(k in ctx.masked for k in range(i, verb + 1))
        ):
            return i
    return end


def quotation_run(ctx: Context, start: int, end: int) -> list[Quotation]:
    """The quotations that make up the token range ``[start, end)`` with nothing but
    punctuation between them; empty when any word stands outside a quotation."""
    run: list[Quotation] = []
    i = start
    while i < end:
        found = quotation_at(ctx, i)
        if found is not None:
            run.append(found[2])
            i = found[1]
        elif ctx.doc[i].is_punct:
            i += 1
        else:
            return []
    return run if len(run) > 1 else []


def zu_infinitive(word: str) -> bool:
    """ "zu" or an infinitive with "zu" inside ("einzutreten")."""
    return word == "zu" or (word[:1].islower() and word.endswith("en") and "zu" in word[2:-3])


def only_adverbial_clauses(ctx: Context, start: int, end: int) -> bool:
    """``[start, end)`` is an adverbial clause with at most its own dependent clauses, no main
    clause, and says nothing in Konjunktiv itself ("Während Atsumi betont, dass …, berichten
    Betroffene"): it is no content of the verb after it. Content are a fronted "dass"/"ob"
    clause, an adverbial clause in Konjunktiv ("Weil die Lage ernst sei, sagte er, …") and one
    before a main clause ("Wenn es Anhaltspunkte gebe, werde sie tätig, sagte Vestager")."""
    table = token_table(ctx.doc)
    first = table.lower[start]
    if (
        first not in lower_set("subordinating.txt")
        or first in lower_set("content_openers.txt")
        or table.tags[start] != "KOUS"  # "Seit dem 1. Jänner", "Als Inszenierung": no clause
    ):
        return False
    commas = [k for k in range(start + 1, end) if table.words[k] == "," and k not in ctx.masked]
    if not commas:
        return False
    if any(subjunctive_at(ctx.doc, k) for k in range(start + 1, commas[0])):
        return False
    return not any(
        k + 1 < end
        and (
            table.tags[k + 1] in FINITE_TAGS
            or (table.lower[k + 1] == "dann" and k + 2 < end and table.tags[k + 2] in FINITE_TAGS)
        )
        for k in commas
    )


def clause_like(ctx: Context, start: int, end: int) -> bool:
    """Content before a frame is a clause (finite verb or quotation), not an apposition."""
    tokens = token_table(ctx.doc)
    for i in range(start, end):
        token = ctx.doc[i]
        if i in ctx.masked:
            if not quoted_name(ctx, i):
                return True
        elif subjunctive_at(ctx.doc, i) or token.tag_ in {"VVFIN", "VAFIN", "VMFIN"}:
            return True
    return not any(tokens.tags[i] for i in range(start, end))  # untagged: trust the comma


def main_clause(doc: Doc, start: int, end: int) -> bool:
    """A verb-second clause (tagged): a finite verb within the first few words."""
    tokens = token_table(doc)
    if tokens.lower[start] in RELATIVE and _verb_second(doc, start, end):
        return True  # "sagte Rice, die USA hielten sich an …": an article, verb second
    if first_word_opens_subordinate(doc[start]) or opens_relative_phrase(doc, start, end):
        return False
    for i in range(start + 1, min(end, start + 7)):
        if tokens.tags[i] in {"VVFIN", "VAFIN", "VMFIN"}:
            return True
        if tokens.words[i] in {",", ":", ";"}:
            return False
    return False


def _verb_second(doc: Doc, start: int, end: int) -> bool:
    """A finite verb after "die USA" with more words before the clause ends (no verb-final)."""
    tokens = token_table(doc)
    for i in range(start + 2, min(end, start + 6)):
        if tokens.words[i] in CLAUSE_PUNCT:
            return False
        if tokens.tags[i] in {"VVFIN", "VAFIN", "VMFIN"}:
            return i + 1 < end and tokens.words[i + 1] not in CLAUSE_PUNCT
    return False


#: tags of a relative pronoun ("dem", "welchem") and a relative possessive ("dessen")
RELATIVE_PRONOUN_TAGS = frozenset({"PRELS", "PRELAT"})


def opens_relative_phrase(doc: Doc, start: int, end: int) -> bool:
    """A preposition with a relative pronoun opens a relative clause, not a verb-second
    clause: "…, bei welchem er sich eines Monsters annimmt", "…, mit dessen Hilfe …"."""
    tokens = token_table(doc)
    return (
        start + 1 < end
        and tokens.tags[start] == "APPR"
        and tokens.tags[start + 1] in RELATIVE_PRONOUN_TAGS
    )


def first_word_opens_subordinate(token: Token) -> bool:
    word = token.text.lower()
    if word in RELATIVE and token.tag_ == "ART":
        return False  # "sagte Rice, die USA hielten sich …": an article, no relative clause
    return (
        word in RELATIVE
        or word in lower_set("subordinating.txt")
        or token.tag_ in {"PRELS", "KOUS"}
    )


#: verbs whose indirect question ("ob", "wie", "wer" …) is no content (data file)
OPEN_QUESTION_VERBS = "open_question_verbs.txt"


def has_content(ctx: Context, cue: CueMatch, start: int, end: int) -> bool:
    """Is ``[start, end)`` the content clause the verb takes?"""
    tokens = token_table(ctx.doc)
    doc = ctx.doc
    comps = cue.verb.complements if cue.verb else frozenset({"k"})
    if start >= end or opens_relative_phrase(doc, start, end):
        return False  # "erinnerte an ein Treffen, bei dem sie …": a relative clause, no content
    first = tokens.lower[start]
    if first in lower_set("content_openers.txt") and "d" in comps:
        # "entscheiden, ob …": the question is open, nobody has said anything yet; so is
        # one under a denied verb ("Ob …, konnte man nicht sagen")
        if first == "dass":
            return True
        if cue.verb is not None and cue.verb.lemma in lower_set(OPEN_QUESTION_VERBS):
            return False
        return not unsaid_question(tokens, cue, start, end)
    unmasked = [i for i in range(start, end) if i not in ctx.masked]
    if "k" in comps and any(subjunctive_at(doc, i) for i in unmasked):
        return True
    if "z" in comps and any(zu_infinitive(tokens.words[i]) for i in unmasked):
        return True
    if "k" in comps and main_clause(doc, start, end):
        return True  # indicative reported speech: "sagte Rice, die USA halten sich an …"
    return quotation_in(ctx, start, end) is not None


def quoted_name(ctx: Context, i: int) -> bool:
    """Token ``i`` lies in a quotation after an article or preposition: "der „Inca“"."""
    item = next((q for q in ctx.quotations if q[0] <= i < q[1]), None)
    if item is None or item[0] == ctx.unit.start:
        return False
    word = ctx.doc[item[0] - 1]
    if is_nominal(word) and item[1] - item[0] <= 6:
        return True  # "der Organisation „Inca“": a name after its noun
    return is_determiner(word) or function_class(word.text) == "prep"


def quotation_opens_unit(ctx: Context, last: int) -> bool:
    """A quotation ends at token ``last`` and is the unit's content ("„…“, sagte er"), not
    a quoted name in the subject ("Vertreter der „Inca“, kommentierte")."""
    if last not in ctx.masked:
        return False
    item = next((q for q in ctx.quotations if q[0] <= last < q[1]), None)
    if item is None:
        return True
    return not quoted_name(ctx, item[0])


def name_in_frame(ctx: Context, i: int) -> int | None:
    """The token after a quoted name inside the frame ("laut „BBC“", "der „Zeit“"), or None."""
    tokens = token_table(ctx.doc)
    item = quotation_at(ctx, i)
    if item is None or i == 0:
        return None
    before = tokens.lower[i - 1]
    if not (determiner_at(tokens, i - 1) or function_class(before) == "prep" or before == "laut"):
        return None
    return item[1] if item[1] - item[0] <= 8 else None


def name_like(inner: str) -> bool:
    """A quoted name or title ("Financial Times", "Hvalur 9", "Gocta"), not someone's words."""
    words = [w.strip(".,;:!?()") for w in inner.split()]
    words = [w for w in words if w]
    if not words:
        return True
    if len(words) == 1:
        word = words[0]
        return ("." in word and len(word) > 4) or (word[:1].isupper() and not is_common_noun(word))
    return all(w[:1].isupper() or w[:1].isdigit() for w in words)
