"""Clubs named by a state's English name after an article: "die Austria" is the Vienna
football club FK Austria Wien, but not in "Austria Presse Agentur" nor in an article about
another club of that name."""

from __future__ import annotations


def test_austria_after_an_article_is_the_vienna_club(entities_of) -> None:
    entities = entities_of(
        "Nach einem gelungenen Saisonstart will die Austria nachlegen. Gegen die Austria "
        "verlor Rapid zuletzt."
    )
    clubs = [entity for entity in entities if entity.code == "FK Austria Wien"]
    assert len(clubs) == 1
    assert clubs[0].type == "ORG"
    assert len(clubs[0].mentions) == 2


def test_austria_before_another_name_word_is_no_club(entities_of) -> None:
    entities = entities_of("Das meldete die Austria Presse Agentur am Montag.")
    assert all(entity.code != "FK Austria Wien" for entity in entities)


def test_article_about_another_austria_club_keeps_it_open(entities_of) -> None:
    entities = entities_of("Die Austria Salzburg gewann. Dann kam die Austria nicht weiter.")
    assert all(entity.code != "FK Austria Wien" for entity in entities)
