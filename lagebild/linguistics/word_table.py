"""HanTa's analyses of frequent German words, computed ahead of time and looked up by word.

HanTa's lexicon knows ~23,000 word forms; every other word is analysed by a morpheme search
when it is first seen (about half a millisecond a word, most of the tagger's time on news,
where many words occur once). ``scripts/build_word_table.py`` runs those searches once for the
most frequent German words (wordfreq's list) and stores their results here, in a read-only
file shipped with the package. Both searches work on the lower-cased word, so one row serves
every spelling of it; letter case enters afterwards, in cheap arithmetic.

A row holds, for one lower-cased word:

- ``forward``: HanTa's tag scores of the word (``analyze_forward``), restricted to the tags
  that can survive the sentence search's cut-off (5 log units below the best) for some letter
  case, in HanTa's order (empty for a word HanTa's lexicon knows);
- ``segments``: HanTa's best morpheme segmentation (``analyze_viterbi``) for each of those
  tags, which the lemma is made from.

The file (``hanta_words.bin``, little-endian) holds ``MAGIC``, the number of words, a filter
of one bit per value of a hash's upper 24 bits, the words' sorted CRC-32 hashes, where the
hashes of each value of their upper 16 bits start, the offsets of the rows in the file and
the rows (word, forward, segments). It is memory-mapped on first use, so loading the tagger
reads nothing and forked workers share it. Most words the tagger asks about are not in the
table (the endings of unknown compounds, above all): the filter answers "not there" for
nearly all of them with one byte read (cheaper than a binary search, and unlike a set of the
hashes nothing to build at load); a word that passes is found by a binary search among the
few hashes that share its upper 16 bits, and a slice. The results are those HanTa computes
(``tests/linguistics/test_word_table.py``).
"""

from __future__ import annotations

import mmap
import struct
import sys
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any
from zlib import crc32

from lagebild.linguistics.resources import DATA_DIR

TABLE_PATH = DATA_DIR / "hanta_words.bin"
MAGIC = b"LBW1"
_HEAD = struct.Struct("<4sI")
_FILTER_START = _HEAD.size
#: Bytes of the filter: one bit for each value of a hash's upper 24 bits (about 1.8 % of
#: them are set by the table's 300,000 words).
_FILTER_BYTES = 1 << 21
#: Hash buckets by their upper 16 bits, each with the index of its first hash.
_BUCKETS = 1 << 16
#: Head of a row: the byte lengths of its word (UTF-8) and of its ``forward`` scores; the
#: ``segments`` run to the next row.
_ROW_HEAD = struct.Struct("<HH")
#: Rows remembered at most (a document asks for a few thousand words; callers that never
#: start a new document, such as the build scripts, must not pile them up).
_MAX_REMEMBERED_ROWS = 50_000
#: One (tag, log probability) pair of a word's tag scores.
_SCORE = struct.Struct("<hd")
#: Head of one segmentation: target tag and number of morphemes.
_SEGMENTATION_HEAD = struct.Struct("<hB")
#: One morpheme: its tag and the offset where it ends.
_MORPHEME = struct.Struct("<hB")

TagScores = Sequence[tuple[int, float]]
Segmentation = Sequence[tuple[int, int]]
#: One row: a lower-cased word, its ``forward`` and its ``segments`` (None or empty: none).
Row = tuple[str, bytes | None, bytes | None]


def encode_scores(scores: TagScores) -> bytes:
    return b"".join(_SCORE.pack(tag, float(lp)) for tag, lp in scores)


def decode_scores(blob: bytes) -> TagScores:
    return list(_SCORE.iter_unpack(blob))


def encode_segmentations(segmentations: dict[int, Segmentation]) -> bytes:
    parts = []
    for target, morphemes in segmentations.items():
        parts.append(_SEGMENTATION_HEAD.pack(target, len(morphemes)))
        parts.extend(_MORPHEME.pack(tag, end) for tag, end in morphemes)
    return b"".join(parts)


def decode_segmentation(blob: bytes, target: int) -> Segmentation | None:
    """The segmentation stored for ``target`` in a row's ``segments`` blob, if any."""
    offset = 0
    while offset < len(blob):
        stored, count = _SEGMENTATION_HEAD.unpack_from(blob, offset)
        offset += _SEGMENTATION_HEAD.size
        end = offset + count * _MORPHEME.size
        if stored == target:
            return list(_MORPHEME.iter_unpack(blob[offset:end]))
        offset = end
    return None


def word_hash(word: str) -> int:
    return crc32(word.encode("utf-8"))


def _filter_place(hashed: int) -> tuple[int, int]:
    """The filter byte (counted from the filter's start) and bit of a hash."""
    return hashed >> 11, hashed >> 8 & 7


def _passes_filter(mapped: mmap.mmap, hashed: int) -> bool:
    """Whether a hash's bit is set in the filter (its place as :func:`_filter_place` finds
    it, computed in line: the test runs for nearly every word the tagger asks about)."""
    return bool(mapped[_FILTER_START + (hashed >> 11)] >> (hashed >> 8 & 7) & 1)


def write_words(rows: Iterable[Row], output: Path) -> int:
    """Write the rows ordered by word hash, then word; return the number of words."""
    ordered = sorted(rows, key=lambda row: (word_hash(row[0]), row[0]))
    hashes = [word_hash(word) for word, _, _ in ordered]
    word_filter = bytearray(_FILTER_BYTES)
    for hashed in hashes:
        byte, bit = _filter_place(hashed)
        word_filter[byte] |= 1 << bit
    bucket_starts = [bisect_left(hashes, bucket << 16) for bucket in range(_BUCKETS + 1)]
    encoded = []
    for word, forward, segments in ordered:
        spelt, scores = word.encode("utf-8"), forward or b""
        encoded.append(_ROW_HEAD.pack(len(spelt), len(scores)) + spelt + scores + (segments or b""))
    offsets = [_FILTER_START + _FILTER_BYTES + 4 * (2 * len(hashes) + _BUCKETS + 2)]
    for row in encoded:
        offsets.append(offsets[-1] + len(row))
    with output.open("wb") as file:
        file.write(_HEAD.pack(MAGIC, len(hashes)))  # the filter starts after it
        file.write(word_filter)
        file.write(struct.pack(f"<{len(hashes)}I", *hashes))
        file.write(struct.pack(f"<{len(bucket_starts)}I", *bucket_starts))
        file.write(struct.pack(f"<{len(offsets)}I", *offsets))
        file.writelines(encoded)
    return len(hashes)


class WordTable:
    """Read-only look-ups in the precomputed table; a missing file means an empty table.

    The file is mapped on first use (not when the tagger loads) and again after unpickling;
    a forked worker shares the parent's mapping."""

    def __init__(self, path: Path = TABLE_PATH) -> None:
        self.path = path
        self.available = path.is_file()
        self._map: mmap.mmap | None = None
        self._hashes: Sequence[int] = ()
        self._bucket_starts: Sequence[int] = ()
        self._offsets: Sequence[int] = ()
        # Rows (forward, segments) read for the document being tagged; None: no row. The
        # tagger asks for a word's scores, then for its segmentation as each of its tags.
        self._document_rows: dict[str, tuple[bytes, bytes] | None] = {}

    def __getstate__(self) -> dict[str, object]:
        return {"path": self.path}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["path"])  # type: ignore[misc]

    def _open(self) -> mmap.mmap:
        with self.path.open("rb") as file:
            mapped = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
        magic, count = _HEAD.unpack_from(mapped)
        if magic != MAGIC:
            raise ValueError(f"{self.path} is not a word table")
        sizes = (count, _BUCKETS + 1, count + 1)  # hashes, bucket starts, row offsets
        start, arrays = _FILTER_START + _FILTER_BYTES, []
        for size in sizes:
            arrays.append(memoryview(mapped)[start : start + 4 * size])
            start += 4 * size
        if sys.byteorder == "little":
            self._hashes, self._bucket_starts, self._offsets = (view.cast("I") for view in arrays)
        else:  # copies in native order
            self._hashes, self._bucket_starts, self._offsets = (
                struct.unpack(f"<{size}I", view) for size, view in zip(sizes, arrays, strict=True)
            )
        self._map = mapped
        return mapped

    def _mapped(self) -> mmap.mmap | None:
        """The mapped file (mapped at the first call), None for a missing one."""
        if self._map is None and self.available:
            return self._open()
        return self._map

    def __len__(self) -> int:
        self._mapped()
        return len(self._hashes)

    def may_hold(self, word: str) -> bool:
        """False where the word is surely not in the table."""
        return bool(self.listed((word,)))

    def listed(self, words: Iterable[str]) -> list[str]:
        """Those of ``words`` the table may hold (their filter bit is set), in their order."""
        mapped = self._mapped()
        if mapped is None:
            return []
        return [word for word in words if _passes_filter(mapped, word_hash(word))]

    def row_at(self, index: int) -> Row:
        """The ``index``-th row (in the file's order)."""
        mapped = self._mapped()
        assert mapped is not None, "no row in a missing table"
        start, end = self._offsets[index], self._offsets[index + 1]
        word_bytes, forward_bytes = _ROW_HEAD.unpack_from(mapped, start)
        word_end = start + _ROW_HEAD.size + word_bytes
        forward_end = word_end + forward_bytes
        word = mapped[start + _ROW_HEAD.size : word_end].decode("utf-8")
        return word, mapped[word_end:forward_end], mapped[forward_end:end]

    def new_document(self) -> None:
        """Forget the rows read for the document before (so that they do not pile up)."""
        self._document_rows = {}

    def _stored(self, word: str) -> tuple[bytes, bytes] | None:
        """The ``forward`` and ``segments`` of ``word``'s row, or None."""
        rows = self._document_rows
        if word in rows:
            return rows[word]
        if len(rows) >= _MAX_REMEMBERED_ROWS:
            rows.clear()
        found = rows[word] = self._read(word)
        return found

    def _read(self, word: str) -> tuple[bytes, bytes] | None:
        """``word``'s row: if its filter bit is set, looked for among the hashes of its
        bucket."""
        mapped = self._mapped()
        spelt = word.encode("utf-8")
        hashed = crc32(spelt)
        if mapped is None or not _passes_filter(mapped, hashed):
            return None
        hashes, offsets = self._hashes, self._offsets
        bucket = hashed >> 16
        bucket_end = self._bucket_starts[bucket + 1]
        index = bisect_left(hashes, hashed, self._bucket_starts[bucket], bucket_end)
        while index < bucket_end and hashes[index] == hashed:
            start = offsets[index]
            word_bytes, forward_bytes = _ROW_HEAD.unpack_from(mapped, start)
            word_start = start + _ROW_HEAD.size
            word_end = word_start + word_bytes
            if mapped[word_start:word_end] == spelt:
                forward_end = word_end + forward_bytes
                return mapped[word_end:forward_end], mapped[forward_end : offsets[index + 1]]
            index += 1
        return None

    def scores(self, word: str) -> TagScores | None:
        """HanTa's tag scores of the lower-cased ``word`` (those that can pass the cut-off)."""
        row = self._stored(word)
        return decode_scores(row[0]) if row and row[0] else None

    def scores_of(self, words: list[str]) -> dict[str, TagScores]:
        """Tag scores of those of the lower-cased ``words`` the table scores."""
        found = {}
        for word in self.listed(words):
            row = self._stored(word)
            if row and row[0]:
                found[word] = decode_scores(row[0])
        return found

    def segmentation(self, word: str, target: int) -> Segmentation | None:
        """HanTa's morpheme segmentation of the lower-cased ``word`` as tag ``target``."""
        row = self._stored(word)
        return decode_segmentation(row[1], target) if row and row[1] else None
