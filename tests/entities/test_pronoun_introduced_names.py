"""Pronoun antecedents: an organisation takes the gender of the noun that introduces its name,
a name after an extended attribute is a subject, reported speech keeps its speaker near."""

from __future__ import annotations

from token_helpers import tagged_tokens as toks

from lagebild.entities.candidates import Candidate, Tok
from lagebild.entities.pronouns import (
    OBLIQUE_PENALTY,
    SUBJECT_BONUS,
    introduced_agreement,
    mention_role,
    resolve_pronouns,
    sentence_ids,
)
from lagebild.entities.resolve import Cluster


def organisation(key: str, first: int, name: str) -> Cluster:
    candidate = Candidate(
        first=first, last=first, type="ORG", kind="name", key=key, name=name, code=name
    )
    return Cluster(key, candidates=[candidate])


def test_party_introduced_by_feminine_noun_takes_sie():
    tokens = toks(
        "Die/ART Partei/NN D66/NE zog/VVFIN Konsequenzen/NN ./$. "
        "Sie/PPER kündigte/VVFIN die/ART Koalition/NN auf/PTKVZ ./$."
    )
    party = organisation("ORG:d66", 2, "D66")
    assert introduced_agreement(tokens, party) == frozenset({"f"})
    assert resolve_pronouns(tokens, {party.key: party}) == [(6, "ORG:d66")]


def test_bare_name_shows_no_gender():
    tokens = toks("D66/NE zog/VVFIN Konsequenzen/NN ./$. Sie/PPER kündigte/VVFIN ./$.")
    party = organisation("ORG:d66", 0, "D66")
    assert introduced_agreement(tokens, party) == frozenset()
    assert resolve_pronouns(tokens, {party.key: party}) == []


def test_extended_attribute_keeps_its_name_the_subject():
    # "zog die der Koalition angehörende Partei D66 …": the name is the subject, not an
    # attribute of the name before it
    tokens = toks(
        "Danach/ADV zog/VVFIN die/ART der/ART Koalition/NN von/APPR Rutte/NE "
        "angehörende/ADJA Partei/NN D66/NE Konsequenzen/NN ./$."
    )
    sentences = sentence_ids(tokens)
    assert mention_role(tokens, 9, sentences) == SUBJECT_BONUS
    tokens[7] = Tok("starke", tokens[7].start, tokens[7].end, "ADJA")  # no participle
    assert mention_role(tokens, 9, sentences) == -OBLIQUE_PENALTY


def test_reported_speech_between_keeps_the_speaker_near():
    # the two sentences in the Konjunktiv go on with Müller's words: "er" is still Müller
    tokens = toks(
        "Müller/NE sprach/VVFIN ./$. Die/ART Lage/NN sei/VAFIN ernst/ADJD ./$. "
        "Das/ART Land/NN stehe/VVFIN still/ADJD ./$. Die/ART Wahl/NN werde/VAFIN "
        "verschoben/VVPP ./$. Dann/ADV forderte/VVFIN er/PPER Hilfe/NN ./$."
    )
    mueller = Cluster(
        "PER:mueller",
        candidates=[
            Candidate(
                first=0,
                last=0,
                type="PER",
                kind="name",
                key="PER:mueller",
                name="Müller",
                gender="m",
            )
        ],
    )
    assert resolve_pronouns(tokens, {mueller.key: mueller}) == [(20, "PER:mueller")]
    for position, fact in ((5, "ist"), (10, "steht"), (15, "wird")):  # told as fact
        tokens[position] = Tok(fact, tokens[position].start, tokens[position].end, "VAFIN")
    mueller.extra_mentions.clear()
    assert resolve_pronouns(tokens, {mueller.key: mueller}) == []
