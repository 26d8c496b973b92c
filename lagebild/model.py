"""The public output contract: typed records of one analysed article.

Every annotation is a character span into ``Analysis.text``; records refer to each
other by id (``entity_id``), never by nesting copies. The JSON Schema in
``lagebild/schema/analysis.schema.json`` is generated from these models
(``lagebild schema``) and a test keeps it in sync.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EntityType = Literal["PER", "ORG", "GPE", "LOC", "MISC"]
QuoteKind = Literal["direct", "indirect", "free_indirect", "reported_continuation", "reported"]
Medium = Literal["speech", "writing", "thought"]
MentionKind = Literal["name", "role", "pronoun", "metonym", "collective", "demonym", "acronym"]
Granularity = Literal["day", "week", "month", "quarter", "year", "decade", "century", "relative"]
PloverType = Literal[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(Record):
    """A half-open character range ``[start, end)`` into the analysed text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class TextSpan(Span):
    """A span together with the exact text it covers (``text == analysis.text[start:end]``)."""

    text: str


class Paragraph(Span):
    kind: Literal["paragraph", "subheading", "caption"] = "paragraph"


class Repair(Record):
    """A paragraph break inside a sentence: ``gap`` is the break that is read as a space."""

    gap: Span
    before: TextSpan
    after: TextSpan


class Structure(Record):
    paragraphs: list[Paragraph] = []
    subheadings: list[TextSpan] = []
    captions: list[TextSpan] = []
    repairs: list[Repair] = []


class Sentence(Span):
    paragraph: int | None = None


class Token(TextSpan):
    lemma: str
    pos: str  # Universal POS
    tag: str  # STTS
    morph: str = ""  # UD features, e.g. "Mood=Sub|VerbForm=Fin"
    sentence: int


class Mention(TextSpan):
    kind: MentionKind = "name"


class Entity(Record):
    id: str
    name: str
    type: EntityType
    code: str | None = None
    affiliation: str | None = None
    roles: list[str] = []
    variants: list[str] = []
    mentions: list[Mention] = []


class Participant(Record):
    """Someone who speaks or is spoken to, linked to an entity where one is known."""

    name: str
    entity_id: str | None = None
    start: int | None = None
    end: int | None = None


class Cue(TextSpan):
    """The speech verb or frame.

    ``lemma`` reunites separable verbs ("räumte … ein" -> einräumen); ``parts`` holds
    every piece of a discontinuous cue.
    """

    lemma: str
    parts: list[Span] = []


class Quote(Record):
    id: str
    kind: QuoteKind
    medium: Medium = "speech"
    start: int
    end: int
    text: str
    speaker: Participant | None = None
    cue: Cue | None = None
    addressee: Participant | None = None
    #: id of the quote this one is a quoted phrase inside ("sagte, er sei „kritisch“")
    nested_in: str | None = None
    #: the pieces of a quote a frame interrupts ("Die Lage sei, so der Minister, ernst"),
    #: in text order and without the frame; empty when the quote is the one span start…end
    parts: list[Span] = []


class EventActor(Record):
    code: str | None = None
    name: str | None = None
    entity_id: str | None = None


class Event(Record):
    id: str
    type: PloverType
    mode: str | None = None
    actor: EventActor | None = None
    recipient: EventActor | None = None
    trigger: TextSpan
    #: every piece of a discontinuous trigger, in text order ("wies … zurück": the finite
    #: verb and its separated particle); empty when the trigger is one piece
    trigger_parts: list[Span] = []
    sentence: Span
    negated: bool = False
    attributed_to: str | None = None
    where: str | None = None
    when: str | None = None
    quantity: int | None = None
    condition: str | None = None
    quad_class: str | None = None
    score: float | None = None
    cameo: str | None = None
    mentions: list[Span] = []


class Place(Record):
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None
    mentions: list[TextSpan] = []


class DateExpression(TextSpan):
    value: str | None = None
    granularity: Granularity | None = None


class Provenance(Record):
    lagebild_version: str
    pipeline: list[str]


class Analysis(Record):
    id: str
    source: str | None = None
    url: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None
    language: str = "de"
    text: str
    structure: Structure = Structure()
    sentences: list[Sentence] = []
    tokens: list[Token] | None = None
    entities: list[Entity] = []
    quotes: list[Quote] = []
    events: list[Event] = []
    places: list[Place] = []
    focus_country: str | None = None
    dates: list[DateExpression] = []
    provenance: Provenance
