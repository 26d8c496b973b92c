"""A listed company named after a person of the article ("McAfee" after "John McAfee"): its
bare name is the person, "der Firma McAfee" stays the company."""

from __future__ import annotations


def test_the_bare_name_is_the_person_the_company_noun_keeps_the_company(entities_of):
    found = entities_of(
        "Eines kann man John McAfee nicht absprechen. Nun hat sich McAfee einer Fragerunde "
        "gestellt. Er sei froh, dass er mit der Firma McAfee nichts mehr zu tun habe."
    )
    person = next(e for e in found if e.name == "John McAfee")
    company = next(e for e in found if e.type == "ORG" and e.name == "McAfee")
    assert [m.text for m in person.mentions][:2] == ["John McAfee", "McAfee"]
    assert [m.text for m in company.mentions] == ["McAfee"]
    assert company.mentions[0].start > person.mentions[1].start
