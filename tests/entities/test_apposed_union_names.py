"""A union named right after its group noun ("die Gewerkschaft GPA-djp") is an
organisation by that name, and the article's bare "die Gewerkschaft" means it where only
one union is so named; the category noun is neither its name nor its code."""

from __future__ import annotations


def _by_name(entities):
    return {entity.name: entity for entity in entities}


def test_the_name_after_the_noun_is_the_union(entities_of) -> None:
    found = _by_name(
        entities_of(
            "Die Gewerkschaft GPA-djp lanciert einen Rechner. Das ist der Gewerkschaft aber "
            "zu wenig, sagte Wolfgang Katzian."
        )
    )
    assert "Gewerkschaft" not in found
    union = found["GPA-djp"]
    assert union.type == "ORG" and union.code == "GPA-djp"
    assert [(m.text, m.kind) for m in union.mentions] == [
        ("Gewerkschaft", "role"),
        ("GPA-djp", "name"),
        ("Gewerkschaft", "role"),
    ]


def test_a_known_union_takes_the_bare_noun(entities_of) -> None:
    found = _by_name(
        entities_of("Die Gewerkschaft Verdi ruft zum Streik. Die Gewerkschaft will mehr Lohn.")
    )
    assert "Gewerkschaft" not in found
    assert [m.text for m in found["Verdi"].mentions].count("Gewerkschaft") == 2


def test_two_named_unions_leave_the_bare_noun_alone(entities_of) -> None:
    found = _by_name(
        entities_of(
            "Die Gewerkschaft GPA-djp verhandelt. Auch die Gewerkschaft Vida verhandelt. "
            "Die Gewerkschaft will mehr."
        )
    )
    assert {"GPA-djp", "Vida", "Gewerkschaft"} <= set(found)


def test_a_plural_names_its_union_but_keeps_its_group(entities_of) -> None:
    found = _by_name(entities_of("Die Gewerkschaften PRO-GE einigten sich mit den Arbeitgebern."))
    assert found["PRO-GE"].type == "ORG"
    assert "Gewerkschaften" in found


def test_a_place_or_a_second_name_word_is_no_union_name(entities_of) -> None:
    found = _by_name(
        entities_of(
            "Die Gewerkschaft Wien protestiert. Die Gewerkschaft Younion Daseinsgewerkschaft klagt."
        )
    )
    assert "Wien" not in found or found["Wien"].type != "ORG"
    assert "Younion" not in found
