"""Where a speech verb's clause stands: its finite verb (the auxiliary of "hat … erklärt"),
whether the cue may be a participle, and where a content clause after it ends before a
frame that closes the sentence."""

from __future__ import annotations

from spacy.tokens import Doc

from lagebild.pipeline import doc_words
from lagebild.quotes.chunks import CLAUSE_PUNCT
from lagebild.quotes.clauses import Context
from lagebild.quotes.cues import PHRASE_TOKENS, CueMatch
from lagebild.quotes.lexicon import lower_set, speech_verbs
from lagebild.quotes.speaker_position import FINITE_VERB_TAGS
from lagebild.quotes.token_table import token_table


def cue_anchor(ctx: Context, cue: CueMatch) -> int:
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


def may_be_participle(doc: Doc, cue: CueMatch) -> bool:
    """ "erklärt", "zitiert" are finite or participles: an auxiliary after them decides
    ("wie er erklärt hatte")."""
    tokens = token_table(doc)
    if not cue.finite:
        return True
    if not tokens.words[cue.index].endswith("t"):
        return False  # "berichten" is finite or an infinitive, never "berichten sind"
    return any(not form.finite for form in speech_verbs().get(tokens.lower[cue.index], ()))


def before_closing_frame(ctx: Context, start: int) -> int:
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
