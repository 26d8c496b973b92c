"""A surname that is also a German noun ("Koller", "Fink") right after a first name, a double
surname ("Rabmer-Koller"), and a Korean family name before its given name ("Ban Ki-moon")
belong to the person's name."""

from __future__ import annotations


def person_names(entities) -> list[str]:
    return [e.name for e in entities if e.type == "PER"]


def test_a_noun_surname_after_a_first_name(entities_of):
    found = entities_of(
        "Das sagt Jagdleiter Gottfried Koller zum STANDARD. Koller hofft auf Aufklärung."
    )
    persons = [e for e in found if e.type == "PER"]
    assert [p.name for p in persons] == ["Gottfried Koller"]
    assert [m.text for m in persons[0].mentions] == ["Gottfried Koller", "Koller"]


def test_a_double_surname_whose_head_is_a_noun(entities_of):
    found = entities_of("Die Vorsitzende im Hauptverband, Ulrike Rabmer-Koller, fordert mehr Geld.")
    assert "Ulrike Rabmer-Koller" in person_names(found)


def test_a_korean_family_name_before_its_given_name(entities_of):
    found = entities_of(
        "UN-Generalsekretär Ban Ki-moon verurteilte die Angriffe. Es warf der Regierung von "
        "Präsidentin Park Geun-hye Lügen vor."
    )
    assert {"Ban Ki-moon", "Park Geun-hye"} <= set(person_names(found))
