"""Helpers shared by the quote tests."""

from __future__ import annotations

from lagebild.model import Quote


def speaker_text(text: str, quote: Quote) -> str | None:
    """The text of the quote's speaker span, None where it has no span."""
    speaker = quote.speaker
    if speaker is None or speaker.start is None or speaker.end is None:
        return None
    return text[speaker.start : speaker.end]
