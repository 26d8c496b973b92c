"""Write the US Census name lists the NER's ``census_names`` source reads.

    .venv/bin/pip install names
    .venv/bin/python scripts/build_ner_name_lists.py

``census_first_names.txt`` and ``census_surnames.txt`` under ``lagebild/ner/data``: the US
Census 1990 first-name and surname lists (public domain) shipped in ``names`` (MIT),
capitalised ("SMITH" -> "Smith"). Only the word lists ship; the package is needed to rebuild
them, not at run time.
"""

from __future__ import annotations

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[1] / "lagebild" / "ner" / "data"
SCRIPT = "scripts/build_ner_name_lists.py"


def write_list(name: str, header: str, entries: set[str]) -> None:
    lines = [f"# {header}", *sorted(entries)]
    (DATA_DIR / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{name}: {len(entries)} entries")


def census_names(file_name: str) -> set[str]:
    import names

    path = Path(next(iter(names.__path__))) / file_name
    entries = set()
    for line in path.read_text(encoding="ascii").splitlines():
        name = line.split(" ", 1)[0].strip()
        if name.isalpha():
            entries.add(name.capitalize())
    return entries


def main() -> None:
    census = "US Census 1990 {} (public domain), from the names package (MIT); " + SCRIPT
    write_list(
        "census_first_names.txt",
        census.format("first names"),
        census_names("dist.male.first") | census_names("dist.female.first"),
    )
    write_list("census_surnames.txt", census.format("surnames"), census_names("dist.all.last"))


if __name__ == "__main__":
    main()
