"""Event words that real German news (10kGNAD) uses and the lexicon lacked: prepositional
constructions ("gegen X vorgehen", "sich gegen X aussprechen"), verbs ("einbestellen",
"einknicken"), nouns ("Begegnung", "Zusammenstöße"), the dative plural of a noun listed in
the plural ("an den Kämpfen"), and a release that needs a place left ("aus der Haft
entlassen", not "die Regierung entlassen")."""

from __future__ import annotations

from lagebild.events.build import build_events
from lagebild.events.trigger_entries import by_last_part, lexicon_entries
from lagebild.events.words import Word


def sides(doc) -> list[tuple]:
    return [
        (
            e.type,
            e.mode,
            e.actor.code if e.actor else None,
            e.recipient.code if e.recipient else None,
        )
        for e in build_events(doc)
    ]


def test_a_crackdown_told_by_vorgehen_gegen(kit) -> None:
    doc = kit.tagged(
        "Russland/NE geht/VVFIN/gehen seit/APPR Wochen/NN/Woche gegen/APPR "
        "die/ART Ukraine/NE vor/PTKVZ ./$."
    )
    kit.states(doc)
    assert sides(doc) == [("COERCE", None, "RUS", "UKR")]


def test_speaking_out_against_a_coalition_is_a_rejection(kit) -> None:
    doc = kit.tagged(
        "Frankreich/NE sprach/VVFIN/sprechen sich/PRF gegen/APPR eine/ART "
        "Koalition/NN mit/APPR Russland/NE aus/PTKVZ ./$."
    )
    kit.states(doc)
    assert sides(doc) == [("REJECT", None, "FRA", "RUS")]


def test_summoning_an_ambassador_is_a_protest(kit) -> None:
    doc = kit.tagged(
        "Russland/NE hat/VAFIN/haben den/ART Botschafter/NN Frankreichs/NE "
        "einbestellt/VVPP/einbestellen ./$."
    )
    kit.states(doc)
    assert sides(doc) == [("ACCUSE", "disapprove", "RUS", "FRA")]


def test_a_meeting_told_by_begegnung(kit) -> None:
    doc = kit.tagged(
        "Nach/APPR der/ART Begegnung/NN Frankreichs/NE mit/APPR Russland/NE "
        "gab/VVFIN/geben es/PPER keine/PIAT Einigung/NN ./$."
    )
    kit.states(doc)
    assert ("CONSULT", None, "FRA", "RUS") in sides(doc)


def test_clashes_between_an_army_and_its_foe(kit) -> None:
    doc = kit.tagged(
        "Bei/APPR Zusammenstößen/NN/Zusammenstoß zwischen/APPR Israel/NE und/KON "
        "Syrien/NE wurden/VAFIN/werden Soldaten/NN/Soldat verletzt/VVPP/verletzen ./$."
    )
    kit.states(doc)
    assert ("ASSAULT", None, "ISR", "SYR") in sides(doc)


def test_backing_down_before_someone_is_a_concession(kit) -> None:
    doc = kit.tagged(
        "Frankreich/NE ist/VAFIN/sein vor/APPR Russland/NE eingeknickt/VVPP/einknicken ./$."
    )
    kit.states(doc)
    assert sides(doc) == [("CONCEDE", None, "FRA", "RUS")]


def test_the_dative_plural_of_a_noun_listed_in_the_plural() -> None:
    word = Word(0, "Kämpfen", "Kampf", "NN", 0, 7)
    assert {e.lemma for e in lexicon_entries(word)} == {"Kämpfe"}
    assert not by_last_part(word)
    talks = Word(0, "Sondierungsgesprächen", "Sondierungsgespräch", "NN", 0, 21)
    assert {e.type for e in lexicon_entries(talks)} == {"CONSULT"}
    # the singular is not listed: "der Kampf gegen den Terror" tells no attack
    assert lexicon_entries(Word(0, "Kampf", "Kampf", "NN", 0, 5)) == ()


def test_fights_told_in_the_dative_plural(kit) -> None:
    doc = kit.tagged(
        "Bei/APPR Kämpfen/NN/Kampf zwischen/APPR Russland/NE und/KON der/ART "
        "Ukraine/NE starben/VVFIN/sterben Soldaten/NN/Soldat ./$."
    )
    kit.states(doc)
    assert ("ASSAULT", None, "RUS", "UKR") in sides(doc)


def test_release_needs_the_place_left(kit) -> None:
    released = kit.tagged(
        "Russland/NE hat/VAFIN/haben den/ART Franzosen/NN/Franzose "
        "aus/APPR der/ART Haft/NN entlassen/VVPP/entlassen ./$."
    )
    kit.states(released)
    assert sides(released) == [("RETREAT", "release", "RUS", "FRA")]
    dismissed = kit.tagged(
        "Russland/NE hat/VAFIN/haben den/ART Franzosen/NN/Franzose entlassen/VVPP/entlassen ./$."
    )
    kit.states(dismissed)
    assert sides(dismissed) == []
