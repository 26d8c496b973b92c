"""Content fingerprints: exact hash, normalised-text hash and MinHash for near-duplicates.

A re-published story (new teaser, changed whitespace, an added line) has a different
exact hash but a word-5-gram Jaccard similarity near 1; MinHash estimates that
similarity and LSH bands find candidates without comparing every pair.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import numpy as np

SHINGLE_WORDS = 5
NUM_PERMUTATIONS = 128
#: 16 bands of 8 rows: pairs with Jaccard 0.9 become candidates with p > 0.999,
#: pairs with 0.5 with p ~ 0.06 (and are then rejected by the signature estimate).
BANDS = 16
NEAR_DUPLICATE_JACCARD = 0.9
_PRIME = 4294967311  # smallest prime above 2**32
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Fingerprint:
    content_hash: str
    normalised_hash: str
    minhash: list[int]

    def bands(self) -> list[tuple[int, str]]:
        rows = NUM_PERMUTATIONS // BANDS
        return [
            (band, _short_hash(",".join(map(str, self.minhash[band * rows : (band + 1) * rows]))))
            for band in range(BANDS)
        ]


def content_hash(text: str) -> str:
    """SHA-256 of the exact text (Unicode NFC, so composed/decomposed umlauts agree)."""
    return hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8")).hexdigest()


def normalised_words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def fingerprint(text: str) -> Fingerprint:
    words = normalised_words(text)
    return Fingerprint(
        content_hash=content_hash(text),
        normalised_hash=hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest(),
        minhash=minhash(words),
    )


def minhash(words: list[str]) -> list[int]:
    """The MinHash signature of the word 5-gram shingles (one shingle for shorter texts)."""
    count = max(1, len(words) - SHINGLE_WORDS + 1)
    shingles = {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(count)}
    values = np.array([_shingle_hash(s) for s in shingles], dtype=np.uint64)
    a, b = _permutations()
    hashed = (values[None, :] * a[:, None] + b[:, None]) % np.uint64(_PRIME)
    return [int(v) for v in hashed.min(axis=1)]


def estimated_jaccard(first: list[int], second: list[int]) -> float:
    if len(first) != len(second) or not first:
        return 0.0
    return sum(x == y for x, y in zip(first, second, strict=True)) / len(first)


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    # Fixed seed: signatures must agree across runs and processes.
    generator = np.random.default_rng(20260126)
    a = generator.integers(1, 2**31, size=NUM_PERMUTATIONS, dtype=np.uint64)
    b = generator.integers(0, 2**31, size=NUM_PERMUTATIONS, dtype=np.uint64)
    return a, b


def _shingle_hash(shingle: str) -> int:
    return int.from_bytes(hashlib.blake2b(shingle.encode("utf-8"), digest_size=4).digest(), "big")


def _short_hash(value: str) -> str:
    return hashlib.blake2b(value.encode("utf-8"), digest_size=8).hexdigest()
