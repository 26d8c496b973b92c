"""'…, sagte X laut Y': X's words; the 'laut' source only reports them, so its quote holds
X's content, nested in X's quote, not the frame ', sagte X'."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "content", "speaker", "source"),
    [
        (
            "Das Schiff werde derzeit in Dalian gebaut, sagte ein Sprecher laut Staatsmedien.",
            "Das Schiff werde derzeit in Dalian gebaut",
            "ein Sprecher",
            "Staatsmedien",
        ),
        (
            "Der Musiker habe Gewalt verherrlicht, so die Behörden laut New York Times.",
            "Der Musiker habe Gewalt verherrlicht",
            "die Behörden",
            "New York Times",
        ),
    ],
)
def test_laut_source_nests_in_the_framed_quote(
    tagged_quotes, text: str, content: str, speaker: str, source: str
) -> None:
    quotes = tagged_quotes(text)
    framed = [q for q in quotes if q.cue is not None and q.cue.text.lower() != "laut"]
    relayed = [q for q in quotes if q.cue is not None and q.cue.text.lower() == "laut"]
    assert [q.text for q in framed] == [content]
    assert framed[0].speaker is not None and speaker in text[framed[0].speaker.start :]
    assert [q.text for q in relayed] == [content]
    assert relayed[0].speaker is not None and source in relayed[0].speaker.name
    assert relayed[0].nested_in == framed[0].id


def test_laut_inside_the_words_keeps_its_content(tagged_quotes) -> None:
    # "laut" inside the speaker's words frames only its own clause, not the closing frame
    text = "Die Flüchtlinge sollen laut Informationen aus Ungarn bald eintreffen, so Pangl."
    quotes = tagged_quotes(text)
    assert all(q.nested_in is None for q in quotes)


def test_relative_laut_after_the_frame_is_no_reporting_source(tagged_quotes) -> None:
    text = "Das sei falsch, schrieb die Studentin, laut der seine Reden gefährlich seien."
    quotes = tagged_quotes(text)
    assert all(q.nested_in is None for q in quotes)
