"""Coarse word-frequency buckets as gazetteer features (training time only).

A capitalised word the corpora never show is more likely a rare name than a common noun when
it is rare in running text ("Buchsteiner" vs "Bundeswehr"). ``wordfreq`` (code Apache 2.0,
data CC BY-SA 4.0) gives each German word form a Zipf frequency (log10 of occurrences per
billion words); the forms from Zipf 2 on get one of three buckets. A form below that or
not listed gets none, so the table stays small. Only the 0/1 buckets go into the model's
static-vector table, so the runtime does not need wordfreq.
"""

from __future__ import annotations

from collections.abc import Iterable

from lagebild.ner.hanta_lexicon import spellings

#: (feature, lowest Zipf frequency of the bucket), highest bucket first.
FREQUENCY_BUCKETS: tuple[tuple[str, float], ...] = (
    ("zipf_4_up", 4.0),
    ("zipf_3_4", 3.0),
    ("zipf_2_3", 2.0),
)
FREQUENCY_FEATURES: tuple[str, ...] = tuple(feature for feature, _ in FREQUENCY_BUCKETS)


def frequency_bucket(zipf: float) -> str | None:
    """The bucket of a Zipf frequency; none below the lowest bucket."""
    for feature, lowest in FREQUENCY_BUCKETS:
        if zipf >= lowest:
            return feature
    return None


def german_zipf_frequencies() -> Iterable[tuple[str, float]]:
    """(lower-case word form, Zipf frequency) from wordfreq's large German list, most frequent
    first, down to the lowest bucket."""
    try:
        import wordfreq
    except ImportError as error:
        raise SystemExit("the NER data needs wordfreq: pip install wordfreq") from error
    lowest = FREQUENCY_BUCKETS[-1][1]
    for word in wordfreq.iter_wordlist("de", "large"):
        zipf = wordfreq.zipf_frequency(word, "de", "large")
        if zipf < lowest:
            break
        yield word, zipf


def add_frequency_buckets(
    memberships: dict[str, set[str]], frequencies: Iterable[tuple[str, float]]
) -> None:
    """Add each form's bucket to the memberships of its lower-case, capitalised and upper-case
    spellings (wordfreq folds case, so all of them share one frequency)."""
    for word, zipf in frequencies:
        bucket = frequency_bucket(zipf)
        if bucket is None or not word or " " in word:
            continue
        for spelling in spellings(word):
            memberships.setdefault(spelling, set()).add(bucket)
