"""scripts/news_diff.py: every changed item of a layer is listed, with its mark and context."""

from __future__ import annotations

from types import ModuleType
from typing import Any

from script_modules import load_script


def news_diff() -> ModuleType:
    return load_script("news_diff")


def _analysis(places: list[tuple[str, str, int, int]], focus: str | None) -> dict[str, Any]:
    text = "Linz – In Wien und Graz regnet es."
    return {
        "text": text,
        "focus_country": focus,
        "places": [
            {"name": name, "country": country, "mentions": [{"start": start, "end": end}]}
            for name, country, start, end in places
        ],
    }


def test_places_gone_new_and_changed_are_listed() -> None:
    before = [_analysis([("Wien", "AT", 10, 14), ("Graz", "US", 19, 23)], None)]
    after = [_analysis([("Linz", "AT", 0, 4), ("Graz", "AT", 19, 23)], "AT")]
    lines = list(news_diff().changes(before, after, "places"))
    assert lines[0].startswith("+ None -> ('Linz', 'AT') | Linz – In")
    assert lines[1].startswith("- ('Wien', 'AT') -> None")
    assert lines[2].startswith("~ ('Graz', 'US') -> ('Graz', 'AT')")
    assert lines[-1] == "gone 1, new 1, changed 1"
    assert list(news_diff().changes(before, after, "focus"))[-1] == "gone 0, new 0, changed 1"


def test_same_analyses_change_nothing() -> None:
    same = [_analysis([("Wien", "AT", 10, 14)], "AT")]
    assert list(news_diff().changes(same, same, "places")) == ["gone 0, new 0, changed 0"]
