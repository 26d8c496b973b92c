"""A bare "die Union" is the CDU/CSU in German party news, but the European Union in an
article that names the EU and no German party ("Steueroasen außerhalb der Union")."""

from __future__ import annotations


def _codes(entities) -> dict[str, str | None]:
    return {m.text: entity.code for entity in entities for m in entity.mentions}


def test_union_in_an_article_on_the_eu_is_the_eu(entities_of) -> None:
    found = entities_of(
        "Die EU will Steueroasen auf eine Liste setzen. Staaten außerhalb der Union sollen "
        "Auskunft geben."
    )
    assert _codes(found)["Union"] == "EU"
    assert "CDU/CSU" not in {entity.code for entity in found}


def test_union_beside_a_german_party_stays_the_cdu_csu(entities_of) -> None:
    found = entities_of(
        "Die EU will Steueroasen auf eine Liste setzen. Die SPD und die Union streiten darüber."
    )
    assert _codes(found)["Union"] == "CDU/CSU"


def test_union_without_the_eu_stays_the_cdu_csu(entities_of) -> None:
    found = entities_of("Die Union will die Steuern senken.")
    assert _codes(found)["Union"] == "CDU/CSU"
