"""The annotated article HTML: layers nest properly and every text piece is escaped."""

from __future__ import annotations

from lagebild.model import (
    Analysis,
    Entity,
    Event,
    EventActor,
    Mention,
    Paragraph,
    Participant,
    Provenance,
    Quote,
    Span,
    Structure,
    TextSpan,
)
from lagebild.web.annotate import annotated_html

TEXT = "Lage in Kiew\n\nPutin sagte: „<b>Wir</b> drohen Kiew.“ Ende."


def _analysis() -> Analysis:
    quote_start = TEXT.index("<b>")
    quote_end = TEXT.index(".“")
    threat = TEXT.index("drohen")
    kiew = [i for i in range(len(TEXT)) if TEXT.startswith("Kiew", i)]
    return Analysis(
        id="t",
        text=TEXT,
        provenance=Provenance(lagebild_version="0", pipeline=[]),
        structure=Structure(
            paragraphs=[
                Paragraph(start=0, end=12, kind="subheading"),
                Paragraph(start=14, end=len(TEXT)),
            ]
        ),
        entities=[
            Entity(
                id="E1",
                name="Wladimir Putin",
                type="PER",
                affiliation="RUS",
                mentions=[Mention(start=14, end=19, text="Putin")],
            ),
            Entity(
                id="E2",
                name="Kiew",
                type="GPE",
                code="UKR",
                mentions=[Mention(start=k, end=k + 4, text="Kiew") for k in kiew],
            ),
        ],
        quotes=[
            Quote(
                id="Q1",
                kind="direct",
                start=quote_start,
                end=quote_end,
                text=TEXT[quote_start:quote_end],
                speaker=Participant(name="Wladimir Putin", entity_id="E1"),
            )
        ],
        events=[
            Event(
                id="V1",
                type="THREATEN",
                actor=EventActor(code="RUS", entity_id="E1"),
                recipient=EventActor(code="UKR", entity_id="E2"),
                trigger=TextSpan(start=threat, end=threat + 6, text="drohen"),
                sentence=Span(start=14, end=len(TEXT)),
            )
        ],
    )


def test_markup_in_text_is_escaped() -> None:
    html = str(annotated_html(_analysis()))
    assert "<b>Wir</b>" not in html
    assert "&lt;b&gt;Wir&lt;/b&gt;" in html


def test_layers_are_visible_and_balanced() -> None:
    html = str(annotated_html(_analysis(), lambda entity: "/actors/7" if entity == "E1" else None))
    assert '<h3 class="block block-subheading">' in html
    assert 'class="ent ent-GPE"' in html and 'class="ent ent-PER"' in html
    assert 'class="event event-THREATEN"' in html and 'id="trigger-V1"' in html
    assert '<a class="speaker" href="/actors/7">Wladimir Putin</a>' in html
    assert "Sprecher: Wladimir Putin" in html
    for tag in ("span", "mark", "p", "h3", "a"):
        assert html.count(f"<{tag} ") + html.count(f"<{tag}>") == html.count(f"</{tag}>"), tag


def test_text_survives_round_trip() -> None:
    import html as html_module
    import re

    rendered = str(annotated_html(_analysis()))
    speaker_free = re.sub(r'<(a|span) class="speaker"[^>]*>.*?</\1>', "", rendered)
    plain = html_module.unescape(re.sub(r"<[^>]+>", "", speaker_free))
    assert plain.replace("\n", "") == TEXT.replace("\n", "")


def test_hostile_names_in_attributes_are_escaped() -> None:
    analysis = _analysis()
    analysis.quotes[0].speaker = Participant(name='"><script>x()</script>')
    html = str(annotated_html(analysis))
    assert "<script>" not in html
    assert "&#34;&gt;&lt;script&gt;" in html or "&quot;&gt;&lt;script&gt;" in html
