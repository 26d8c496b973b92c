"""Build the compact noun lexicon shipped in ``lagebild/lexicon/data/`` from ``german-nouns``.

The ``german-nouns`` package (Wiktionary data, CC BY-SA 4.0) takes seconds to parse at run
time; this script reduces it once to two gzipped tab-separated files:

- ``nouns.txt.gz``: every inflected form, lowercased (the package's index is), in
  sections ``#c`` (only common-noun readings), ``#p`` (only first name, surname, place or
  other proper-name readings) and ``#cp`` (both);
- ``lemmas.txt.gz``: lemmas in sections ``#m``/``#f``/``#n`` by grammatical gender and
  ``#first`` for lemmas Wiktionary lists as first names.

One word per line under ``#section`` headers, so loading is a few list slices.

Run: ``.venv/bin/python scripts/build_lexicons.py`` (needs ``pip install german-nouns``).
"""

from __future__ import annotations

import csv
import gzip
import sys
from pathlib import Path

PROPER_MARKERS = ("Vorname", "Nachname", "Toponym", "Eigenname")
TARGET = Path(__file__).resolve().parents[1] / "lagebild" / "lexicon" / "data"


def source_dir() -> Path:
    import german_nouns

    return Path(next(iter(german_nouns.__path__)))


def read_rows(source: Path) -> list[tuple[str, str, str]]:
    """(lemma, pos, genus) per row of ``nouns.csv``; row numbers are the index's ids."""
    csv.field_size_limit(sys.maxsize)
    with (source / "nouns.csv").open(encoding="utf-8") as handle:
        return [
            (row["lemma"], row["pos"], row.get("genus") or row.get("genus 1") or "")
            for row in csv.DictReader(handle)
        ]


def form_readings(source: Path, rows: list[tuple[str, str, str]]) -> dict[str, str]:
    proper = [any(marker in pos for marker in PROPER_MARKERS) for _, pos, _ in rows]
    readings: dict[str, set[str]] = {}
    for line in (source / "index.txt").read_text("utf-8").splitlines():
        form, *row_ids = line.split("\t")
        for row_id in row_ids:
            if row_id.isdigit() and int(row_id) < len(rows):
                readings.setdefault(form, set()).add("p" if proper[int(row_id)] else "c")
    return {form: "".join(sorted(kinds)) for form, kinds in readings.items()}


def sections(groups: dict[str, list[str]]) -> list[str]:
    lines = []
    for name, words in groups.items():
        lines += [f"#{name}", *sorted(words)]
    return lines


def write_lines(path: Path, lines: list[str]) -> None:
    # mtime=0 keeps the file byte-identical across rebuilds
    with gzip.GzipFile(path, "wb", mtime=0) as handle:
        handle.write(("\n".join(lines) + "\n").encode("utf-8"))


def main() -> int:
    source = source_dir()
    rows = read_rows(source)
    readings = form_readings(source, rows)
    TARGET.mkdir(parents=True, exist_ok=True)
    write_lines(
        TARGET / "nouns.txt.gz",
        sections(
            {
                kinds: [form for form, found in readings.items() if found == kinds]
                for kinds in ("c", "p", "cp")
            }
        ),
    )
    genera: dict[str, str] = {}
    first_names: set[str] = set()
    for lemma, pos, genus in rows:
        if genus in ("m", "f", "n"):
            genera.setdefault(lemma, genus)
        if "Vorname" in pos:
            first_names.add(lemma)
    lemma_sections = {
        genus: [lemma for lemma, found in genera.items() if found == genus] for genus in "mfn"
    }
    lemma_sections["first"] = list(first_names)
    write_lines(TARGET / "lemmas.txt.gz", sections(lemma_sections))
    print(f"{len(readings)} forms, {len(genera)} lemmas with gender -> {TARGET}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
