"""The separated particle of a finite verb, found in the token texts and tags."""

from __future__ import annotations

from lagebild.linguistics.separable import find_particle, reunited_lemma


def _tagged(pairs: list[tuple[str, str]]) -> tuple[list[str], list[str]]:
    return [word for word, _ in pairs], [tag for _, tag in pairs]


def test_the_particle_at_the_clause_end() -> None:
    words, tags = _tagged(
        [("Er", "PPER"), ("wies", "VVFIN"), ("die", "ART"), ("Kritik", "NN"), ("zurück", "PTKVZ")]
        + [(".", "$.")]
    )
    assert find_particle(1, len(words), words, tags, "weisen") == 4
    assert reunited_lemma("weisen", words[4]) == "zurückweisen"
    assert reunited_lemma("zurückweisen", "Zurück") == "zurückweisen"


def test_no_particle_across_a_clause_boundary_or_the_sentence_end() -> None:
    words, tags = _tagged(
        [("Er", "PPER"), ("sagte", "VVFIN"), (",", "$,"), ("er", "PPER"), ("komme", "VVFIN")]
        + [("an", "PTKVZ")]
    )
    assert find_particle(1, len(words), words, tags, "sagen") is None
    assert find_particle(4, 5, words, tags, "kommen") is None  # the sentence ends before


def test_whitespace_is_skipped_and_a_mistagged_last_word_counts() -> None:
    words, tags = _tagged(
        [("Sie", "PPER"), ("gab", "VVFIN"), ("\n", "_SP"), ("den", "ART"), ("Plan", "NN")]
        + [("auf", "APPR"), ("\n", "_SP"), (".", "$.")]
    )
    assert find_particle(1, len(words), words, tags, "geben") == 5
    assert find_particle(1, len(words), words, tags, "sein") is None  # no particle verb
