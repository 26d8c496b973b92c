"""Write the NER name lists under ``lagebild/ner/data`` from three PyPI packages.

    .venv/bin/pip install pytickersymbols names pycountry
    .venv/bin/python scripts/build_ner_name_lists.py

- ``index_companies.txt``: company names of the stock indices in ``pytickersymbols`` (MIT).
- ``census_first_names.txt``, ``census_surnames.txt``: the US Census 1990 first-name and
  surname lists (public domain) shipped in ``names`` (MIT), capitalised ("SMITH" -> "Smith").
- ``subdivisions.txt``: ISO 3166-2 subdivision names from ``pycountry`` (iso-codes data,
  LGPL 2.1), each in its own spelling and, where iso-codes has one, its German name.

Only these word lists ship; the packages are needed to rebuild them, not at run time.
"""

from __future__ import annotations

import gettext
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[1] / "lagebild" / "ner" / "data"
SCRIPT = "scripts/build_ner_name_lists.py"


def write_list(name: str, header: str, entries: set[str]) -> None:
    lines = [f"# {header}", *sorted(entries)]
    (DATA_DIR / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{name}: {len(entries)} entries")


def index_companies() -> set[str]:
    from pytickersymbols.indices_data import INDICES

    return {
        company["name"].strip()
        for index in INDICES.values()
        for company in index["companies"]
        if company.get("name", "").strip()
    }


def census_names(file_name: str) -> set[str]:
    import names

    path = Path(next(iter(names.__path__))) / file_name
    entries = set()
    for line in path.read_text(encoding="ascii").splitlines():
        name = line.split(" ", 1)[0].strip()
        if name.isalpha():
            entries.add(name.capitalize())
    return entries


def subdivisions() -> set[str]:
    import pycountry

    german = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["de"])
    entries = set()
    for subdivision in pycountry.subdivisions:
        entries.add(subdivision.name.strip())
        entries.add(german.gettext(subdivision.name).strip())
    return {entry for entry in entries if entry}


def main() -> None:
    write_list(
        "index_companies.txt",
        f"company names of stock indices, from pytickersymbols (MIT); {SCRIPT}",
        index_companies(),
    )
    census = "US Census 1990 {} (public domain), from the names package (MIT); " + SCRIPT
    write_list(
        "census_first_names.txt",
        census.format("first names"),
        census_names("dist.male.first") | census_names("dist.female.first"),
    )
    write_list("census_surnames.txt", census.format("surnames"), census_names("dist.all.last"))
    write_list(
        "subdivisions.txt",
        f"ISO 3166-2 subdivision names and their German names, from pycountry (LGPL 2.1); {SCRIPT}",
        subdivisions(),
    )


if __name__ == "__main__":
    main()
