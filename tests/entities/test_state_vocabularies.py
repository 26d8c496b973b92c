"""The states' demonyms and adjectives (``demonyms.tsv``, ``adjectives.tsv``) cover the
sovereign states, not only the most named ones: "Tausende Isländer", "den Bosniern", "die
Tunesierin" and "die burundischen Behörden" name their state; feminine, plural and case forms
are generated from the masculine singular."""

from __future__ import annotations

from lagebild.entities.kb import adjective_forms, data_rows, demonym_forms


def _state_mentions(entities, code: str) -> list[str]:
    return [m.text for e in entities if e.type == "GPE" and e.code == code for m in e.mentions]


def test_a_plural_demonym_names_its_state(entities_of):
    entities = entities_of("In Reykjavík hatten Tausende Isländer gegen ihn protestiert.")
    assert "Isländer" in _state_mentions(entities, "ISL")


def test_a_dative_plural_demonym_names_its_state(entities_of):
    entities = entities_of("So liegt die Arbeitslosigkeit unter Bosniern bei 6,7 Prozent.")
    assert "Bosniern" in _state_mentions(entities, "BIH")


def test_a_feminine_demonym_names_its_state(entities_of):
    entities = entities_of("Die Tunesierin setzte sich im Finale knapp durch.")
    assert "Tunesierin" in _state_mentions(entities, "TUN")


def test_a_demonym_in_e_takes_n_in_the_plural(entities_of):
    entities = entities_of("Die Chilenen deklassierten Bolivien mit 5:0.")
    assert "Chilenen" in _state_mentions(entities, "CHL")


def test_a_demonym_before_a_name_gives_the_person_its_state(entities_of):
    entities = entities_of("Auch der Kolumbianer Carlos Bacca wurde mit Rot bestraft.")
    person = next(e for e in entities if e.name == "Carlos Bacca")
    assert person.affiliation == "COL"


def test_a_new_adjective_before_a_state_body_names_the_state(entities_of):
    entities = entities_of("Ohne die Zustimmung der burundischen Behörden geht das nicht.")
    assert _state_mentions(entities, "BDI")


def test_no_form_names_two_states():
    """A generated form ("Ungarn", "Polen") may be a state's name, never another state's
    demonym or adjective."""
    owner: dict[str, str] = {}
    for name, forms_of in (("demonyms.tsv", demonym_forms), ("adjectives.tsv", adjective_forms)):
        for code, bases, *_ in data_rows(name):
            for base in bases.split("|"):
                for form in forms_of(base):
                    assert owner.setdefault(form, code) == code, form


def test_each_state_has_one_row():
    for name in ("demonyms.tsv", "adjectives.tsv"):
        codes = [row[0] for row in data_rows(name)]
        assert len(codes) == len(set(codes)), name
