"""The interviewer's own words in an interview printed as turns are no quotes.

"STANDARD: Warum kritisieren Sie die Regierung?" asks; it reports no one, least of all
"Sie". In a turn whose label is the one who asks (interviewer_labels.txt: "STANDARD",
"Frage"), a question read as speech (free indirect, a continuation, "Sie" as speaker) is
dropped; a statement of what the interviewee said or wants ("Sie sagten einmal, es sei …",
"Sie fordern …") is the interviewee's where the answers name one person; and no content
starts with a turn's label ("STANDARD: Man habe …").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from lagebild.model import Participant
from lagebild.pipeline import doc_text
from lagebild.quotes.clauses import Draft
from lagebild.quotes.interview import INTERVIEWER_LABELS, Turn, recurring_labels
from lagebild.quotes.lexicon import word_list

#: the kinds a question of the interviewer is misread as: none has a cue of its own
_CUELESS_KINDS = frozenset({"free_indirect", "reported_continuation", "reported"})
#: the polite address: the interviewee, as the one who asks calls them
_POLITE = "Sie"


@dataclass(frozen=True)
class _Label:
    start: int  # char offset of the label
    content: int  # char offset after "LABEL: "
    end: int  # char offset of the next turn's label, or the text's end
    asks: bool  # the interviewer's turn


def _labels(text: str) -> list[_Label]:
    """The recurring turn labels of an interview, [] for a text that is none."""
    found, recurring = recurring_labels(text)
    asking = recurring & word_list(INTERVIEWER_LABELS)
    if len(recurring) < 2 or not asking:
        return []  # no dialogue with someone who asks: a list of "Tore:" lines
    kept = [(at.start, at.content, at.label) for at in found if at.label in recurring]
    return [
        _Label(start, content, kept[k + 1][0] if k + 1 < len(kept) else len(text), label in asking)
        for k, (start, content, label) in enumerate(kept)
    ]


def without_interviewer_words(doc: Doc, turns: list[Turn], drafts: list[Draft]) -> list[Draft]:
    """``drafts`` less the interviewer's questions, with "Sie" read as the interviewee and
    no turn label opening a content."""
    text = doc_text(doc)
    labels = _labels(text)
    if not labels:
        return drafts
    answering = {turn.answer.id: turn.answer for turn in turns if turn.answer is not None}
    interviewee = next(iter(answering.values())) if len(answering) == 1 else None
    parents = {id(d.parent) for d in drafts if d.parent is not None}
    kept: list[Draft] = []
    for draft in drafts:
        label = next((lab for lab in labels if lab.start <= draft.start < lab.end), None)
        if label is not None and label.start == draft.start:
            _drop_label(draft, label)
        if label is None or not label.asks or id(draft) in parents:
            kept.append(draft)
            continue
        question = _question(text, draft)
        polite = _polite(text, draft.speaker)
        if question and (polite or draft.kind in _CUELESS_KINDS):
            continue  # "Warum kritisieren Sie …?": the interviewer asks
        if polite and interviewee is None and _bare(text, draft.speaker):
            continue  # "Sie sagten …": someone is asked, but who the answers do not say
        if polite and interviewee is not None:
            draft.speaker = Participant(
                name=interviewee.name,
                entity_id=interviewee.id,
                start=draft.speaker.start if draft.speaker else None,
                end=draft.speaker.end if draft.speaker else None,
            )
        kept.append(draft)
    return kept


def _drop_label(draft: Draft, label: _Label) -> None:
    """ "STANDARD: Man habe …": the content starts after the label."""
    if label.content >= draft.end:
        return
    if draft.parts and draft.parts[0][0] == draft.start:
        draft.parts[0] = (label.content, draft.parts[0][1])
    draft.start = label.content


def _question(text: str, draft: Draft) -> bool:
    """Whether the draft's sentence is a question: its content or what follows ends in "?"."""
    return (
        text[draft.start : draft.end].rstrip().endswith("?")
        or text[draft.end :].lstrip()[:1] == "?"
    )


def _polite(text: str, speaker: Participant | None) -> bool:
    """Whether the speaker is the polite "Sie" ("Herr Urmson, Sie betonen …")."""
    if speaker is None or speaker.start is None or speaker.end is None:
        return False
    return text[speaker.start : speaker.end].split()[-1:] == [_POLITE]


def _bare(text: str, speaker: Participant | None) -> bool:
    """Whether the speaker span is "Sie" alone, no name addressed beside it ("Herr Urmson,
    Sie …" names the one asked)."""
    return speaker is not None and text[speaker.start or 0 : speaker.end or 0] == _POLITE
