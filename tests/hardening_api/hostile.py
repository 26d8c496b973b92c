"""Hand-made analyses with markup and SQL in every string field that reaches a page."""

from __future__ import annotations

from lagebild.model import (
    Analysis,
    Cue,
    Entity,
    Event,
    EventActor,
    Mention,
    Paragraph,
    Participant,
    Place,
    Provenance,
    Quote,
    Sentence,
    Span,
    Structure,
    TextSpan,
)


def payload(field: str) -> str:
    """Breaks out of an attribute and opens a script: must reach the page escaped."""
    return f'"><script>x{field}</script>'


SQL_TEXTS = ("' OR 1=1 --", '"; DROP TABLE documents; --', "NEAR(", "*", '"unbalanced')


class _Text:
    """Builds a text piece by piece and remembers where each piece lies."""

    def __init__(self) -> None:
        self.text = ""

    def add(self, piece: str) -> TextSpan:
        start = len(self.text)
        self.text += piece
        return TextSpan(start=start, end=len(self.text), text=piece)


def hostile_analysis(number: int, version: str = "9.0.0") -> Analysis:
    """One article where title, source, url, entities, quotes, events, places carry payloads."""
    t = _Text()
    t.add(f"Berlin {number}: ")
    person = t.add(payload("entity"))
    t.add(" sagte: „")
    quote = t.add(payload("quote") + f" {SQL_TEXTS[number % len(SQL_TEXTS)]}")
    t.add("“ ")
    cue = t.add("sagte")
    t.add(". Die Regierung ")
    trigger = t.add(payload("trigger"))
    t.add(f" in {number} ")
    place = t.add(payload("place"))
    t.add(". Nichts weiter.")
    sentence = Span(start=0, end=len(t.text))
    entities = [
        Entity(
            id="E1",
            name=payload("entity"),
            type="PER",
            code=payload("code"),
            affiliation=payload("aff"),
            roles=[payload("role")],
            variants=[payload("variant")],
            mentions=[Mention(start=person.start, end=person.end, text=person.text)],
        ),
        Entity(id="E2", name=payload("recipient"), type="GPE", code="RUS"),
    ]
    return Analysis(
        id=f"hostile-{number}-" + payload("docid"),
        source=payload("source"),
        url="javascript:alert(1)//" + payload("url"),
        title=payload("title") + f" {number}",
        published=f"2022-01-{number % 28 + 1:02d}",
        text=t.text,
        structure=Structure(paragraphs=[Paragraph(start=0, end=len(t.text))]),
        sentences=[Sentence(start=sentence.start, end=sentence.end, paragraph=0)],
        entities=entities,
        quotes=[
            Quote(
                id="Q1",
                kind="direct",
                start=quote.start,
                end=quote.end,
                text=quote.text,
                speaker=Participant(name=payload("speaker"), entity_id="E1"),
                cue=Cue(start=cue.start, end=cue.end, text=cue.text, lemma=payload("cue")),
                addressee=Participant(name=payload("addressee")),
            )
        ],
        events=[
            Event(
                id="V1",
                type="THREATEN",
                actor=EventActor(code=payload("acode"), name=payload("actor"), entity_id="E1"),
                recipient=EventActor(code="RUS", name=payload("recipient"), entity_id="E2"),
                trigger=trigger,
                sentence=sentence,
                where=payload("where"),
                when="2022-01-10",
                quad_class="material_conflict",
                score=-5.0,
            )
        ],
        places=[
            Place(
                name=payload("place"),
                country="<b>",
                lat=52.5,
                lon=13.4,
                feature="<i>",
                mentions=[place],
            )
        ],
        provenance=Provenance(lagebild_version=version, pipeline=["hostile"]),
    )


def hostile_analyses(count: int = 6) -> list[Analysis]:
    return [hostile_analysis(number) for number in range(count)]
