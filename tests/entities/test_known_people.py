"""Well-known politicians keep their state whatever the article is about
(``entities/data/known_people.tsv``); a party or body the article gives stays."""

from __future__ import annotations

from lagebild.entities.known_people import known_state
from lagebild.model import Entity


def _person(entities: list[Entity], name: str) -> Entity:
    return next(e for e in entities if e.type == "PER" and e.name == name)


def test_federal_office_in_an_austrian_article_keeps_the_known_state(entities_of) -> None:
    # "Kanzlerin" is a federal office of the state the article names most: here Austria
    text = (
        "Österreich will die Grenze schließen. Österreich und Griechenland streiten. "
        "Kanzlerin Angela Merkel traf den Premier in Brüssel."
    )
    assert _person(entities_of(text), "Angela Merkel").affiliation == "DEU"


def test_known_state_where_the_article_gives_none(entities_of) -> None:
    text = "Barack Obama hat am Montag eine Rede gehalten."
    assert _person(entities_of(text), "Barack Obama").affiliation == "USA"


def test_spellings_and_surnames() -> None:
    assert known_state("Vladimir Putin") == known_state("Wladimir Putin") == "RUS"
    assert known_state("Selenskyj") == "UKR"
    assert known_state("Ryabkow") == known_state("Rjabkow") == "RUS"
    # a surname that many people share stands for no one
    assert known_state("Fischer") is None
    assert known_state("Heinz Fischer") == "AUT"
    assert known_state("Joschka Fischer") == "DEU"


def test_party_given_by_the_article_stays(entities_of) -> None:
    text = "SPÖ-Chef Werner Faymann (SPÖ) kündigte am Montag eine Reform an."
    assert _person(entities_of(text), "Werner Faymann").affiliation == "SPÖ"


def test_the_austrian_ministry_spokesman_stays_austrian_in_news_on_slovakia(entities_of) -> None:
    text = (
        "Die Slowakei nimmt Flüchtlinge auf. Die Slowakei hat zugestimmt, sagte Sprecher "
        "Karl-Heinz Grundböck. Die Slowakei prüft das Abkommen."
    )
    assert _person(entities_of(text), "Karl-Heinz Grundböck").affiliation == "AUT"
