"""Measure the linguistic layer on a Universal Dependencies treebank (German GSD).

* Sentence splitting: the gold sentences, in file order, are joined with single spaces into
  pseudo-documents of ``CHUNK`` sentences; structure + sentence components split them and
  the predicted sentence starts are compared with the gold ones (first sentence excluded).
* UPOS and lemma accuracy: the gold words (multi-word tokens such as "zur" as their syntactic
  words "zu der") are fed to the tagger and morphology as a pre-tokenised Doc, one per gold
  sentence, so tokenisation differences do not count. ``lemma_accuracy`` scores the
  tagger's lemmas; GSD lemmatises a finite separable verb without its particle ("räumte …
  ein" -> "räumen"), so ``lemma_accuracy_reunited`` scores the final lemmas, where the
  morphology component reunites them ("einräumen"), against the same gold.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

CHUNK = 20


@dataclass
class GoldWord:
    form: str
    lemma: str
    upos: str
    space_after: bool


@dataclass
class GoldSentence:
    text: str
    words: list[GoldWord] = field(default_factory=list)


def read_conllu(path: Path) -> list[GoldSentence]:
    sentences: list[GoldSentence] = []
    current: GoldSentence | None = None
    mwt_end = 0
    mwt_space = True
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text = "):
            current = GoldSentence(text=line[len("# text = ") :])
            sentences.append(current)
        elif not line or line.startswith("#") or current is None:
            continue
        else:
            cols = line.split("\t")
            space = "SpaceAfter=No" not in cols[9]
            if "-" in cols[0]:
                mwt_end = int(cols[0].split("-")[1])
                mwt_space = space
                continue
            if "." in cols[0]:
                continue  # empty node
            index = int(cols[0])
            if index <= mwt_end:
                space = mwt_space if index == mwt_end else False
            current.words.append(GoldWord(cols[1], cols[2], cols[3], space))
    return sentences


def _pipeline_until(upto: str) -> Language:
    from lagebild.pipeline import build_pipeline

    return build_pipeline(upto=upto)


def sentence_scores(nlp: Language, sentences: list[GoldSentence]) -> dict[str, float]:
    from lagebild.readers.document import Document

    n_gold = n_pred = matched = 0
    for chunk_start in range(0, len(sentences), CHUNK):
        chunk = sentences[chunk_start : chunk_start + CHUNK]
        text = " ".join(s.text for s in chunk)
        gold, offset = set(), 0
        for sentence in chunk:
            if offset:
                gold.add(offset)
            offset += len(sentence.text) + 1
        doc = nlp.make_doc(text)
        doc._.document = Document(id=f"ud-{chunk_start}", text=text)
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        predicted = {s.start_char for s in doc.sents if s.start_char}
        n_gold += len(gold)
        n_pred += len(predicted)
        matched += len(gold & predicted)
    precision = matched / n_pred if n_pred else 1.0
    recall = matched / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"sentence_precision": precision, "sentence_recall": recall, "sentence_f1": f1}


def tagging_scores(
    nlp: Language, sentences: list[GoldSentence], errors: Counter[str] | None = None
) -> dict[str, float]:
    """UPOS and lemma accuracy on gold words; ``errors`` collects "kind gold pred" counts."""
    tagger = nlp.get_pipe("lagebild_tagger")
    has_morphology = "lagebild_morphology" in nlp.pipe_names
    morphology = nlp.get_pipe("lagebild_morphology") if has_morphology else None
    total = upos_ok = lemma_ok = final_lemma_ok = 0
    for sentence in sentences:
        if not sentence.words:
            continue
        words = [w.form for w in sentence.words]
        doc = Doc(
            nlp.vocab,
            words=words,
            spaces=[w.space_after for w in sentence.words],
            sent_starts=[True, *[False] * (len(words) - 1)],
        )
        doc = tagger(doc)
        tagger_lemmas = [token.lemma_ for token in doc]
        if morphology is not None:
            doc = morphology(doc)
        for token, lemma, gold in zip(doc, tagger_lemmas, sentence.words, strict=True):
            total += 1
            upos_ok += token.pos_ == gold.upos
            lemma_ok += lemma == gold.lemma
            final_lemma_ok += token.lemma_ == gold.lemma
            if errors is not None:
                if token.pos_ != gold.upos:
                    errors[f"upos {token.tag_} {gold.upos}<-{token.pos_}"] += 1
                if lemma != gold.lemma:
                    errors[f"lemma {token.text} {gold.lemma}<-{lemma}"] += 1
    return {
        "upos_accuracy": upos_ok / total if total else 0.0,
        "lemma_accuracy": lemma_ok / total if total else 0.0,
        "lemma_accuracy_reunited": final_lemma_ok / total if total else 0.0,
        "tokens": float(total),
    }


def evaluate_ud(conllu_path: Path, errors: Counter[str] | None = None) -> dict[str, float]:
    """Sentence P/R/F1, UPOS and lemma accuracy of the linguistic layer on a CoNLL-U file."""
    sentences = read_conllu(conllu_path)
    nlp = _pipeline_until("lagebild_morphology")
    scores = sentence_scores(nlp, sentences)
    scores.update(tagging_scores(nlp, sentences, errors))
    scores["sentences"] = float(len(sentences))
    return scores


def main() -> None:
    """``python -m lagebild.evaluation.ud FILE.conllu``: print scores and frequent errors."""
    import sys

    errors: Counter[str] = Counter()
    scores = evaluate_ud(Path(sys.argv[1]), errors)
    for name, value in scores.items():
        print(f"{name}\t{value:.4f}")
    for error, count in errors.most_common(int(sys.argv[2]) if len(sys.argv) > 2 else 40):
        print(f"{count}\t{error}")


if __name__ == "__main__":
    main()
