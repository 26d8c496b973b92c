"""Companies the knowledge base lacks, named beside a company word: a company noun before
the name, or "<name>-Chef" beside the bare name."""

from __future__ import annotations

from lagebild.model import Entity


def organisations(entities: list[Entity]) -> dict[str, Entity]:
    return {entity.name: entity for entity in entities if entity.type == "ORG"}


def test_name_after_a_company_noun_and_its_later_mentions(entities_of):
    entities = entities_of(
        "Der japanische Videospielhersteller Nintendo sorgt für Ärger. Nintendo verlangt Geld."
    )
    company = organisations(entities)["Nintendo"]
    assert company.code == "Nintendo"
    assert [mention.text for mention in company.mentions] == ["Nintendo", "Nintendo"]


def test_several_words_after_a_company_noun(entities_of):
    entities = entities_of("Er arbeitete bei der Investmentfirma Berkshire Hathaway in Omaha.")
    assert "Berkshire Hathaway" in organisations(entities)
    assert not [entity for entity in entities if entity.type == "PER"]


def test_compound_with_a_role_part_beside_the_bare_name(entities_of):
    entities = entities_of("Apple-Chef Tim Cook stellte das Gerät vor. Apple will damit wachsen.")
    assert "Apple" in organisations(entities)


def test_compound_alone_names_no_company(entities_of):
    entities = entities_of(
        "Der Druck auf den IT-Konzern wächst, gesteht die Hauptverbands-Chefin ein."
    )
    assert not organisations(entities)


def test_adjective_ending_like_a_company_noun_is_no_cue(entities_of):
    # "umfassender" ends in "sender", but is no noun
    entities = entities_of("Der Senat hat nach umfassender Videoanalyse entschieden.")
    assert not organisations(entities)


def test_common_nouns_and_first_names_after_a_company_noun_are_no_names(entities_of):
    entities = entities_of("Das Unternehmen Zukunft wächst. Die Firma Anna gibt es nicht.")
    assert not organisations(entities)
