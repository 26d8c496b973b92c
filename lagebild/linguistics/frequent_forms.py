"""The tagger's final analyses of frequent word forms, computed ahead of time.

The tagger keeps, per word form it has met, the sentence search's candidate tags and scores
(``FastHanoverTagger._word_candidates``) and, per form and tag found, the STTS tag, lemma and
morphemes (``GermanTagger._word_analysis``). A fresh tagger computes each of them at the
form's first sight: more than half of its time on the first pass over news. For the most
frequent German forms (wordfreq's list, lower-case and capitalised),
``scripts/build_frequent_forms.py`` computes both ahead of time and stores them here; the
tagger reads a document's new forms from this file before it searches the document.

The file (``hanta_forms.bin``, little-endian) holds ``MAGIC``, the number of forms, their
sorted CRC-32 hashes, the offsets of their records and the records, each a ``marshal`` dump of
(form, candidates case-blind, candidates case-sensitive, {HanTa tag: analysis}) with
the numbers as the tagger computes them (doubles kept exactly). It is memory-mapped on first
use: loading the tagger reads nothing, a look-up costs a hash, a binary search and one
``marshal.loads``. The records are only valid for the tagger's default configuration (word
table and unknown words on) and the shipped HanTa model.
"""

from __future__ import annotations

import marshal
import mmap
import struct
import sys
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any
from zlib import crc32

from lagebild.linguistics.resources import DATA_DIR

FORMS_PATH = DATA_DIR / "hanta_forms.bin"
MAGIC = b"LBF1"
_HEAD = struct.Struct("<4sI")
#: A form's candidate tags in ascending order and their log p(form | tag).
Candidates = tuple[tuple[int, ...], tuple[float, ...]]
#: STTS tag, lemma and HanTa's morpheme segments of a form read as one HanTa tag.
Analysis = tuple[str, str, tuple[tuple[str, str], ...]]
#: What the file holds of one form: its candidates case-blind (sentence start) and
#: case-sensitive, and its analysis for each tag of either.
FormRecord = tuple[Candidates, Candidates, dict[int, Analysis]]


def form_hash(form: str) -> int:
    return crc32(form.encode("utf-8"))


def encode_record(
    form: str,
    case_blind: Candidates,
    case_sensitive: Candidates,
    analyses: Sequence[tuple[int, Analysis]],
) -> bytes:
    """One form's record; numbers are made plain ints and floats (marshal refuses numpy's)."""

    def plain(candidates: Candidates) -> Candidates:
        tags, scores = candidates
        return tuple(int(tag) for tag in tags), tuple(float(score) for score in scores)

    stored = {
        int(hanta_tag): (str(tag), str(lemma), tuple((str(m), str(t)) for m, t in morphemes))
        for hanta_tag, (tag, lemma, morphemes) in analyses
    }
    return marshal.dumps((form, plain(case_blind), plain(case_sensitive), stored))


def write_forms(records: Iterable[tuple[str, bytes]], output: Path) -> int:
    """Write the records (form, :func:`encode_record` bytes) ordered by hash, then form;
    return the number of forms."""
    ordered = sorted(records, key=lambda record: (form_hash(record[0]), record[0]))
    hashes = [form_hash(form) for form, _ in ordered]
    offsets = [0]
    for _, record in ordered:
        offsets.append(offsets[-1] + len(record))
    with output.open("wb") as file:
        file.write(_HEAD.pack(MAGIC, len(ordered)))
        file.write(struct.pack(f"<{len(hashes)}I", *hashes))
        file.write(struct.pack(f"<{len(offsets)}I", *offsets))
        for _, record in ordered:
            file.write(record)
    return len(ordered)


class FrequentForms:
    """Read-only look-ups in the file of precomputed forms; a missing file holds nothing.

    The file is mapped on first use (not when the tagger loads) and again after unpickling."""

    def __init__(self, path: Path = FORMS_PATH) -> None:
        self.path = path
        self.available = path.is_file()
        self._map: mmap.mmap | None = None
        self._hashes: Sequence[int] = ()
        self._offsets: Sequence[int] = ()
        self._records = memoryview(b"")

    def __getstate__(self) -> dict[str, object]:
        return {"path": self.path}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["path"])  # type: ignore[misc]

    def _open(self) -> None:
        with self.path.open("rb") as file:
            self._map = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
        magic, count = _HEAD.unpack_from(self._map)
        if magic != MAGIC:
            raise ValueError(f"{self.path} is not a file of frequent forms")
        view = memoryview(self._map)
        hashes_start = _HEAD.size
        offsets_start = hashes_start + 4 * count
        records_start = offsets_start + 4 * (count + 1)
        hashes = view[hashes_start:offsets_start]
        offsets = view[offsets_start:records_start]
        if sys.byteorder == "little":
            self._hashes, self._offsets = hashes.cast("I"), offsets.cast("I")
        else:  # a copy in native order
            self._hashes = struct.unpack(f"<{count}I", hashes)
            self._offsets = struct.unpack(f"<{count + 1}I", offsets)
        self._records = view[records_start:]

    def __len__(self) -> int:
        if self.available and self._map is None:
            self._open()
        return len(self._hashes)

    def form_at(self, index: int) -> str:
        """The form of the ``index``-th record (in the file's order)."""
        if self._map is None:
            self._open()
        start, end = self._offsets[index], self._offsets[index + 1]
        return str(marshal.loads(self._records[start:end])[0])

    def record(self, form: str) -> FormRecord | None:
        """What the file holds of ``form`` (spelt exactly so), or None."""
        if not self.available:
            return None
        if self._map is None:
            self._open()
        hashes, wanted = self._hashes, form_hash(form)
        index = bisect_left(hashes, wanted)
        while index < len(hashes) and hashes[index] == wanted:
            start, end = self._offsets[index], self._offsets[index + 1]
            stored, case_blind, case_sensitive, analyses = marshal.loads(self._records[start:end])
            if stored == form:
                return case_blind, case_sensitive, analyses
            index += 1
        return None
