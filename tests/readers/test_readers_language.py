"""The language check: German passes, other languages are reported, long texts are sampled."""

from __future__ import annotations

from lagebild.errors import ErrorCode
from lagebild.readers.document import Document
from lagebild.readers.language import SAMPLE_CHARS, check_language, language_sample

GERMAN = "Die Regierung in Berlin hat am Montag neue Gespräche mit Moskau angekündigt. "
ENGLISH = "The government in London announced new talks with Moscow on Monday morning. "


def test_german_passes_and_english_is_reported() -> None:
    assert check_language(Document(id="de", text=GERMAN * 3)) is None
    error = check_language(Document(id="en", text=ENGLISH * 3), where="en.txt")
    assert error is not None
    assert error.code == ErrorCode.E004
    assert "en.txt" in str(error)


def test_short_texts_pass() -> None:
    assert check_language(Document(id="x", text="OK 123")) is None


def test_sample_keeps_start_and_end_of_long_texts() -> None:
    text = "A" * SAMPLE_CHARS + "M" * 10 * SAMPLE_CHARS + "Z" * SAMPLE_CHARS
    sample = language_sample(text)
    assert sample.startswith("A" * SAMPLE_CHARS)
    assert sample.endswith("Z" * SAMPLE_CHARS)
    assert "M" not in sample
    assert language_sample(GERMAN) == GERMAN


def test_long_english_text_is_still_reported() -> None:
    error = check_language(Document(id="long", text=ENGLISH * 2_000))
    assert error is not None and error.code == ErrorCode.E004
