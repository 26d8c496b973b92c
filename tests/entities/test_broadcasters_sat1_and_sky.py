"""Broadcasters listed in media.tsv: "SAT.1 Österreich" is the broadcaster's branch, not
Austria; "Sky Smartcard" is a product of Sky, no person."""

from __future__ import annotations


def test_broadcaster_branch_is_no_state(entities_of) -> None:
    entities = entities_of("Zu sehen sind ProSieben Austria, SAT.1 Österreich und ORF eins.")
    codes = {entity.code for entity in entities}
    assert "SAT.1" in codes
    assert "AUT" not in codes


def test_product_of_a_broadcaster_is_no_person(entities_of) -> None:
    entities = entities_of("Das Programm kann über die Sky Smartcard empfangen werden.")
    assert all(entity.type != "PER" for entity in entities)
    assert any(entity.code == "Sky" for entity in entities)
