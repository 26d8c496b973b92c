"""Interviews printed as turns: "STANDARD: Kann Europa …? Jagland: Absolut. … Ich glaube, …".

Each turn opens with a label, a name and a colon at a sentence start. When two labels
recur, one of them a person the entity stage knows (the interviewee, "Jagland" for
"Thorbjørn Jagland"), the first person of an answer is that person, not whoever was named
last; and a new turn ends the speech chain of the turn before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from lagebild.entities.mention_index import mention_at
from lagebild.model import Entity, Participant
from lagebild.pipeline import doc_text
from lagebild.quotes.lexicon import word_list

#: a turn label: one or two capitalised words and a colon, at the text or a sentence start
LABEL = re.compile(r"(?:^|(?<=[.!?…\"“”»«]\s))([A-ZÄÖÜ][\w\-’']*(?: [A-ZÄÖÜ][\w\-’']*)?):\s")
#: what ends every label: :func:`label_matches` tries LABEL only before these
LABEL_END = re.compile(r":\s")
#: a run of the characters of LABEL's words, matched in the reversed text
_WORD_BACKWARDS = re.compile(r"[\w\-’']*")
#: how often a label must recur to mark turns (a single "Name:" is a colon frame)
MIN_TURNS = 2
#: the labels of the one who asks (data file): "STANDARD", "Frage"
INTERVIEWER_LABELS = "interviewer_labels.txt"
#: the labels of the one who answers where they name no one (data file): "Antwort"
ANSWER_LABELS = "answer_labels.txt"
#: the pronouns that name the one who answers
FIRST_PERSON = frozenset({"ich"})


@dataclass(frozen=True)
class Turn:
    start: int  # char offset of the label
    end: int  # char offset of the next turn's label, or the text's end
    answer: Entity | None  # the interviewee, for an answer turn


@dataclass(frozen=True)
class LabelAt:
    start: int  # char offset of the label
    end: int  # char offset of the label's end (before its colon)
    content: int  # char offset after "LABEL: "
    label: str


def recurring_labels(text: str) -> tuple[list[LabelAt], set[str]]:
    """The turn labels at sentence starts and those of them that recur (``MIN_TURNS``);
    nothing for a text with too few colons to hold two recurring labels (most texts)."""
    if text.count(":") < MIN_TURNS * 2:
        return [], set()
    found = [LabelAt(m.start(1), m.end(1), m.end(0), m.group(1)) for m in label_matches(text)]
    found = _by_surname(found)
    counts: dict[str, int] = {}
    for at in found:
        counts[at.label] = counts.get(at.label, 0) + 1
    return found, {label for label, n in counts.items() if n >= MIN_TURNS}


def label_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``LABEL.finditer(text)``, found from each ":" and space back: a label
    is one or two words right before its colon, so it can start only where one of these
    words starts. Trying LABEL there spares the scan of every position of the text."""
    backwards = text[::-1]
    for end in LABEL_END.finditer(text):
        second = _word_start(backwards, end.start())
        first = second
        if text[second - 1 : second] == " ":
            first = _word_start(backwards, second - 1)  # "Eva Glawischnig: …"
        match = LABEL.match(text, first) or LABEL.match(text, second)
        if match is not None:
            yield match


def _word_start(backwards: str, end: int) -> int:
    """Where the run of label characters that ends before character ``end`` starts
    (``end`` itself where none ends there); ``backwards`` is the text reversed."""
    at = len(backwards) - end
    run = _WORD_BACKWARDS.match(backwards, at)
    return end - (run.end() - at) if run is not None else end


def _by_surname(found: list[LabelAt]) -> list[LabelAt]:
    """A full name that labels the first answer ("Eva Glawischnig: …") is the same turn label
    as the surname of the later ones ("Glawischnig: …")."""
    single = {at.label for at in found if " " not in at.label}
    return [
        replace(at, label=at.label.rsplit(" ", 1)[1])
        if " " in at.label and at.label.rsplit(" ", 1)[1] in single
        else at
        for at in found
    ]


def interview_turns(doc: Doc) -> list[Turn]:
    """The turns of an interview, in text order; [] for a text that is none."""
    text = doc_text(doc)
    found, recurring = recurring_labels(text)
    labels = [(at.start, at.end, at.label) for at in found]
    if len(recurring) < 2:
        return []  # no dialogue: a list of "Tore:", "Minute:" lines, or one colon frame
    people = {label: _person(doc, label, labels) for label in recurring}
    if not any(people.values()):
        # "Frage: … Antwort: …": the answers are the one person the lead names, if any
        asking, answering = word_list(INTERVIEWER_LABELS), word_list(ANSWER_LABELS)
        if not recurring & asking or not recurring - asking <= answering:
            return []  # someone must answer: a person, not only "STANDARD" or "Frage"
        lead = _lead_person(doc, labels[0][0])
        if lead is None:
            return []  # a list of questions and answers, no interview
        people = {label: None if label in asking else lead for label in recurring}
    kept = [(start, label) for start, _, label in labels if label in recurring]
    return [
        Turn(start, kept[k + 1][0] if k + 1 < len(kept) else len(text), people[label])
        for k, (start, label) in enumerate(kept)
    ]


def _person(doc: Doc, label: str, labels: list[tuple[int, int, str]]) -> Entity | None:
    """The person a label names: the entity of its mentions, or the one whose name ends in
    it ("Jagland" for "Thorbjørn Jagland")."""
    for start, end, text in labels:
        found = mention_at(doc, start, end) if text == label else None
        if found is not None and found[0].type == "PER":
            return found[0]
    return next(
        (
            e
            for e in doc._.entities or []
            if e.type == "PER" and e.name.split()[-1:] == label.split()[-1:]
        ),
        None,
    )


def _lead_person(doc: Doc, first_label: int) -> Entity | None:
    """The one person named before the first turn ("Projektchef Chris Urmson über …"); None
    where the lead names none or several (a list of questions and answers, no interview)."""
    named = {
        e.id: e
        for e in doc._.entities or []
        if e.type == "PER" and any(m.start < first_label for m in e.mentions)
    }
    return next(iter(named.values())) if len(named) == 1 else None


def turn_starts(turns: list[Turn]) -> frozenset[int]:
    return frozenset(turn.start for turn in turns)


def interviewee_speaker(
    doc: Doc, turns: list[Turn], speaker: Participant | None
) -> Participant | None:
    """``speaker`` as read, or the interviewee where it is "ich" in an answer turn."""
    if speaker is None or speaker.start is None or speaker.end is None or not turns:
        return speaker
    if doc_text(doc)[speaker.start : speaker.end].lower() not in FIRST_PERSON:
        return speaker
    turn = next((t for t in turns if t.start <= speaker.start < t.end), None)
    if turn is None or turn.answer is None:
        return speaker
    return Participant(
        name=turn.answer.name, entity_id=turn.answer.id, start=speaker.start, end=speaker.end
    )
