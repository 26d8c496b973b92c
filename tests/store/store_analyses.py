"""Hand-built Analysis records for store tests (no pipeline needed)."""

from __future__ import annotations

from lagebild.model import (
    Analysis,
    Cue,
    Entity,
    Event,
    EventActor,
    Mention,
    Participant,
    Place,
    Provenance,
    Quote,
    Span,
    TextSpan,
)


def span_of(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def entity(
    text: str,
    entity_id: str,
    name: str,
    type_: str,
    surface: str,
    code: str | None = None,
    affiliation: str | None = None,
) -> Entity:
    start, end = span_of(text, surface)
    return Entity(
        id=entity_id,
        name=name,
        type=type_,
        code=code,
        affiliation=affiliation,
        mentions=[Mention(start=start, end=end, text=surface)],
    )


def threat_analysis(
    doc_id: str = "a1",
    published: str = "2022-01-10",
    version: str = "0.1.0",
    speaker: str = "Sergej Lawrow",
    text: str | None = None,
) -> Analysis:
    """Russia threatens Ukraine; a quote by ``speaker``; a place."""
    text = text or (
        "Russland droht der Ukraine. „Wir werden nicht zusehen“, sagte "
        f"{speaker} in Moskau. Die Drohungen wurden in Kiew zurückgewiesen."
    )
    surname = speaker.split()[-1]
    entities = [
        entity(text, "E1", "Russland", "GPE", "Russland", code="RUS"),
        entity(text, "E2", "Ukraine", "GPE", "Ukraine", code="UKR"),
        entity(text, "E3", speaker, "PER", speaker, affiliation="RUS"),
    ]
    quote_start = text.index("„")
    quote_end = text.index("“") + 1
    cue_start, cue_end = span_of(text, "sagte")
    trigger_start, trigger_end = span_of(text, "droht")
    sentence_end = text.index(".") + 1
    return Analysis(
        id=doc_id,
        published=published,
        text=text,
        title=None,
        source="test",
        entities=entities,
        quotes=[
            Quote(
                id="Q1",
                kind="direct",
                start=quote_start,
                end=quote_end,
                text=text[quote_start:quote_end],
                speaker=Participant(name=surname, entity_id="E3"),
                cue=Cue(start=cue_start, end=cue_end, text="sagte", lemma="sagen"),
            )
        ],
        events=[
            Event(
                id="V1",
                type="THREATEN",
                actor=EventActor(code="RUS", name="Russland", entity_id="E1"),
                recipient=EventActor(code="UKR", name="Ukraine", entity_id="E2"),
                trigger=TextSpan(start=trigger_start, end=trigger_end, text="droht"),
                sentence=Span(start=0, end=sentence_end),
                quad_class="verbal conflict",
                score=-4.0,
            )
        ],
        places=[
            Place(
                name="Moskau",
                country="RU",
                lat=55.75,
                lon=37.62,
                mentions=[
                    TextSpan(
                        start=text.index("Moskau"), end=text.index("Moskau") + 6, text="Moskau"
                    )
                ],
            )
        ]
        if "Moskau" in text
        else [],
        provenance=Provenance(lagebild_version=version, pipeline=["test"]),
    )


def cooperation_analysis(doc_id: str = "b1", published: str = "2022-02-15") -> Analysis:
    """The USA help Ukraine; Belarus (BLR, "Weißrussland") is mentioned too."""
    text = (
        "Die USA unterstützen die Ukraine mit Hilfsgütern. Weißrussland kritisierte "
        "die Lieferungen, Wolodymyr Selenskyj dankte."
    )
    entities = [
        entity(text, "E1", "USA", "GPE", "USA", code="USA"),
        entity(text, "E2", "Ukraine", "GPE", "Ukraine", code="UKR"),
        entity(text, "E3", "Weißrussland", "GPE", "Weißrussland", code="BLR"),
        entity(text, "E4", "Wolodymyr Selenskyj", "PER", "Wolodymyr Selenskyj", affiliation="UKR"),
    ]
    start, end = span_of(text, "unterstützen")
    crit_start, crit_end = span_of(text, "kritisierte")
    return Analysis(
        id=doc_id,
        published=published,
        text=text,
        entities=entities,
        events=[
            Event(
                id="V1",
                type="AID",
                actor=EventActor(code="USA", name="USA", entity_id="E1"),
                recipient=EventActor(code="UKR", name="Ukraine", entity_id="E2"),
                trigger=TextSpan(start=start, end=end, text="unterstützen"),
                sentence=Span(start=0, end=50),
                quad_class="material cooperation",
                score=5.0,
            ),
            Event(
                id="V2",
                type="ACCUSE",
                actor=EventActor(code="BLR", name="Weißrussland", entity_id="E3"),
                recipient=EventActor(code="USA", name="USA", entity_id="E1"),
                trigger=TextSpan(start=crit_start, end=crit_end, text="kritisierte"),
                sentence=Span(start=51, end=len(text)),
                quad_class="verbal conflict",
                score=-2.0,
            ),
        ],
        provenance=Provenance(lagebild_version="0.1.0", pipeline=["test"]),
    )
