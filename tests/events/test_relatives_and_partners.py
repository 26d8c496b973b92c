"""Who acts in a relative clause, coordinated partners of a reciprocal act, and pronouns
that take up a state with a feminine name."""

from __future__ import annotations

from event_sides import sides

from lagebild.entities.candidates import Candidate, Tok
from lagebild.entities.pronouns import resolve_pronouns
from lagebild.entities.resolve import Cluster
from lagebild.events.build import build_events


def test_neuter_relative_pronoun_is_the_subject(kit):
    doc = kit.tagged(
        "Russland/NE ,/$, das/PRELS/der die/ART Ukraine/NE angegriffen/VVPP/angreifen "
        "hatte/VAFIN/haben ,/$, lehnte/VVFIN/ablehnen Gespräche/NN/Gespräch "
        "ab/PTKVZ ./$."
    )
    kit.states(doc)
    assert ("ASSAULT", "RUS", "UKR") in [sides(e) for e in build_events(doc)]


def test_neuter_relative_pronoun_beside_a_plural_verb_is_the_object(kit):
    doc = kit.tagged(
        "Syrien/NE ,/$, das/PRELS/der die/ART USA/NE angegriffen/VVPP/angreifen "
        "haben/VAFIN/haben ,/$, lehnte/VVFIN/ablehnen Gespräche/NN/Gespräch "
        "ab/PTKVZ ./$."
    )
    kit.states(doc)
    assert ("ASSAULT", "SYR", "USA") not in [sides(e) for e in build_events(doc)]


def test_neuter_relative_pronoun_beside_a_nominative_is_the_object(kit):
    doc = kit.tagged(
        "Syrien/NE ,/$, das/PRELS/der der/ART Präsident/NN Frankreichs/NE/Frankreich "
        "kritisiert/VVPP/kritisieren hatte/VAFIN/haben ,/$, lehnte/VVFIN/ablehnen "
        "Gespräche/NN/Gespräch ab/PTKVZ ./$."
    )
    kit.states(doc)
    assert ("ACCUSE", "SYR", "FRA") not in [sides(e) for e in build_events(doc)]


def test_coordinated_subjects_of_an_agreement_are_its_partners(kit):
    doc = kit.tagged(
        "Israel/NE und/KON Syrien/NE vereinbarten/VVFIN/vereinbaren eine/ART Waffenruhe/NN ./$."
    )
    kit.states(doc)
    assert [sides(e) for e in build_events(doc)] == [("AGREE", "ISR", "SYR")]


def test_agreement_with_a_named_partner_keeps_both_subjects_as_actors(kit):
    doc = kit.tagged(
        "Israel/NE und/KON Syrien/NE vereinbarten/VVFIN/vereinbaren mit/APPR "
        "Russland/NE eine/ART Waffenruhe/NN ./$."
    )
    kit.states(doc)
    assert sorted(sides(e) for e in build_events(doc)) == [
        ("AGREE", "ISR", "RUS"),
        ("AGREE", "SYR", "RUS"),
    ]


def toks(tagged: str) -> list[Tok]:
    found, offset = [], 0
    for item in tagged.split():
        text, tag = item.rsplit("/", 1)
        found.append(Tok(text, offset, offset + len(text), tag))
        offset += len(text) + 1
    return found


def state(key: str, first: int, name: str, code: str) -> Cluster:
    return Cluster(
        key,
        candidates=[
            Candidate(
                first=first, last=first, type="GPE", kind="name", key=key, name=name, code=code
            )
        ],
    )


def test_pronoun_takes_up_a_state_with_a_feminine_name():
    tokens = toks(
        "Putin/NE drohte/VVFIN der/ART Ukraine/NE ./$. Er/PPER warf/VVFIN ihr/PPER "
        "Verrat/NN vor/PTKVZ ./$."
    )
    putin = Cluster(
        "PER:putin",
        candidates=[
            Candidate(
                first=0, last=0, type="PER", kind="name", key="PER:putin", name="Putin", gender="m"
            )
        ],
    )
    ukraine = state("GPE:ukr", 3, "Ukraine", "UKR")
    found = {
        tokens[i].text: key
        for i, key in resolve_pronouns(tokens, {putin.key: putin, ukraine.key: ukraine})
    }
    assert found == {"Er": "PER:putin", "ihr": "GPE:ukr"}


def test_pronoun_does_not_take_up_a_state_with_a_neuter_name():
    tokens = toks(
        "Putin/NE drohte/VVFIN Georgien/NE ./$. Er/PPER warf/VVFIN ihr/PPER "
        "Verrat/NN vor/PTKVZ ./$."
    )
    putin = Cluster(
        "PER:putin",
        candidates=[
            Candidate(
                first=0, last=0, type="PER", kind="name", key="PER:putin", name="Putin", gender="m"
            )
        ],
    )
    georgia = state("GPE:geo", 2, "Georgien", "GEO")
    found = {
        tokens[i].text: key
        for i, key in resolve_pronouns(tokens, {putin.key: putin, georgia.key: georgia})
    }
    assert found == {"Er": "PER:putin"}


SANCTIONS = (
    "Die/ART EU/NE verhängte/VVFIN/verhängen Sanktionen/NN/Sanktion gegen/APPR Russland/NE ./$."
)


def test_reaction_to_an_act_told_just_before_is_aimed_at_its_actor(kit):
    doc = kit.tagged(
        SANCTIONS,
        "Russland/NE kritisierte/VVFIN/kritisieren die/ART Sanktionen/NN/Sanktion scharf/ADJD ./$.",
    )
    kit.states(doc)
    kit.add_entity(doc, "Europäische Union", "ORG", "EU", code="EU")
    assert [sides(e) for e in build_events(doc)] == [
        ("SANCTION", "EU", "RUS"),
        ("ACCUSE", "RUS", "EU"),
    ]


def test_reaction_to_an_act_not_told_before_has_no_recipient(kit):
    doc = kit.tagged(
        "Russland/NE kritisierte/VVFIN/kritisieren die/ART Sanktionen/NN/Sanktion scharf/ADJD ./$."
    )
    kit.states(doc)
    assert build_events(doc) == []


def test_meeting_between_two_sides_names_both(kit):
    doc = kit.tagged(
        "Die/ART Verhandlungen/NN/Verhandlung zwischen/APPR Russland/NE und/KON "
        "der/ART Ukraine/NE begannen/VVFIN/beginnen ./$."
    )
    kit.states(doc)
    assert [sides(e) for e in build_events(doc)] == [("CONSULT", "RUS", "UKR")]


def test_coordinated_sides_accusing_each_other_tell_two_events(kit):
    doc = kit.tagged(
        "Israel/NE und/KON Syrien/NE beschuldigen/VVFIN/beschuldigen sich/PRF gegenseitig/ADJD ./$."
    )
    kit.states(doc)
    assert sorted(sides(e) for e in build_events(doc)) == [
        ("ACCUSE", "ISR", "SYR"),
        ("ACCUSE", "SYR", "ISR"),
    ]


def test_fighting_between_two_sides_is_told_both_ways(kit):
    doc = kit.tagged(
        "Bei/APPR Kämpfen/NN/Kämpfe zwischen/APPR Israel/NE und/KON Syrien/NE "
        "starben/VVFIN/sterben Menschen/NN/Mensch ./$."
    )
    kit.states(doc)
    assert sorted(sides(e) for e in build_events(doc)) == [
        ("ASSAULT", "ISR", "SYR"),
        ("ASSAULT", "SYR", "ISR"),
    ]


def test_protest_against_an_act_told_before_is_aimed_at_its_actor(kit):
    doc = kit.tagged(
        SANCTIONS,
        "Russland/NE protestierte/VVFIN/protestieren gegen/APPR die/ART "
        "Sanktionen/NN/Sanktion ./$.",
    )
    kit.states(doc)
    kit.add_entity(doc, "Europäische Union", "ORG", "EU", code="EU")
    assert [sides(e) for e in build_events(doc)] == [
        ("SANCTION", "EU", "RUS"),
        ("PROTEST", "RUS", "EU"),
    ]
