"""Which state a state noun ("die Regierung") or an unmarked official belongs to: the state
of its own phrase or clause before the article's; states named with a typo."""

from __future__ import annotations

from token_helpers import tagged_tokens

from lagebild.entities.component import find_candidates, resolve_entities
from lagebild.entities.misspelt_states import misspelt_state
from lagebild.entities.names import one_letter_off
from lagebild.entities.resolve import cluster, select_non_overlapping
from lagebild.entities.state_guesses import state_weights, weights_with_regions
from lagebild.model import Entity

FRANCE_FIRST = (
    "Frankreich hat Truppen nach Mali geschickt. Frankreich werde helfen, sagte Frankreichs "
    "Präsident François Hollande. Frankreich hat 4000 Soldaten im Einsatz. "
)


def mentions_of(entities: list[Entity], code: str) -> list[str]:
    return [m.text for e in entities if e.code == code for m in e.mentions]


def positions_of(entities: list[Entity], code: str, word: str) -> list[int]:
    return [m.start for e in entities if e.code == code for m in e.mentions if m.text == word]


def test_government_followed_by_its_state_is_that_state(entities_of):
    text = FRANCE_FIRST + "Die Regierung Malis forderte Hilfe. Die Regierung von Mali schwieg."
    entities = entities_of(text)
    assert len(positions_of(entities, "MLI", "Regierung")) == 2
    assert positions_of(entities, "FRA", "Regierung") == []


def test_government_in_a_clause_placed_in_a_state_is_that_state(entities_of):
    text = FRANCE_FIRST + "In Mali hat die Regierung den Ausnahmezustand verhängt."
    entities = entities_of(text)
    assert positions_of(entities, "MLI", "Regierung") == [text.index("Regierung")]


def test_government_without_a_state_of_its_own_is_the_articles(entities_of):
    text = FRANCE_FIRST + "Mali bleibt unruhig. Die Regierung schweigt."
    entities = entities_of(text)
    assert positions_of(entities, "FRA", "Regierung") == [text.index("Regierung")]


def test_a_state_in_another_clause_does_not_own_the_government(entities_of):
    text = FRANCE_FIRST + "Nach Gesprächen in Mali, sagte die Regierung nichts."
    entities = entities_of(text)
    assert positions_of(entities, "FRA", "Regierung") == [text.index("Regierung")]


def test_official_after_a_misspelt_state_belongs_to_it(entities_of):
    entities = entities_of(
        "Australiens Außenminister Alexander Downer hatte ein Eingreifen seines Landes "
        "ausgeschlossen, nachdem er Polizisten auf die Solomonen geschickt hatte, um "
        "Unruhen nach der Ernennung des Premierministers Peter Talano zu beenden."
    )
    official = next(e for e in entities if e.name == "Peter Talano")
    assert official.affiliation == "SLB"


def test_official_after_a_town_keeps_the_state_named_before(entities_of):
    entities = entities_of(
        "Osttimor meldet Unruhen. Soldaten aus Osttimor waren in Baucau stationiert und "
        "forderten den Rücktritt des Kommandanten Colonel Falur."
    )
    official = next(e for e in entities if e.name == "Falur")
    assert official.affiliation == "TLS"


def test_a_state_named_with_a_typo_is_that_state(entities_of):
    entities = entities_of("Australien schickte Polizisten auf die Solomonen.")
    assert mentions_of(entities, "SLB") == ["Solomonen"]


def test_only_one_letter_off_a_single_state_counts():
    assert one_letter_off("Slowakai", "Slowakei")
    assert one_letter_off("Afganistan", "Afghanistan")
    assert not one_letter_off("Phillipinen", "Philippinen")
    assert misspelt_state("Solomonen").actor.code == "SLB"
    assert misspelt_state("Hauptstadt") is None


GERMANY_FIRST = (
    "Deutschland/NE hat/VAFIN die/ART Grenzen/NN geschlossen/VVPP ./$. Deutschland/NE "
    "werde/VAFIN helfen/VVINF ,/$, sagte/VVFIN Merkel/NE ./$. Deutschland/NE hat/VAFIN "
    "Polizisten/NN geschickt/VVPP ./$. Österreich/NE schweigt/VVFIN ./$. "
)


def _tagged_entities(tagged: str) -> tuple[str, list[Entity]]:
    tokens = tagged_tokens(tagged)
    text = " ".join(token.text for token in tokens)
    return text, resolve_entities(text, tokens)


def test_police_of_an_austrian_region_is_austrias_not_the_articles():
    text, entities = _tagged_entities(
        GERMANY_FIRST + "Das/PDS meldete/VVFIN die/ART steirische/ADJA Polizei/NN ./$. "
        "Die/ART Tiroler/ADJA Polizei/NN schwieg/VVFIN ./$."
    )
    assert positions_of(entities, "DEU", "Polizei") == []
    assert len(positions_of(entities, "AUT", "Polizei")) == 2


def test_european_army_is_no_states():
    text, entities = _tagged_entities(
        GERMANY_FIRST + "Merkel/NE will/VMFIN eine/ART europäische/ADJA Armee/NN ./$."
    )
    assert positions_of(entities, "DEU", "Armee") == []


def test_police_of_the_articles_state_stays_the_articles():
    text, entities = _tagged_entities(GERMANY_FIRST + "Die/ART Polizei/NN schwieg/VVFIN ./$.")
    assert positions_of(entities, "DEU", "Polizei") == [text.index("Polizei")]


def test_every_mention_of_a_region_weighs_for_its_state_the_article_names():
    # "Tirol" twice: two more for Austria; "Bayern" adds nothing, Germany is not named
    tokens = tagged_tokens(
        "Österreich/NE warnt/VVFIN ./$. Tirol/NE und/KON Bayern/NE schweigen/VVFIN ./$. "
        "In/APPR Tirol/NE schneit/VVFIN es/PPER ./$."
    )
    clusters = cluster(select_non_overlapping(find_candidates(tokens)[0]))
    weights = weights_with_regions(tokens, clusters)
    assert weights["AUT"] == state_weights(clusters)["AUT"] + 2
    assert "DEU" not in weights
