"""Troops and civilians named without their state ("Regierungstruppen", "Zivilisten") are
the state's the article is datelined in where it names that state, even beside another
state named more often ("Aleppo – …", with Russia named as Syria's ally)."""

from __future__ import annotations

import pytest

from lagebild.model import Analysis
from lagebild.pipeline import Analyzer
from lagebild.readers.document import Document

TEXT = (
    "Aleppo – Bei einem Angriff auf ein Krankenhaus in Syrien starben 20 Zivilisten. "
    "Menschenrechtsgruppen machten Regierungstruppen dafür verantwortlich. "
    "Die USA forderten Russland auf, Druck zu machen. Russland hat Verantwortung, "
    "sagte Kerry. Russland schwieg."
)


@pytest.fixture(scope="module")
def analysis() -> Analysis:
    return Analyzer().analyze(Document(id="f", text=TEXT))


@pytest.mark.parametrize("word", ["Regierungstruppen", "Zivilisten"])
def test_the_unmarked_side_is_the_dateline_states(analysis: Analysis, word: str) -> None:
    start = TEXT.index(word)
    owner = next(e for e in analysis.entities for m in e.mentions if m.start == start)
    assert owner.code == "SYR"
