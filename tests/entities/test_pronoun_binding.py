"""A pronoun right after its finite verb is not that verb's subject; a name after the verb
whose clause opens with its object is the subject."""

from __future__ import annotations

from test_pronouns import entity, linked
from token_helpers import tagged_tokens as toks

from lagebild.entities.mention_roles import SUBJECT_BONUS, mention_role
from lagebild.entities.pronouns import resolve_pronouns
from lagebild.entities.token_layout import sentence_ids


def test_verb_coordinated_by_und_shares_the_subject_before_it():
    tokens = toks(
        "Doskozil/NE wurde/VAFIN geehrt/VVPP ./$. Zsifkovics/NE dankte/VVFIN dem/ART "
        "Polizeichef/NN für/APPR sein/PPOSAT kompetentes/ADJA ,/$, besonnenes/ADJA "
        "Handeln/NN und/KON überreichte/VVFIN ihm/PPER den/ART Orden/NN ./$."
    )
    found = linked(tokens, entity("PER:dosk", 0, gender="m"), entity("PER:zsif", 4, gender="m"))
    assert found == {"ihm": "PER:dosk"}


def test_subject_split_off_by_an_apposition_is_not_the_object():
    tokens = toks(
        "Die/ART Direktorin/NN ,/$, Seyfried/NE ,/$, hält/VVFIN sie/PPER für/APPR "
        "Spekulation/NN ./$."
    )
    assert linked(tokens, entity("PER:seyf", 3, gender="f")) == {}


def test_subject_of_an_earlier_clause_with_its_own_verb_stays_a_candidate():
    tokens = toks(
        "Prevc/NE sprang/VVFIN kurz/ADJD ,/$, das/PDS war/VAFIN wenig/PIS und/KON "
        "kostete/VVFIN ihn/PPER den/ART Platz/NN ./$."
    )
    assert linked(tokens, entity("PER:prevc", 0, gender="m")) == {"ihn": "PER:prevc"}


def test_name_after_the_verb_of_an_object_prefield_is_the_subject():
    tokens = toks("Wenig/PIS hält/VVFIN Gentiloni/NE davon/PAV ./$.")
    assert mention_role(tokens, 2, sentence_ids(tokens)) == SUBJECT_BONUS


def test_subject_after_the_verb_outranks_the_speaker_before():
    tokens = toks(
        "Wir/PPER können/VMFIN nicht/PTKNEG ,/$, erklärte/VVFIN Dacic/NE ./$. "
        "Wenig/PIS hält/VVFIN Gentiloni/NE davon/PAV ./$. Er/PPER warnte/VVFIN ./$."
    )
    found = linked(tokens, entity("PER:dacic", 5, gender="m"), entity("PER:gent", 9, gender="m"))
    assert found == {"Er": "PER:gent"}


def test_inverted_subject_of_an_earlier_verb_is_not_in_the_prefield():
    tokens = toks(
        "Frodeno/NE siegte/VVFIN ./$. Danach/ADV war/VAFIN er/PPER vorne/ADV ,/$, "
        "auch/ADV später/ADV war/VAFIN er/PPER vorne/ADV ./$."
    )
    frodeno = entity("PER:frodeno", 0, gender="m")
    found = resolve_pronouns(tokens, {frodeno.key: frodeno})
    assert found == [(5, "PER:frodeno"), (11, "PER:frodeno")]


def test_subject_of_a_clause_before_the_verb_stays_a_candidate():
    # "Wenn die Polizei … untersucht, könnte sie": the clause, not the verb's subject
    tokens = toks(
        "Wenn/KOUS Merkel/NE nun/ADV untersucht/VVPP ,/$, könnte/VMFIN sie/PPER klagen/VVINF ./$."
    )
    assert linked(tokens, entity("PER:merkel", 1, gender="f")) == {"sie": "PER:merkel"}


def test_state_genitive_before_a_title_opens_the_subject_phrase():
    tokens = toks(
        "Wenig/PIS hält/VVFIN Italiens/NE Außenminister/NN Paolo/NE Gentiloni/NE davon/PAV ./$."
    )
    assert mention_role(tokens, 4, sentence_ids(tokens)) == SUBJECT_BONUS
