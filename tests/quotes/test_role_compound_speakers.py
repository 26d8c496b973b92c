"""A body named as the first part of a role compound ("VW-Chef", "ein AUA-Sprecher") does
not speak: the person in the role does."""

from __future__ import annotations


def test_spokesman_of_a_company_is_no_company(tagged_quotes) -> None:
    quotes = tagged_quotes("Die Kosten seien gestiegen, sagte ein AUA-Sprecher am Montag.")
    speaker = quotes[0].speaker
    assert speaker is not None
    assert "Sprecher" in speaker.name
    assert speaker.name != "Austrian Airlines"


def test_party_politician_is_no_party(tagged_quotes) -> None:
    quotes = tagged_quotes("Das Ausmaß der Gewalt sei erschreckend, erklärte der SPD-Politiker.")
    speaker = quotes[0].speaker
    assert speaker is not None and "Politiker" in speaker.name


def test_role_noun_after_an_unresolved_pronoun_keeps_its_own_name(tagged_quotes) -> None:
    text = (
        "Er rief die Parteien auf, die Kämpfe einzustellen. "
        "Der UNO-Generalsekretär sagte, die USA müssten handeln."
    )
    speaker = next(q for q in tagged_quotes(text) if "USA" in q.text).speaker
    assert speaker is not None and "Generalsekretär" in speaker.name
