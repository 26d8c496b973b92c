"""Words capitalised only because a sentence begins with them ("Vorsätzliche Brandstiftung
hatten die Ermittler ausgeschlossen", "– Nächster Finanzministerrat am 6. Oktober"): such an
adjective says nothing about a name, unless the article capitalises it inside a sentence too
("Sozialistische Partei" beside "der Sozialistischen Partei")."""

from __future__ import annotations

from lagebild.entities.candidates import Tok

#: tokens after which a sentence or a headline part begins
SENTENCE_BOUNDARIES = frozenset({".", "!", "?", ":", "–"})
#: endings of an inflected adjective, longest first
_ADJECTIVE_ENDINGS = ("en", "er", "es", "em", "e")


def _stem(word: str) -> str:
    """ "nächster" -> "nächst": the adjective without its inflection, lowercase."""
    lowered = word.lower()
    for ending in _ADJECTIVE_ENDINGS:
        if lowered.endswith(ending):
            return lowered[: -len(ending)]
    return lowered


def capitalised_by_sentence_start(tokens: list[Tok], index: int) -> bool:
    """Whether the adjective at ``index`` opens a sentence and the article never writes it
    capitalised before the same next word elsewhere."""
    if index == 0 or tokens[index - 1].text not in SENTENCE_BOUNDARIES:
        return False
    if index + 1 >= len(tokens):
        return True
    stem, head = _stem(tokens[index].text), tokens[index + 1].text
    return not any(
        position != index
        and tokens[position].text[:1].isupper()
        and tokens[position - 1].text not in SENTENCE_BOUNDARIES
        and _stem(tokens[position].text) == stem
        and tokens[position + 1].text[:4] == head[:4]  # the same head, inflected or not
        for position in range(1, len(tokens) - 1)
    )
