"""A relative day word that starts a hyphened compound is a title, not a day."""

from __future__ import annotations

import pytest

from lagebild.dates import find_date_expressions

PUBLISHED = "2022-01-12"


@pytest.mark.parametrize(
    "text",
    [
        "Auf der Facebook-Seite der ZDF-Heute-Show stand das.",
        "Der heute-Moderator ist Koordinator der Landesstudios.",
    ],
)
def test_title_compound_is_no_date(text: str) -> None:
    assert find_date_expressions(text, PUBLISHED) == []


def test_relative_day_before_hyphen_and_space_stays_a_date() -> None:
    found = find_date_expressions("Er kommt heute- und morgen nicht.", PUBLISHED)
    assert [expression.value for expression in found][:1] == ["2022-01-12"]
