"""The state of an organ named without its state: the same organ named with its state a few
sentences before, or the place an act was done in, before the article's focus country; and
an account's source ("nach Angaben von …") is no passive's agent."""

from __future__ import annotations

from event_sides import sides

from lagebild.events.build import build_events


def test_organ_takes_the_state_of_its_branch_named_before(kit):
    # article 82 of 10kGNAD: "die slowenische Armee … Das Militär leistet der Polizei Hilfe"
    doc = kit.tagged(
        "Das/ART Parlament/NN stärkte/VVFIN/stärken die/ART slowenische/ADJA/slowenisch "
        "Armee/NN ./$.",
        "Das/ART Militär/NN kritisierte/VVFIN/kritisieren Russland/NE ./$.",
    )
    kit.states(doc)
    doc._.focus_country = "AT"
    assert [sides(e) for e in build_events(doc)] == [("ACCUSE", "SVN", "RUS")]


def test_organ_named_again_links_a_chain_back_to_its_state(kit):
    doc = kit.tagged(
        "Das/ART Parlament/NN stärkte/VVFIN/stärken die/ART slowenische/ADJA/slowenisch "
        "Armee/NN ./$.",
        "Die/ART Soldaten/NN/Soldat warten/VVFIN/warten ./$.",
        "Das/ART Parlament/NN tagt/VVFIN/tagen ./$.",
        "Das/ART Parlament/NN tagt/VVFIN/tagen ./$.",
        "Das/ART Militär/NN kritisierte/VVFIN/kritisieren Russland/NE ./$.",
    )
    kit.states(doc)
    doc._.focus_country = "AT"
    assert [sides(e) for e in build_events(doc)] == [("ACCUSE", "SVN", "RUS")]


def test_organ_far_from_an_earlier_mention_keeps_the_focus(kit):
    doc = kit.tagged(
        "Das/ART Parlament/NN stärkte/VVFIN/stärken die/ART slowenische/ADJA/slowenisch "
        "Armee/NN ./$.",
        "Das/ART Parlament/NN tagt/VVFIN/tagen ./$.",
        "Das/ART Parlament/NN tagt/VVFIN/tagen ./$.",
        "Das/ART Parlament/NN tagt/VVFIN/tagen ./$.",
        "Das/ART Parlament/NN tagt/VVFIN/tagen ./$.",
        "Das/ART Militär/NN kritisierte/VVFIN/kritisieren Russland/NE ./$.",
    )
    kit.states(doc)
    doc._.focus_country = "AT"
    assert [sides(e) for e in build_events(doc)] == [("ACCUSE", "AUT", "RUS")]


def test_organ_of_another_branch_named_before_keeps_the_focus(kit):
    doc = kit.tagged(
        "Das/ART Parlament/NN stärkte/VVFIN/stärken die/ART slowenische/ADJA/slowenisch "
        "Polizei/NN ./$.",
        "Das/ART Militär/NN kritisierte/VVFIN/kritisieren Russland/NE ./$.",
    )
    kit.states(doc)
    doc._.focus_country = "AT"
    assert [sides(e) for e in build_events(doc)] == [("ACCUSE", "AUT", "RUS")]


def test_participle_arrest_is_made_by_the_state_of_its_place(kit):
    # "bei einem in der Nacht in Gießen festgenommenen Marokkaner", in a story on Belgium
    doc = kit.tagged(
        "Bei/APPR einem/ART in/APPR Gießen/NE festgenommenen/ADJA/festgenommen "
        "Marokkaner/NN bestätigte/VVFIN/bestätigen sich/PRF der/ART Verdacht/NN nicht/PTKNEG ./$."
    )
    kit.add_entity(doc, "Marokko", "GPE", "Marokkaner", code="MAR")
    kit.add_place(doc, "Gießen", "DE", 50.58, 8.67)
    doc._.focus_country = "BE"
    arrest = next(e for e in build_events(doc) if e.type == "COERCE")
    assert sides(arrest) == ("COERCE", "DEU", "MAR")


def test_source_of_an_account_is_no_passive_agent(kit):
    # "wurde nach Angaben von Armee und Sanitätern ein Israeli angeschossen"
    doc = kit.tagged(
        "Ein/ART Israeli/NN wurde/VAFIN/werden nach/APPR Angaben/NN/Angabe von/APPR "
        "Frankreich/NE angeschossen/VVPP/anschießen ./$."
    )
    kit.states(doc)
    kit.add_entity(doc, "Israel", "GPE", "Israeli", code="ISR")
    assert all(e.actor is None or e.actor.code != "FRA" for e in build_events(doc))


def test_source_with_its_own_genitive_leaves_the_agent(kit):
    # "wurden nach Angaben des Kanzleramtes von den EU-Staaten 1,1 Milliarden versprochen"
    doc = kit.tagged(
        "Israel/NE wurde/VAFIN/werden nach/APPR Angaben/NN/Angabe des/ART Amtes/NN/Amt "
        "von/APPR Frankreich/NE angegriffen/VVPP/angreifen ./$."
    )
    kit.states(doc)
    assert [sides(e) for e in build_events(doc)] == [("ASSAULT", "FRA", "ISR")]


def _dortige_regierung(kit, *between: str):
    doc = kit.tagged(
        "Der/ART Minister/NN reiste/VVFIN/reisen nach/APPR Kairo/NE ./$.",
        *between,
        "Die/ART dortige/ADJA/dortig Regierung/NN kritisierte/VVFIN/kritisieren Israel/NE ./$.",
    )
    kit.states(doc)
    kit.add_place(doc, "Kairo", "EG", 30.04, 31.24)
    doc._.focus_country = "AT"
    return [sides(e) for e in build_events(doc)]


def test_place_anaphor_reads_the_sentence_before(kit):
    assert _dortige_regierung(kit) == [("ACCUSE", "EGY", "ISR")]


def test_place_anaphor_reads_no_further_back(kit):
    # a word's position counts in its sentence: the window is not measured from the Doc's
    # first sentences
    between = ("Das/ART Parlament/NN tagt/VVFIN/tagen ./$.",) * 2
    assert _dortige_regierung(kit, *between) == [("ACCUSE", "AUT", "ISR")]
