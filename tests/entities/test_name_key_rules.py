"""``name_key`` drops repeated letters by a loop (fast compiled): the same keys as the
rules applied in turn and the repeats dropped by the regular expression."""

from __future__ import annotations

import unicodedata

import pytest

from lagebild.entities.names import _REPEATED_LETTERS, _TRANSLITERATION_RULES, name_key


def _reference_key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.lower())
    text = "".join(filter(str.isalpha, text))
    for source, target in _TRANSLITERATION_RULES:
        text = text.replace(source, target)
    return _REPEATED_LETTERS.sub(r"\1", text)


@pytest.mark.parametrize(
    "name",
    [
        "",
        "A",
        "Aa",
        "Müller",
        "Straße",
        "Tschaikowski",
        "Schtschukin",
        "Kaczyński",
        "Zelenskyy",
        "Roussseau",
        "Al-Assad",
        "O'Neill",
        "Mitsotakis",
        "Ääää",
        "Ǆukić",
        "12",
    ],
)
def test_name_key_matches_the_rules_in_turn(name: str) -> None:
    assert name_key(name) == _reference_key(name)
