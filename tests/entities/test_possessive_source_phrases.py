"""Possessives in source phrases ("seiner Meinung nach", "nach ihren Angaben") linked to
their owner like a personal pronoun; other possessives and the polite "Ihrer" left alone."""

from __future__ import annotations

from token_helpers import persons
from token_helpers import tagged_tokens as toks

from lagebild.entities.candidates import Candidate, Tok
from lagebild.entities.pronouns import resolve_pronouns
from lagebild.entities.resolve import Cluster


def person(key: str, first: int, gender: str) -> Cluster:
    candidate = Candidate(
        first=first, last=first, type="PER", kind="name", key=key, name="X", gender=gender
    )
    return Cluster(key, candidates=[candidate])


def linked(tokens: list[Tok], *groups: Cluster) -> dict[str, str]:
    clusters = {group.key: group for group in groups}
    return {tokens[index].text: key for index, key in resolve_pronouns(tokens, clusters)}


def test_seiner_meinung_nach_is_linked_to_the_man_named_before():
    tokens = toks(
        "Müller/NE kritisierte/VVFIN die/ART Regierung/NN ./$. "
        "Seiner/PPOSAT Meinung/NN nach/APPO sei/VAFIN die/ART Lage/NN ernst/ADJD ./$."
    )
    assert linked(tokens, person("PER:mueller", 0, "m")) == {"Seiner": "PER:mueller"}


def test_nach_ihren_angaben_takes_the_woman_not_the_man():
    tokens = toks(
        "Merkel/NE traf/VVFIN Obama/NE ./$. Nach/APPR ihren/PPOSAT Angaben/NN "
        "sei/VAFIN das/ART Treffen/NN gut/ADJD gewesen/VAPP ./$."
    )
    found = linked(tokens, person("PER:merkel", 0, "f"), person("PER:obama", 2, "m"))
    assert found == {"ihren": "PER:merkel"}


def test_possessive_outside_a_source_phrase_is_left_alone():
    tokens = toks(
        "Müller/NE kam/VVFIN ./$. Seine/PPOSAT Partei/NN verlor/VVFIN die/ART Wahl/NN ./$."
    )
    assert linked(tokens, person("PER:mueller", 0, "m")) == {}


def test_capital_ihrer_inside_a_sentence_is_the_polite_address():
    tokens = toks(
        "Merkel/NE kam/VVFIN ./$. Wer/PWS hat/VAFIN Ihrer/PPOSAT Meinung/NN nach/APPO "
        "recht/ADJD ?/$."
    )
    assert linked(tokens, person("PER:merkel", 0, "f")) == {}


def test_pipeline_adds_the_possessive_to_the_persons_mentions(entities_of):
    text = (
        "Der Ökonom Bernhard Felderer hat am Donnerstag die Zahlen präsentiert. "
        "So werden die Flüchtlinge seiner Einschätzung nach mehr Geld kosten."
    )
    people = persons(entities_of(text))
    mentions = people["Bernhard Felderer"].mentions
    assert [m.text for m in mentions if m.kind == "pronoun"] == ["seiner"]
