""" "heute" in a broadcast's title ("Heute konkret", "ZDF-heute journal") is no date."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from lagebild.dates.component import find_dates
from lagebild.pipeline import register_extensions
from lagebild.readers.document import Document

PUBLISHED = "2015-06-05"


def _dates(text: str) -> list[str]:
    register_extensions()
    doc: Doc = spacy.blank("de").make_doc(text)
    doc._.document = Document(id="t", text=text, published=PUBLISHED)
    doc._.entities = []
    return [date.text for date in find_dates(doc)._.dates]


@pytest.mark.parametrize(
    "text",
    [
        "Im Programm: Rock am Ring, Heute konkret: Urlaubsspezial, Hoagascht.",
        "Das sagte er am Abend im ZDF-heute journal.",
    ],
)
def test_broadcast_title_is_no_date(text: str) -> None:
    assert "heute" not in [found.lower() for found in _dates(text)]


def test_heute_before_other_words_stays_a_date() -> None:
    assert [found.lower() for found in _dates("Das Ministerium teilte heute mit, dass …")] == [
        "heute"
    ]
