from __future__ import annotations

import pytest

from lagebild.paths import shared_dir


def test_gsd_dev_floors() -> None:
    shared = shared_dir()
    conllu = shared / "data" / "ud" / "de_gsd-ud-dev.conllu" if shared else None
    if conllu is None or not conllu.is_file():
        pytest.skip("UD German GSD dev set not available")
    from lagebild.evaluation.ud import evaluate_ud

    scores = evaluate_ud(conllu)
    assert scores["sentence_f1"] >= 0.97
    assert scores["upos_accuracy"] >= 0.95
    assert scores["lemma_accuracy"] >= 0.93
    assert scores["lemma_accuracy_reunited"] >= 0.93
