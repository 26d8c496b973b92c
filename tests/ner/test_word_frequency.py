"""Zipf frequency buckets as gazetteer features, on hand-made frequencies."""

from __future__ import annotations

from lagebild.ner.gazetteer import FEATURES, table_features
from lagebild.ner.hanta_lexicon import HANTA_FEATURES
from lagebild.ner.word_frequency import (
    FREQUENCY_FEATURES,
    add_frequency_buckets,
    frequency_bucket,
)


def test_bucket_bounds() -> None:
    assert frequency_bucket(5.6) == "zipf_4_up"
    assert frequency_bucket(4.0) == "zipf_4_up"
    assert frequency_bucket(3.99) == "zipf_3_4"
    assert frequency_bucket(2.0) == "zipf_2_3"
    assert frequency_bucket(1.99) is None


def test_buckets_go_to_every_spelling_and_rare_words_get_none() -> None:
    memberships: dict[str, set[str]] = {"Merkel": {"surname"}}
    add_frequency_buckets(memberships, [("merkel", 4.8), ("scharping", 2.6), ("lermoos", 1.8)])
    assert memberships["Merkel"] == {"surname", "zipf_4_up"}
    assert memberships["merkel"] == {"zipf_4_up"}
    assert memberships["SCHARPING"] == {"zipf_2_3"}
    assert "Lermoos" not in memberships


def test_frequency_columns_come_after_the_others() -> None:
    assert table_features(["lexicons", "wordfreq"]) == FEATURES + FREQUENCY_FEATURES
    both = table_features(["wordfreq", "hanta", "lexicons"])
    assert both == FEATURES + HANTA_FEATURES + FREQUENCY_FEATURES
