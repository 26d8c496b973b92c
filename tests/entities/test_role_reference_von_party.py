"""After a role noun that names nobody ("der Bundeskanzler"), "von den Grünen" says whom
something came from, not the role holder's party; a state after "von" still is whom he
serves."""

from __future__ import annotations


def test_von_a_party_after_a_role_reference_is_no_affiliation(entities_of):
    found = entities_of(
        "Wien – Bundeskanzler Werner Faymann sprach am Sonntag. Zustimmung erntete der "
        "Bundeskanzler von den Grünen. Er habe klar gesprochen, sagte Faymann."
    )
    faymann = next(e for e in found if e.name == "Werner Faymann")
    assert faymann.affiliation != "Die Grünen"
