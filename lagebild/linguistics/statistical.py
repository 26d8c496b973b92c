"""Optional statistical part-of-speech tagger: HanTa's tags from a small spaCy CNN.

HanTa spends most of its time on words its lexicon lacks: it analyses each into morphemes for
every tag it might have. The model in ``tagger_model/`` (trained by ``scripts/train_tagger.py``
on HanTa-tagged licence-clean text) scores HanTa's tag set in context instead; HanTa's sentence
search takes those scores for the words its lexicon lacks and its own for the others, and then
analyses each word only for the tag it got (lemma, morphemes).

Off by default (``LAGEBILD_TAGGER=statistical`` turns it on): about a quarter less tagger CPU
time, but UD German GSD dev UPOS falls below its floor (0.947 against HanTa's 0.953).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy
from spacy.tokens import Doc

from lagebild.paths import package_folder

CONFIG_PATH = package_folder("lagebild.linguistics") / "tagger_config.cfg"
MODEL_DIR = package_folder("lagebild.linguistics") / "tagger_model"
#: Tags more than this many log units below the best are not candidates (HanTa's own cutoff).
CUTOFF = 5.0


class StatisticalTagger:
    """The trained CNN, scoring HanTa's tags (numbers of the HanTa model) in context."""

    def __init__(self, hanta: Any, model_dir: Path = MODEL_DIR) -> None:
        import spacy

        self.nlp = spacy.load(model_dir)
        self.tok2vec = self.nlp.get_pipe("tok2vec")
        # get_pipe is typed as a plain callable; spaCy's Cython Tagger has no stub
        self.model = self.nlp.get_pipe("tagger").model  # type: ignore[attr-defined]
        labels = self.nlp.get_pipe("tagger").labels  # type: ignore[attr-defined]
        # The columns of HanTa's tags (not the whitespace label) and their numbers.
        self.columns = [k for k, label in enumerate(labels) if label in hanta.tag2int]
        self.numbers = [hanta.tag2int[labels[k]] for k in self.columns]
        # Dividing the CNN's p(tag | word) by HanTa's p(tag) gives p(word | tag) up to a
        # per-word constant, the emission HanTa's sentence search expects; HanTa's
        # p(capitalised | tag) is added as HanTa adds it (not for a sentence's first word).
        # (Closed-class tags stay candidates: HanTa's lexicon lacks some of their forms,
        # e.g. "müssten".)
        base = numpy.array([-hanta.LP_wtag.get(n, 0.0) for n in self.numbers])
        self.offsets: dict[bool | None, numpy.ndarray] = {
            case: base
            + numpy.array([hanta.LP_case_t.get(n, {}).get(case, 0.0) for n in self.numbers])
            for case in (True, False)
        }
        self.offsets[None] = base

    def log_probabilities(self, doc: Doc) -> numpy.ndarray:
        """log p(tag | context) per token (rows) and HanTa tag (columns, see ``numbers``),
        computed on a copy in the model's vocabulary so ``doc`` gets no tensor from here."""
        copy = Doc(
            self.nlp.vocab,
            words=[t.text for t in doc],
            spaces=[bool(t.whitespace_) for t in doc],
        )
        self.tok2vec(copy)
        (scores,) = self.model.predict([copy])
        scores = numpy.asarray(scores)[:, self.columns]
        return scores - numpy.logaddexp.reduce(scores, axis=1, keepdims=True)

    def emissions(
        self, row: numpy.ndarray, capitalised: bool | None, cutoff: float = CUTOFF
    ) -> dict[int, float]:
        """One token's open-class candidate tags within ``cutoff`` of the best, with
        log p(word | tag) up to a constant; ``capitalised`` is None for a sentence's first
        word, whose case says nothing."""
        scores = row + self.offsets[capitalised]
        best = scores.max()
        return {
            self.numbers[k]: float(scores[k])
            for k in numpy.flatnonzero(scores >= best - cutoff).tolist()
        }
