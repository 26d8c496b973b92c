"""Is it German? A language check with py3langid on the document's text."""

from __future__ import annotations

from functools import cache

from lagebild.errors import ErrorCode, LagebildError
from lagebild.readers.document import Document

# Below this many letters the guess is unreliable, so short texts pass.
MIN_LETTERS = 20
# German wins unless another language is clearly more likely.
MIN_GERMAN_PROBABILITY = 0.2
# The language shows in a few thousand characters; checking a sample from the start and the
# end keeps the cost per document flat for long texts (an ingest checks every record).
SAMPLE_CHARS = 2_000


def language_sample(text: str) -> str:
    """The first and last ``SAMPLE_CHARS`` characters of ``text`` (all of it when short)."""
    if len(text) <= 2 * SAMPLE_CHARS:
        return text
    return text[:SAMPLE_CHARS] + "\n" + text[-SAMPLE_CHARS:]


@cache
def _identifier():  # noqa: ANN202 - py3langid has no type hints
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """The most likely language code and the probability of German."""
    ranking = _identifier().rank(text)
    german = next((float(p) for code, p in ranking if code == "de"), 0.0)
    return str(ranking[0][0]), german


def check_language(document: Document, where: str | None = None) -> LagebildError | None:
    """E004 when the text is clearly not German; ``where`` names the input in the message."""
    sample = language_sample(document.text)
    if sum(char.isalpha() for char in sample) < MIN_LETTERS:
        return None
    top, german = detect_language(sample)
    if top == "de" or german >= MIN_GERMAN_PROBABILITY:
        return None
    return LagebildError(ErrorCode.E004, where or document.source or document.id, f"detected {top}")
