"""A role noun right before a first name ("Apple-CEO Tim Cook", "Landeshauptmannvize
Johann Tschürtz") is the person's apposition, not a genitive owner: the name keeps the
salience of the phrase the role opens, so a later pronoun can point back to it."""

from __future__ import annotations

from test_pronouns import entity, linked
from token_helpers import tagged_tokens as toks

from lagebild.entities.mention_roles import OBLIQUE_PENALTY, SUBJECT_BONUS, mention_role
from lagebild.entities.token_layout import sentence_ids


def test_name_after_a_hyphenated_role_opens_the_subject():
    tokens = toks("Auch/ADV Apple-CEO/NE Tim/NE Cook/NE war/VAFIN dort/ADV ./$.")
    assert mention_role(tokens, 2, sentence_ids(tokens)) == SUBJECT_BONUS


def test_name_after_a_role_noun_opens_the_subject():
    tokens = toks("Landeshauptmannvize/NN Johann/NE Tschürtz/NE ist/VAFIN unzufrieden/ADJD ./$.")
    assert mention_role(tokens, 1, sentence_ids(tokens)) == SUBJECT_BONUS


def test_two_roles_joined_by_und_before_the_name():
    tokens = toks(
        "Der/ART Verhandler/NN und/KON Wirtschaftslandesrat/NN Michael/NE Strugl/NE "
        "ist/VAFIN vorgeprescht/VVPP ./$."
    )
    assert mention_role(tokens, 4, sentence_ids(tokens)) == SUBJECT_BONUS


def test_surname_after_a_noun_stays_a_genitive_attribute():
    tokens = toks("Die/ART Regierung/NN Merkel/NE ist/VAFIN gescheitert/VVPP ./$.")
    assert mention_role(tokens, 2, sentence_ids(tokens)) == -OBLIQUE_PENALTY


def test_pronoun_points_back_to_the_person_after_the_role():
    tokens = toks(
        "Landeshauptmannvize/NN Hans/NE Huber/NE lobte/VVFIN Max/NE Meier/NE ./$. "
        "Er/PPER sagte/VVFIN nichts/PIS ./$."
    )
    found = linked(
        tokens,
        entity("PER:huber", 1, 2, gender="m"),
        entity("PER:meier", 4, 5, gender="m"),
    )
    assert found == {"Er": "PER:huber"}
