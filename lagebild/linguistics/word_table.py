"""HanTa's analyses of frequent German words, computed ahead of time and looked up by word.

HanTa's lexicon knows ~23,000 word forms; every other word is analysed by a morpheme search
when it is first seen (about half a millisecond a word, most of the tagger's time on news,
where many words occur once). ``scripts/build_word_table.py`` runs those searches once for the
most frequent German words (wordfreq's list) and stores their results here, in a read-only
SQLite file shipped with the package. Both searches work on the lower-cased word, so one row
serves every spelling of it; letter case enters afterwards, in cheap arithmetic.

A row holds, for one lower-cased word:

- ``forward``: HanTa's tag scores of the word (``analyze_forward``), restricted to the tags
  that can survive the sentence search's cut-off (5 log units below the best) for some letter
  case, in HanTa's order;
- ``segments``: HanTa's best morpheme segmentation (``analyze_viterbi``) for each of those
  tags, which the lemma is made from.

Looking a word up costs a few microseconds; the results are those HanTa computes
(``tests/linguistics/test_word_table.py``). Most words the tagger asks about are not in the
table (the endings of unknown compounds, above all), so the CRC-32 of every word in the table
(``hanta_words.hashes``, 1.2 MB, written with the table, held as a set) answers "not there"
without a query; a word whose hash is listed is looked up (a shared hash only costs a query).
"""

from __future__ import annotations

import os
import sqlite3
import struct
import sys
from array import array
from collections.abc import Iterable, Sequence
from pathlib import Path
from zlib import crc32

from lagebild.linguistics.resources import DATA_DIR

TABLE_PATH = DATA_DIR / "hanta_words.sqlite"
#: Suffix of the file of the table's word hashes, beside the table.
HASHES_SUFFIX = ".hashes"
#: One (tag, log probability) pair of a word's tag scores.
_SCORE = struct.Struct("<hd")
#: Head of one segmentation: target tag and number of morphemes.
_SEGMENTATION_HEAD = struct.Struct("<hB")
#: One morpheme: its tag and the offset where it ends.
_MORPHEME = struct.Struct("<hB")

TagScores = Sequence[tuple[int, float]]
Segmentation = Sequence[tuple[int, int]]
#: Words per look-up query (SQLite allows 32,766 parameters; shorter queries plan faster).
_WORDS_PER_QUERY = 500
#: Bound of the table's memory map (larger than the table, which is about 23 MB).
_MMAP_BYTES = 256 * 1024 * 1024


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


def write_word_hashes(table: Path, output: Path | None = None) -> Path:
    """Write the sorted, distinct CRC-32 hashes of the table's words (little-endian uint32)
    beside the table (or to ``output``)."""
    output = output or table.with_suffix(HASHES_SUFFIX)
    database = sqlite3.connect(f"{table.as_uri()}?mode=ro", uri=True)
    try:
        hashes = array(
            "I", sorted({word_hash(word) for (word,) in database.execute("SELECT word FROM words")})
        )
    finally:
        database.close()
    if sys.byteorder != "little":
        hashes.byteswap()
    output.write_bytes(hashes.tobytes())
    return output


def read_word_hashes(path: Path) -> array | None:
    """The sorted word hashes written by :func:`write_word_hashes`, or None if absent."""
    if not path.is_file():
        return None
    hashes = array("I")
    hashes.frombytes(path.read_bytes())
    if sys.byteorder != "little":
        hashes.byteswap()
    return hashes


class WordTable:
    """Read-only lookups in the precomputed table; a missing file means an empty table.

    The connection opens on first use and again in a forked child (SQLite connections must
    not cross ``fork``); it is not pickled with the tagger.
    """

    def __init__(self, path: Path = TABLE_PATH) -> None:
        self.path = path
        self.available = path.is_file()
        # Hashes of the table's words (None: no hash file, every word is looked up). A set
        # of ints: a membership test costs less than a look-up in the sorted array.
        listed = read_word_hashes(path.with_suffix(HASHES_SUFFIX)) if self.available else None
        self.hashes = frozenset(listed) if listed is not None else None
        self._connection: sqlite3.Connection | None = None
        self._owner_pid = -1
        # Rows (forward, segments) read ahead for the document being tagged; None: no row.
        self._prefetched: dict[str, tuple[bytes | None, bytes | None] | None] = {}

    def __getstate__(self) -> dict[str, object]:
        return {"path": self.path, "available": self.available}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__init__(state["path"])  # type: ignore[misc]

    def _cursor(self) -> sqlite3.Connection:
        if self._connection is None or self._owner_pid != os.getpid():
            uri = f"{self.path.as_uri()}?mode=ro&immutable=1"
            self._connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
            # Read the pages through a memory map rather than a read call per page (a
            # third off the look-ups; the file is immutable, the mapping shared by forks).
            self._connection.execute(f"PRAGMA mmap_size={_MMAP_BYTES}")
            self._owner_pid = os.getpid()
        return self._connection

    def may_hold(self, word: str) -> bool:
        """False where the word is surely not in the table (its hash is not listed)."""
        return self.hashes is None or word_hash(word) in self.hashes

    def listed(self, words: Iterable[str]) -> list[str]:
        """Those of ``words`` the table may hold, in their order."""
        hashes = self.hashes
        if hashes is None:
            return list(words)
        return [word for word in words if word_hash(word) in hashes]

    def prefetch(self, words: set[str]) -> None:
        """Read the rows of ``words`` (lower-cased) in a few queries instead of one or two per
        word; they replace the rows read ahead before (a document's words at a time)."""
        self._prefetched = dict.fromkeys(words)
        for word, forward, segments in self._rows(sorted(self.listed(words)), "forward, segments"):
            self._prefetched[word] = (forward, segments)

    def _rows(self, words: list[str], columns: str) -> list[tuple]:
        """``word`` and ``columns`` (a fixed list, never input) of the rows of ``words``."""
        if not self.available:
            return []
        rows = []
        for first in range(0, len(words), _WORDS_PER_QUERY):
            chunk = words[first : first + _WORDS_PER_QUERY]
            marks = ",".join("?" * len(chunk))
            query = f"SELECT word, {columns} FROM words WHERE word IN ({marks})"
            rows.extend(self._cursor().execute(query, chunk).fetchall())
        return rows

    def _stored(self, word: str, column: str) -> bytes | None:
        """One column of ``word``'s row (``column`` is "forward" or "segments", never
        input), or None."""
        if not self.available:
            return None
        if word in self._prefetched:
            row = self._prefetched[word]
            blob = None if row is None else row[0 if column == "forward" else 1]
            return blob or None
        if not self.may_hold(word):
            return None
        query = f"SELECT {column} FROM words WHERE word = ?"
        row = self._cursor().execute(query, (word,)).fetchone()
        return row[0] if row and row[0] else None

    def scores(self, word: str) -> TagScores | None:
        """HanTa's tag scores of the lower-cased ``word`` (those that can pass the cut-off)."""
        blob = self._stored(word, "forward")
        return decode_scores(blob) if blob else None

    def scores_of(self, words: list[str]) -> dict[str, TagScores]:
        """Tag scores of those of the lower-cased ``words`` the table scores, in one query.

        Their segmentations are kept with the document's rows read ahead: the tagger asks for
        the segmentation of the head it finds next."""
        listed = self.listed(words)
        if not listed:
            return {}
        found = {}
        for word, forward, segments in self._rows(listed, "forward, segments"):
            self._prefetched[word] = (forward, segments)
            if forward:
                found[word] = decode_scores(forward)
        return found

    def segmentation(self, word: str, target: int) -> Segmentation | None:
        """HanTa's morpheme segmentation of the lower-cased ``word`` as tag ``target``."""
        blob = self._stored(word, "segments")
        return decode_segmentation(blob, target) if blob else None
