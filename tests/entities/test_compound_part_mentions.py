"""Parts of hyphenated words as mentions: a state adjective leading a compound is one
mention, not two ("griechisch-mazedonische"); a lower-case word inside an English phrase is
no acronym ("Service-is-our-success" names no "IS")."""

from __future__ import annotations


def test_a_leading_state_adjective_is_mentioned_once(entities_of) -> None:
    entities = entities_of(
        "Griechenland und Mazedonien streiten. Tausende warten an der "
        "griechisch-mazedonischen Grenze."
    )
    greece = next(entity for entity in entities if entity.name == "Griechenland")
    spans = [(m.start, m.end) for m in greece.mentions]
    assert len(spans) == len(set(spans)) == 2


def test_a_lower_case_word_inside_a_compound_is_no_acronym(entities_of) -> None:
    entities = entities_of("Die Zukunft gehört den Service-is-our-success-Künstlern.")
    assert not any(m.text == "is" for entity in entities for m in entity.mentions)


def test_a_capitalised_acronym_inside_a_compound_still_counts(entities_of) -> None:
    entities = entities_of("Die Anti-IS-Koalition tagt in Paris.")
    assert any(m.text == "IS" for entity in entities for m in entity.mentions)
