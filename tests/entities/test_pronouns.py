"""Personal pronouns linked to the entity they point back to, or left alone when unclear."""

from __future__ import annotations

import spacy
from token_helpers import persons
from token_helpers import tagged_tokens as toks

from lagebild.entities.candidates import Candidate, Tok, tokens_of
from lagebild.entities.pronouns import resolve_pronouns
from lagebild.entities.resolve import Cluster
from lagebild.model import EntityType


def entity(
    key: str,
    first: int,
    last: int | None = None,
    type_: EntityType = "PER",
    gender: str | None = None,
    code: str | None = None,
    name: str = "X",
) -> Cluster:
    candidate = Candidate(
        first=first,
        last=first if last is None else last,
        type=type_,
        kind="name",
        key=key,
        name=name,
        code=code,
        gender=gender,
    )
    return Cluster(key, candidates=[candidate])


def linked(tokens: list[Tok], *groups: Cluster) -> dict[str, str]:
    clusters = {group.key: group for group in groups}
    return {tokens[index].text: key for index, key in resolve_pronouns(tokens, clusters)}


def test_subject_of_previous_sentence_wins_over_object():
    tokens = toks("Obama/NE traf/VVFIN Medwedew/NE ./$. Er/PPER sagte/VVFIN nichts/PIS ./$.")
    found = linked(tokens, entity("PER:obama", 0, gender="m"), entity("PER:medw", 2, gender="m"))
    assert found == {"Er": "PER:obama"}


def test_pronoun_added_as_mention_of_the_entity():
    tokens = toks("Obama/NE kam/VVFIN ./$. Er/PPER sagte/VVFIN nichts/PIS ./$.")
    obama = entity("PER:obama", 0, gender="m")
    resolve_pronouns(tokens, {obama.key: obama})
    assert obama.extra_mentions == [(3, 3, "pronoun")]


def test_gender_decides_between_two_people():
    tokens = toks("Obama/NE traf/VVFIN Merkel/NE ./$. Sie/PPER sagte/VVFIN nichts/PIS ./$.")
    found = linked(tokens, entity("PER:obama", 0, gender="m"), entity("PER:merkel", 2, gender="f"))
    assert found == {"Sie": "PER:merkel"}


def test_plural_verb_makes_sie_a_group():
    tokens = toks(
        "Die/ART Mönche/NN protestierten/VVFIN ./$. Sie/PPER forderten/VVFIN Reformen/NN ./$."
    )
    monks = entity(
        "MISC:mönche", 1, type_="MISC", code="Buddhistische Mönche", name="Buddhistische Mönche"
    )
    assert linked(tokens, monks) == {"Sie": "MISC:mönche"}


def test_singular_verb_keeps_sie_from_a_group():
    tokens = toks(
        "Die/ART Mönche/NN protestierten/VVFIN ./$. Sie/PPER forderte/VVFIN Reformen/NN ./$."
    )
    monks = entity(
        "MISC:mönche", 1, type_="MISC", code="Buddhistische Mönche", name="Buddhistische Mönche"
    )
    assert linked(tokens, monks) == {}


def test_two_equally_salient_candidates_leave_the_pronoun_unlinked():
    tokens = toks("Obama/NE kam/VVFIN ,/$, Putin/NE ging/VVFIN ./$. Er/PPER lachte/VVFIN ./$.")
    found = linked(tokens, entity("PER:obama", 0, gender="m"), entity("PER:putin", 3, gender="m"))
    assert found == {}


def test_name_in_the_same_clause_is_not_the_antecedent():
    tokens = toks("Obama/NE lobte/VVFIN ihn/PPER ./$.")
    assert linked(tokens, entity("PER:obama", 0, gender="m")) == {}


def test_pronoun_and_names_inside_quotes_are_left_alone():
    tokens = toks(
        "„/$( Er/PPER lügt/VVFIN “/$( ,/$, sagte/VVFIN Obama/NE ./$. "
        "„/$( Putin/NE kam/VVFIN “/$( ./$. Er/PPER lachte/VVFIN ./$."
    )
    found = resolve_pronouns(
        tokens,
        {
            "PER:obama": entity("PER:obama", 5, gender="m"),
            "PER:putin": entity("PER:putin", 9, gender="m"),
        },
    )
    assert found == [(13, "PER:obama")]


def test_a_thing_in_subject_position_blocks_the_link():
    tokens = toks(
        "Der/ART Vorschlag/NN kam/VVFIN von/APPR Obama/NE ./$. Er/PPER sei/VAFIN gut/ADJD ./$."
    )
    assert linked(tokens, entity("PER:obama", 4, gender="m")) == {}


def test_one_who_speaks_is_a_person_not_a_thing():
    tokens = toks(
        "Die/ART Bodenoffensive/NN wurde/VAFIN von/APPR einer/ART Sprecherin/NN "
        "bestätigt/VVPP ./$. Sie/PPER sagte/VVFIN nichts/PIS ./$."
    )
    speaker = entity("PER:unnamed:5", 4, 5, gender="f")
    assert linked(tokens, speaker) == {"Sie": "PER:unnamed:5"}


def test_polite_sie_of_an_interview_is_no_pronoun_of_the_text():
    tokens = toks("Merkel/NE kam/VVFIN ./$. Bereiten/VVFIN Sie/PPER sich/PRF vor/PTKVZ ?/$.")
    assert linked(tokens, entity("PER:merkel", 0, gender="f")) == {}


def test_tokens_carry_the_sentence_of_the_splitter():
    nlp = spacy.blank("de")
    doc = nlp("Er kam. Sie ging.")
    for token in doc:
        token.is_sent_start = token.i in (0, 3)
    assert [token.sent for token in tokens_of(doc)] == [0, 0, 0, 1, 1, 1]


def test_unnamed_person_is_named_with_their_description(entities_of):
    entities = entities_of("Sarkozy verlangte die Freilassung einer französischen Lehrerin.")
    assert "Französische Lehrerin" in [entity.name for entity in entities]


def test_she_is_not_a_man_whose_first_name_is_listed(entities_of):
    # "Jörg" and "Owen" are men: "sie" there is a thing ("die Maus"), never the person
    text = (
        "Jörg Wojahn lässt die Kritik nicht gelten. Wie sollte sie? "
        "Owen Williams zeigt die Maus. Sie verfügt über einen Akku."
    )
    people = persons(entities_of(text))
    for name in ("Jörg Wojahn", "Owen Williams"):
        assert [m.text for m in people[name].mentions if m.kind == "pronoun"] == []
