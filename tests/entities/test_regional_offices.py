"""Austria's regional offices are titles ("Landeshauptmann", "Landesrätin"): their holders
take the party in the title or in brackets, else the state of a region's adjective before
the title ("der Tiroler Landeshauptmann"), not a state named nearby. A title word that is
a surname too ends a name after a first name ("Landeshauptmann Peter Kaiser")."""

from __future__ import annotations

import pytest

from lagebild.pipeline import Analyzer
from lagebild.readers.document import Document
from tests.entities.token_helpers import persons


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def affiliations(analyzer: Analyzer, text: str) -> dict[str, str | None]:
    found = persons(analyzer.analyze(Document(id="r", text=text)).entities)
    return {name: entity.affiliation for name, entity in found.items()}


def test_a_surname_that_is_a_title_ends_the_name(analyzer: Analyzer) -> None:
    found = affiliations(
        analyzer,
        "Klagenfurt – Das sagte Landeshauptmann Peter Kaiser (SPÖ) auf Anfrage der APA.",
    )
    assert found == {"Peter Kaiser": "SPÖ"}


def test_a_former_regional_councillor_takes_the_party_of_her_title(analyzer: Analyzer) -> None:
    found = affiliations(
        analyzer, "In Linz geht der Posten an Ex-ÖVP-Landesrätin Doris Hummer über."
    )
    assert found["Doris Hummer"] == "ÖVP"


def test_a_regions_adjective_names_the_governors_state(analyzer: Analyzer) -> None:
    found = affiliations(
        analyzer,
        "Berlin lehnt die Obergrenze ab. Der Tiroler Landeshauptmann Günther Platter "
        "drehte das Rad weiter. So der steirische Landeshauptmann Hermann Schützenhöfer.",
    )
    assert found["Günther Platter"] == "AUT"
    assert found["Hermann Schützenhöfer"] == "AUT"


def test_a_party_in_brackets_outweighs_the_regions_adjective(analyzer: Analyzer) -> None:
    found = affiliations(
        analyzer, "Den Kärntner Landeshauptmann Hans Sima (SPÖ) kostete der Konflikt das Amt."
    )
    assert found["Hans Sima"] == "SPÖ"


def test_a_citys_adjective_names_the_officials_state(analyzer: Analyzer) -> None:
    found = affiliations(
        analyzer,
        "Peking – Chinesische Touristen kommen. Ziel ist nach Angaben des Straßburger "
        "Touristikchefs Jean-Jacques Gsell, mehr Chinesen ins Elsass zu holen.",
    )
    assert found["Jean-Jacques Gsell"] == "FRA"
