"""Words that end in a title but name no person are no titles: a thing ("Lautsprecher",
"Bombentrichter"), a company or team ("Marktführer", "Tabellenführer"), and correctly
spelt compounds of another noun that look like a title with a dropped letter
("Leistungsversprechen" is no "Versprecher", "Hetzbotschaften" no "Botschafter")."""

from __future__ import annotations

import pytest
from token_helpers import persons

from lagebild.entities.names import title_of


@pytest.mark.parametrize(
    "word",
    [
        "Lautsprecher",
        "Bluetooth-Lautsprechern",
        "Bombentrichter",
        "Marktführerin",
        "Tabellenführer",
        "Leistungsversprechen",
        "Hetzbotschaften",
        "Europapremiere",
    ],
)
def test_a_thing_is_no_title(word: str) -> None:
    assert title_of(word) is None


@pytest.mark.parametrize(
    ("word", "head"),
    [
        ("Pressesprecher", "Sprecher"),
        ("Schiedsrichter", "Richter"),
        ("Gewerkschaftsführer", "Führer"),
        ("Ministerpäsident", "Ministerpräsident"),
        ("Höchstrichterin", "Richter"),
        ("Politikwissenschafterin", "Wissenschaftler"),
        ("Mordkommissare", "Kommissar"),
        ("Schiffsoffiziere", "Offizier"),
    ],
)
def test_person_titles_stay(word: str, head: str) -> None:
    title = title_of(word)
    assert title is not None and title.head == head


def test_a_loudspeaker_names_no_person(entities_of) -> None:
    found = persons(entities_of("Der Bluetooth-Lautsprecher Ultimate Ears kostet 100 Euro."))
    assert not found
