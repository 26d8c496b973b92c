"""Quoted phrases inside sentences: the speaker's own words in a speech act's sentence
("bezeichnete ihn als „Gesindel“") and inside reported speech ("sagte, der Plan sei
„kritisch“"), told apart from quoted names and titles ("die Zeitung „Le Monde“")."""

from __future__ import annotations

from spacy.tokens import Doc

from lagebild.entities.mention_index import mention_at
from lagebild.model import Participant
from lagebild.pipeline import doc_text
from lagebild.quotes.chunks import is_determiner
from lagebild.quotes.clauses import Draft, name_like
from lagebild.quotes.cues import CueMatch
from lagebild.quotes.direct import Quotation
from lagebild.quotes.lexicon import word_list
from lagebild.quotes.units import Unit


def token_at(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def quoted_in_speech_act(
    doc: Doc,
    spans: list[tuple[int, int, Quotation]],
    drafts: list[Draft],
    speech_acts: list[tuple[Unit, CueMatch, Participant]],
) -> list[Draft]:
    """Quoted words in the sentence of a speech verb, outside any content clause.

    "Er bezeichnete den Anschlag als „Akt des Verbrechertums“", "sprach von „…“": the
    quotation is the speaker's own words, framed by that verb.
    """
    result: list[Draft] = []
    for first, _last, quotation in spans:
        if any(d.start <= quotation.inner_start and quotation.inner_end <= d.end for d in drafts):
            continue
        if names_something(doc, quotation) or in_speaker(doc, quotation, drafts):
            continue
        # the nearest speech verb before the quotation in its sentence, else the one after
        # it ("Von einer „gezielten Indiskredition“ sprach der Politiker")
        in_unit = [
            (cue, person) for unit, cue, person in speech_acts if unit.start <= first < unit.end
        ]
        act = next(
            (act for act in reversed(in_unit) if act[0].index < first),
            next(iter(in_unit), None) if characterises(doc, first) else None,
        )
        if act is None:
            continue
        cue, person = act
        result.append(
            Draft(
                "direct",
                quotation.inner_start,
                quotation.inner_end,
                cue,
                None,
                medium=cue.medium,
                speaker=person,
            )
        )
    return result


def characterises(doc: Doc, first: int) -> bool:
    """The quotation is what something is called: after "als" or "von (einer)" ("als
    „falsch“ zurückgewiesen", "Von einer „Indiskredition“ sprach …")."""
    before = doc[first - 1] if first > 0 else None
    if before is None:
        return False
    if before.text.lower() in {"als", "vom"}:
        return True
    return first > 1 and is_determiner(before) and doc[first - 2].text.lower() == "von"


def names_something(doc: Doc, quotation: Quotation) -> bool:
    """A quoted name or title: by its words, or because the entity component reads it as a
    name ("Le Canard enchaîné", "Hvalur hf")."""
    start, end = quotation.inner_start, quotation.inner_end
    if after_head_noun(doc, quotation):
        return True
    if name_like(doc_text(doc)[start:end]) and not characterises(
        doc, token_at(doc, quotation.start)
    ):
        return True  # "als „Unsensibilität“ bezeichnet": a word of the speaker's, no name
    found = mention_at(doc, start, end)
    return found is not None and found[1].start <= start and end <= found[1].end + 1


def in_speaker(doc: Doc, quotation: Quotation, drafts: list[Draft]) -> bool:
    """The quotation is part of a speaker phrase: "Wie „heise online“ berichtet", "die
    Organisation „Reporter ohne Grenzen“ kritisierte"."""
    for draft in drafts:
        if draft.speaker_span is None:
            continue
        first, last = draft.speaker_span
        if first < last and doc[first].idx <= quotation.inner_start < doc[last - 1].idx + len(
            doc[last - 1]
        ):
            return True
    return False


def after_head_noun(doc: Doc, quotation: Quotation) -> bool:
    """A short capitalised quotation right after a common noun is that noun's name:
    "die Nachrichtenagentur „Xinhua“", "die Online-Ausgabe des „Spiegel“"."""
    inner = doc_text(doc)[quotation.inner_start : quotation.inner_end]
    words = inner.split()
    if not words or len(words) > 4 or not words[0][:1].isupper():
        return False
    before = doc.char_span(quotation.start, quotation.start + 1, alignment_mode="expand")
    if before is None or before.start == 0:
        return False
    head = doc[before.start - 1]
    if head.text.lower() in word_list("genitive_links.txt") and before.start > 1:
        head = doc[before.start - 2]  # "die Online-Ausgabe des „Spiegel“"
    return head.tag_ in {"NN", ""} and head.text[:1].isupper()  # untagged: trust the case


def nested_direct(
    doc: Doc, spans: list[tuple[int, int, Quotation]], drafts: list[Draft]
) -> list[Draft]:
    """Quoted phrases inside reported speech: direct quotes nested in the quote around them.

    "Er sagte, der Plan sei „kritisch“" holds an indirect quote and, inside it, the
    speaker's own word as a direct quote with the same speaker and cue.
    """
    result: list[Draft] = []
    for _first, _last, quotation in spans:
        parent = next(
            (
                d
                for d in drafts
                if d.kind != "direct"
                and d.start <= quotation.start
                and quotation.end <= d.end + 1
                and (d.start, d.end) != (quotation.inner_start, quotation.inner_end)
            ),
            None,
        )
        if parent is None or names_something(doc, quotation) or in_speaker(doc, quotation, drafts):
            continue
        result.append(
            Draft(
                "direct",
                quotation.inner_start,
                quotation.inner_end,
                parent.cue,
                parent.speaker_span,
                addressee=parent.addressee,
                medium=parent.medium,
                speaker=parent.speaker,
                parent=parent,
            )
        )
    return result
