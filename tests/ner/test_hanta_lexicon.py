"""HanTa word classes as gazetteer features, on a tiny hand-built lexicon."""

from __future__ import annotations

import gzip
import math
import pickle
from pathlib import Path

import pytest
from spacy.strings import hash_string

from lagebild.ner.gazetteer import FEATURES, table_features, vectors_from_memberships
from lagebild.ner.hanta_lexicon import (
    COMMON_NOUN,
    HANTA_FEATURES,
    OTHER_CLASS,
    PROPER_NOUN,
    HantaLexicon,
    add_hanta_classes,
    load_hanta_lexicon,
    observed_word_classes,
    word_classes,
)

TAGS = {12: "NE", 20: "NN", 16: "ART", 18: "ADJ", 45: "VVnp", 21: "SUF_NN", 40: "FM", 11: "$("}


def _lexicon() -> HantaLexicon:
    return HantaLexicon(
        tag_names=TAGS,
        morphemes_by_tag={
            12: {"scharping": -8.0, "haus": -12.0, "ruhrgas": -9.0},
            20: {"konzern": -7.0, "haus": -6.0},
            18: {"politisch": -6.0},
            45: {"amtier": -9.0},  # a verb stem, no word form
            21: {"en": -1.0},  # a suffix, no word form
        },
        observed_words={
            # "die" is an article; its rare NE reading stays below the share threshold.
            "die": [(16, -3.5), (12, -13.7)],
            # "bank" is mostly a common noun, often part of a name: both classes.
            "bank": [(20, math.log(0.6)), (12, math.log(0.4))],
            # "haus" was observed: its observed classes override the NE morpheme.
            "haus": [(20, -5.0)],
            "the": [(40, -6.0)],
        },
    )


def test_observed_word_takes_classes_with_enough_share() -> None:
    assert observed_word_classes([(16, -3.5), (12, -13.7)], TAGS) == {OTHER_CLASS}
    both = observed_word_classes([(20, math.log(0.6)), (12, math.log(0.4))], TAGS)
    assert both == {COMMON_NOUN, PROPER_NOUN}


def test_foreign_words_and_punctuation_give_no_class() -> None:
    assert observed_word_classes([(40, -6.0)], TAGS) == set()
    assert observed_word_classes([(11, -1.0)], TAGS) == set()


def test_word_classes_from_morphemes_and_observed_words() -> None:
    classes = word_classes(_lexicon())
    assert classes["scharping"] == {PROPER_NOUN}
    assert classes["scharpings"] == {PROPER_NOUN}  # genitive of a name
    assert "ruhrgass" not in classes  # no genitive -s after a sibilant
    assert classes["konzern"] == {COMMON_NOUN}
    assert classes["politisch"] == {OTHER_CLASS}
    assert classes["haus"] == {COMMON_NOUN}
    assert classes["die"] == {OTHER_CLASS}
    assert classes["bank"] == {COMMON_NOUN, PROPER_NOUN}
    assert "amtier" not in classes
    assert "en" not in classes
    assert "the" not in classes
    assert "konzerns" not in classes  # genitives only for names


def test_classes_go_to_every_spelling() -> None:
    memberships: dict[str, set[str]] = {"Scharping": {"surname"}}
    add_hanta_classes(memberships, _lexicon())
    assert memberships["Scharping"] == {"surname", PROPER_NOUN}
    assert memberships["scharping"] == {PROPER_NOUN}
    assert memberships["SCHARPING"] == {PROPER_NOUN}
    assert memberships["Die"] == {OTHER_CLASS}
    assert "Amtier" not in memberships


def test_hanta_columns_follow_the_base_columns() -> None:
    assert table_features() == FEATURES
    assert table_features(["lexicons", "hanta"]) == FEATURES + HANTA_FEATURES
    with pytest.raises(ValueError):
        table_features(["lexicons", "no such source"])


def test_vector_table_rows_hold_the_features() -> None:
    columns = table_features(["lexicons", "hanta"])
    memberships = {"Scharping": {"surname", PROPER_NOUN}, "Konzern": {COMMON_NOUN}}
    vectors = vectors_from_memberships(memberships, columns)
    row = vectors.key2row[hash_string("Scharping")]
    on = {name for name, value in zip(columns, vectors.data[row], strict=True) if value}
    assert on == {"surname", PROPER_NOUN}
    assert vectors.shape == (2, len(columns))


def test_lexicon_loads_from_a_model_file(tmp_path: Path) -> None:
    fields: list[object] = [None] * 16
    fields[1], fields[7], fields[15] = TAGS, {12: {"rabin": -5.0}}, {"und": [(16, -2.0)]}
    path = tmp_path / "model.pgz"
    with gzip.open(path, "wb") as handle:
        pickle.dump(tuple(fields), handle)
    lexicon = load_hanta_lexicon(path)
    assert word_classes(lexicon) == {
        "rabin": {PROPER_NOUN},
        "rabins": {PROPER_NOUN},
        "und": {OTHER_CLASS},
    }


def test_a_model_file_of_another_format_is_named_in_the_error(tmp_path: Path) -> None:
    path = tmp_path / "model.pgz"
    with gzip.open(path, "wb") as handle:
        pickle.dump((None,) * 15, handle)
    with pytest.raises(ValueError, match="model.pgz: not a HanTa model of the known format"):
        load_hanta_lexicon(path)
