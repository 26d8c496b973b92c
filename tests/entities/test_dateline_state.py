"""An official the text marks with no state serves the state of the article's dateline
("Wien – …") where the article names that state too or no state most; a correspondent's
seat the article does not name is no guess for the state it reports on. A prosecutor, court or
ministry named without its state works where the article is datelined."""

from __future__ import annotations

from lagebild.model import Entity


def affiliation_of(entities: list[Entity], name: str) -> str | None:
    return next(e.affiliation for e in entities if e.name == name)


AUSTRIAN_ARTICLE = (
    "Die Grünen kritisieren den Plan. Wien – Die Forderung stößt auf Ablehnung. "
    "Fassungslos zeigte sich Sozialsprecherin Judith Schwentner: Das sei letztklassig. "
    "In Österreich sei das anders. In Deutschland habe das nichts gebracht. Deutschland "
    "habe mehr Arbeitslose, und in Deutschland seien die Löhne gesunken."
)


def test_an_official_of_a_vienna_article_is_austrian(entities_of):
    assert affiliation_of(entities_of(AUSTRIAN_ARTICLE), "Judith Schwentner") == "AUT"


def test_a_dateline_state_without_a_state_named_most(entities_of):
    entities = entities_of(
        "Prozess um Betrug. Wien – Ob der Beamte schuld ist, muss Richterin Nicole Baczak "
        "klären. Der Beamte bekennt sich nicht schuldig."
    )
    assert affiliation_of(entities, "Nicole Baczak") == "AUT"


def test_a_correspondents_seat_the_article_does_not_name_is_no_state(entities_of):
    entities = entities_of(
        "Kämpfe in Syrien. Beirut – In Syrien ist ein Kommandant getötet worden, sagte "
        "Sprecher Ahmed Haddad. Syrien bestätigte das. Die Armee Syriens rückt vor."
    )
    assert affiliation_of(entities, "Ahmed Haddad") == "SYR"


def test_a_known_ruler_keeps_his_state_under_a_foreign_dateline(entities_of):
    entities = entities_of(
        "Die USA erwägen Angriffe. Washington – Die USA beobachten die Lage in Libyen nach "
        "dem Sturz von Machthaber Muammar Gaddafi vor fünf Jahren. Die USA wollen handeln."
    )
    assert affiliation_of(entities, "Muammar Gaddafi") == "LBY"


def test_a_listed_minister_keeps_his_state_in_an_article_about_another(entities_of):
    entities = entities_of(
        "Polen rüstet auf. Warschau – Polen will neue Flugzeuge. Verteidigungsminister Ashton "
        "Carter hatte Russland als ernsthafte Bedrohung bezeichnet. Polen begrüßt das."
    )
    assert affiliation_of(entities, "Ashton Carter") == "USA"


def test_a_listed_mayor_is_austrian_in_a_swiss_comparison(entities_of):
    entities = entities_of(
        "In der Schweiz und in der Schweiz wird gespart. Bürgermeister Michael Häupl hatte "
        "die Zeitung verteidigt."
    )
    assert affiliation_of(entities, "Michael Häupl") == "AUT"


def code_of(entities: list[Entity], name: str) -> str | None:
    return next(e.code for e in entities if e.name == name)


def test_a_prosecutor_without_a_state_works_where_the_article_is_datelined(entities_of):
    entities = entities_of(
        "Prozess gegen Rückkehrer. Brüssel – Der Mann war in Syrien. Die Staatsanwaltschaft "
        "hatte die Inhaftierung verlangt. In Syrien habe er gekämpft, Syrien habe er im Mai "
        "verlassen."
    )
    assert code_of(entities, "Staatsanwaltschaft") == "BEL"


def test_a_dateline_of_several_places_gives_the_first_ones_state(entities_of):
    entities = entities_of(
        "Prozess um Betrug. Wien/Berlin – Ob der Beamte schuld ist, muss Richterin Nicole "
        "Baczak klären. Der Beamte bekennt sich nicht schuldig."
    )
    assert affiliation_of(entities, "Nicole Baczak") == "AUT"


def test_a_dateline_of_two_words_after_a_hyphen(entities_of):
    entities = entities_of(
        "Prozess um Betrug. St. Pölten - Ob der Beamte schuld ist, muss Richterin Nicole "
        "Baczak klären. Der Beamte bekennt sich nicht schuldig."
    )
    assert affiliation_of(entities, "Nicole Baczak") == "AUT"
