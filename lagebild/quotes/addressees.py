"""Whom reported speech is addressed to: "sagte der Zeitung", "appellierte an die Bürger"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lagebild.entities.mention_index import has_entities, mention_at
from lagebild.model import Participant
from lagebild.quotes.chunks import determiner_at, noun_phrase, pronoun_at
from lagebild.quotes.cues import WERDEN_FORMS, CueMatch, clause_end
from lagebild.quotes.lexicon import function_words, lower_set, word_list
from lagebild.quotes.sources import listed
from lagebild.quotes.speaker_position import dative_pronoun_before_subject, prefield
from lagebild.quotes.speakers import addressee, conversation_partner, participant
from lagebild.quotes.token_table import TokenTable, token_table

if TYPE_CHECKING:
    from lagebild.quotes.clauses import Context

#: media a speaker talks to ("sagte X der Zeitung"); "-zeitung" stands for an ending
DATIVE_MEDIA = "dative_media.txt"
#: who works for a medium: "der <medium>" after them is their employer
MEDIA_STAFF = "media_staff.txt"
#: speech verbs whose dative or accusative object is the addressee
ADDRESSEE_VERBS = "addressee_verbs.txt"


def tells_object(cue: CueMatch) -> bool:
    """The cue's verb tells its object: "sagte der Zeitung", "bat die Anwohner",
    "forderte die Bürger auf" (``addressee_verbs.txt``)."""
    return cue.verb is not None and cue.verb.lemma in lower_set(ADDRESSEE_VERBS)


def an_addressee(ctx: Context, cue: CueMatch, stop: int) -> Participant | None:
    """The "an"-object of "appellierte an private Fluglinien", "wandte sich an die Bürger"."""
    tokens = token_table(ctx.doc)
    if cue.verb is None or cue.verb.lemma not in lower_set("addressee_an_verbs.txt"):
        return None
    for i in range(cue.index + 1, stop):
        if tokens.words[i] == "an" and i != cue.particle:
            found = noun_phrase(ctx.doc, i + 1, stop, ctx.masked)
            return participant(ctx.doc, found[0], found[1]) if found else None
    return None


def object_addressee(
    ctx: Context,
    cue: CueMatch,
    speaker: tuple[int, int] | None,
    stop: int,
    start: int | None = None,
) -> Participant | None:
    """The object of "sagte der Zeitung", "forderte die Bürger auf" as the addressee."""
    tokens = token_table(ctx.doc)
    if cue.verb is None:
        return None
    dative_only = cue.verb.lemma in lower_set("dative_addressee_verbs.txt")
    if not dative_only and not tells_object(cue):
        return None
    doc = ctx.doc
    i = cue.index + 1 if start is None else start
    while i < stop:
        if speaker is not None and speaker[0] <= i < speaker[1]:
            i = speaker[1]
            continue
        if function_words().get(tokens.lower[i]) == "adv":
            i += 1
            continue
        if dative_only and tokens.lower[i] not in lower_set("dative_articles.txt"):
            return None  # "schlug ein Sondergericht vor": what is proposed, no addressee
        if determiner_at(tokens, i) or (
            pronoun_at(tokens, i) and tokens.lower[i] in {"ihm", "ihr", "ihnen"}
        ):
            found = noun_phrase(doc, i, stop, ctx.masked) or (i, i + 1)
            if cue.particle is not None and found[1] > cue.particle:
                found = (found[0], cue.particle)
            return participant(doc, found[0], found[1])
        if has_entities(doc) and tokens.words[i][:1].isupper():
            # a name without article: "warnte Stoltenberg Russland vor …"
            hit = mention_at(doc, tokens.offsets[i], tokens.offsets[i] + len(tokens.words[i]))
            if hit is not None and hit[1].start == tokens.offsets[i]:
                span = doc.char_span(hit[1].start, hit[1].end, alignment_mode="expand")
                if span is not None and span.end <= stop:
                    return participant(doc, span.start, span.end)
        return None
    return None


def frame_addressee(
    ctx: Context, start: int, end: int, clause_start: int | None = None
) -> Participant | None:
    """Whom the frame from the verb (``start``) to ``end`` speaks to; before the verb, from
    ``clause_start``, a conversation partner ("In einem Gespräch mit dem Minister wies er …
    zurück") or a "gegenüber" opening the clause ("Gegenüber NDR Info äußerte er sich"):
    inside the prefield it may compare ("Privat- gegenüber Kassenpatienten")."""
    found = addressee(ctx.doc, start, end, ctx.masked)
    if found is not None or clause_start is None or clause_start >= start:
        return found
    if token_table(ctx.doc).lower[clause_start] == "gegenüber":
        return addressee(ctx.doc, clause_start, start, ctx.masked)
    return conversation_partner(ctx.doc, clause_start, start, ctx.masked)


def medium_phrase(ctx: Context, span: tuple[int, int]) -> bool:
    """A phrase "der <medium>" ("Der englischsprachigen Zeitung sagte Karma: …"): before the
    verb, the medium the speaker talks to, not the speaker."""
    tokens = token_table(ctx.doc)
    return tokens.lower[span[0]] == "der" and any(
        listed(tokens.words[k], DATIVE_MEDIA) for k in range(span[0] + 1, span[1])
    )


def trailing_dative_medium(ctx: Context, speaker: tuple[int, int] | None) -> tuple[int, int] | None:
    """The medium a speaker talks to, at the end of a speaker phrase read after the verb or
    in a "wie" clause: "sagte ein Sprecher der Regierung der Nachrichtenagentur MTI", "wie
    Lockl der APA erläuterte" ("der" + adjectives + a medium + its name)."""
    if speaker is None:
        return None
    tokens = token_table(ctx.doc)
    words = tokens.words
    for k in range(speaker[0] + 1, speaker[1] - 1):
        if tokens.lower[k] != "der":
            continue
        m = k + 1
        while m < speaker[1] - 1 and (words[m][:1].islower() or tokens.tags[m] == "ADJA"):
            m += 1  # "der ungarischen Nachrichtenagentur", "der Passauer Neuen Presse"
        if (
            listed(words[m], DATIVE_MEDIA)
            and not listed(words[k - 1], MEDIA_STAFF)  # "eine Reporterin der AFP"
            and _medium_name_runs_on(tokens, m + 1, speaker[1])
        ):
            return (k, speaker[1])
    return None


#: prepositions of an issue's date after a medium ("der Bild-Zeitung vom Montag")
_ISSUE_DATE = frozenset({"vom", "am"})


def _medium_name_runs_on(tokens: TokenTable, start: int, end: int) -> bool:
    """Do the words ``[start, end)`` after a medium's head name it ("Nachrichtenagentur
    MTI") or date its issue ("der Bild-Zeitung vom Montag"), with nothing else after?"""
    k = start
    while k < end and tokens.words[k][:1].isupper():
        k += 1
    return k == end or (tokens.lower[k] in _ISSUE_DATE and k + 2 == end)


def dative_after_speaker(
    ctx: Context, cue: CueMatch, speaker: tuple[int, int] | None, stop: int
) -> Participant | None:
    """The dative after a closing frame's speaker: "…, sagte UNMISS-Vertreter Toby Lanzer dem
    Fernsehsender „Al Jazeera“". Only "dem"/"einem": a "der" there may still be a genitive of
    the speaker phrase ("der Pressesprecher des Ministeriums"), a "den" the verb's object."""
    i = cue.last + 1
    if speaker is not None and speaker[0] == i + 1 and dative_pronoun_before_subject(ctx, i):
        return participant(ctx.doc, i, i + 1)  # "…, sagte ihm der Minister"
    found = object_addressee(ctx, cue, speaker, stop)
    if found is None or found.start is None:
        return None
    first = ctx.doc.text[found.start : found.end].split(maxsplit=1)[0].lower()
    return found if first in {"dem", "einem"} else None


def fronted_object(
    ctx: Context, anchor: int, speaker: tuple[int, int] | None
) -> Participant | None:
    """An object before the verb of a verb that tells it, the subject after the verb: "Den
    Internationalen Währungsfonds forderte er auf, …", "Der Zeitung sagte Karma: …"."""
    if speaker is None or speaker[0] < anchor:
        return None
    pre = prefield(ctx, anchor)
    if pre is None or not (
        token_table(ctx.doc).lower[pre[0]] in lower_set("oblique_forms.txt")
        or medium_phrase(ctx, pre)  # "Der englischsprachigen Zeitung sagte Karma: …"
    ):
        return None
    return participant(ctx.doc, pre[0], pre[1])


def told_in_passive(ctx: Context, cue: CueMatch, anchor: int) -> bool:
    """The cue is the participle of a verb whose object is the addressee, with "werden": "Die
    Anwohner wurden gebeten, …", "wurden die Anwohner aufgefordert": the subject is told."""
    tokens = token_table(ctx.doc)
    return (
        tells_object(cue)
        and anchor != cue.index
        and tokens.tags[cue.index] == "VVPP"
        and tokens.lower[anchor] in lower_set(WERDEN_FORMS)
    )


def reported_addressee(
    ctx: Context, cue: CueMatch, speaker: tuple[int, int] | None
) -> Participant | None:
    """Whom a speech act summarised by its object is aimed at: the person object of "warf der
    SPD Versagen vor", "forderte die Parteien auf" (``person_object_verbs.txt``; not the thing
    of "forderte den Rücktritt"), the "von" of "fordert von der Regierung eine Untersuchung",
    the partner of "in einem Gespräch mit dem Minister"."""
    if cue.verb is None:
        return None
    tokens = token_table(ctx.doc)
    stop = clause_end(ctx.doc, cue.index + 1, ctx.unit.end, ctx.masked)
    if cue.particle is not None:
        stop = max(stop, cue.particle)
    lemma = cue.verb.lemma
    if lemma in word_list("person_object_verbs.txt"):
        first = cue.index + 1
        if speaker is not None and speaker[1] < cue.index:
            first = speaker[1]  # "X hat Deutschland … vorgeworfen": past the auxiliary
            if tokens.lower[first] in lower_set("auxiliaries.txt"):
                first += 1
        told = object_addressee(ctx, cue, speaker, cue.index if first < cue.index else stop, first)
        return _before_second_noun(ctx, told)
    if lemma in word_list("von_addressee_verbs.txt"):
        i = cue.index + 1
        while i < stop and (
            function_words().get(tokens.lower[i]) == "adv"
            or (speaker is not None and speaker[0] <= i < speaker[1])
        ):
            i += 1  # right after the verb: not "forderte den Rücktritt von Pierer"
        if i < stop and tokens.lower[i] == "von" and i not in ctx.masked:
            asked = noun_phrase(ctx.doc, i + 1, stop, ctx.masked)
            return participant(ctx.doc, asked[0], asked[1]) if asked else None
    return conversation_partner(ctx.doc, ctx.unit.start, stop, ctx.masked)


def _before_second_noun(ctx: Context, found: Participant | None) -> Participant | None:
    """ "wirft dem Justizminister Einmischung vor": the chunker joins the dative and the
    bare accusative noun after it; the addressee ends before a common noun after a noun."""
    if found is None or found.start is None or found.end is None:
        return found
    doc = ctx.doc
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None:
        return found
    for k in range(2, len(span)):
        if span[k - 1].tag_ == "NN" and span[k].tag_ == "NN":
            return participant(doc, span.start, span.start + k)
    return found
