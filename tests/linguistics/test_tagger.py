from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from lagebild.linguistics.tagger import punctuation_tag, restore_case, stts_tag


def by_text(doc: Doc) -> dict[str, tuple[str, str, str]]:
    return {t.text: (t.tag_, t.pos_, t.lemma_) for t in doc}


def test_stts_tags_are_plain_stts() -> None:
    assert stts_tag("VA(FIN)") == "VAFIN"
    assert stts_tag("ADJ(A)") == "ADJA"
    assert stts_tag("NNA") == "NN"
    assert punctuation_tag("„") == "$("
    assert punctuation_tag(",") == "$,"
    assert punctuation_tag("?") == "$."
    assert punctuation_tag("Wort") is None


def test_restore_case_keeps_acronyms_and_hyphenated_parts() -> None:
    assert restore_case("Usa", "USA") == "USA"
    assert restore_case("Ukraine-krise", "Ukraine-Krise") == "Ukraine-Krise"
    assert restore_case("Nato-russland-rat", "NATO-Russland-Rates") == "NATO-Russland-Rat"


def test_tags_lemmas_and_universal_pos(analyse: Callable[..., Doc]) -> None:
    doc = analyse(
        "Die USA haben Russland in Genf zur Deeskalation in der Ukraine-Krise aufgerufen. "
        "Die Sitzung des NATO-Russland-Rates fand statt."
    )
    tokens = by_text(doc)
    assert tokens["USA"] == ("NE", "PROPN", "USA")
    assert tokens["haben"][:2] == ("VAFIN", "AUX")
    assert tokens["Ukraine-Krise"][2] == "Ukraine-Krise"
    assert tokens["NATO-Russland-Rates"][2] == "NATO-Russland-Rat"
    assert tokens["aufgerufen"] == ("VVPP", "VERB", "aufrufen")
    assert tokens["Die"][1:] == ("DET", "der")
    assert tokens["statt"][:2] == ("PTKVZ", "ADV")


def test_haben_without_participle_is_a_main_verb(analyse: Callable[..., Doc]) -> None:
    doc = analyse("Wir hatten keine Chance.")
    assert doc[1].pos_ == "VERB"


def test_pronoun_lemmas_follow_ud(analyse: Callable[..., Doc]) -> None:
    doc = analyse("Er gab mir und uns die anderen Bücher.")
    tokens = by_text(doc)
    assert tokens["mir"][2] == "ich"
    assert tokens["uns"][2] == "wir"


def test_quote_marks_are_punctuation(analyse: Callable[..., Doc]) -> None:
    doc = analyse("Sie sagte: „Nein“ und »gut«.")
    for token in doc:
        if token.text in "„“»«":
            assert (token.tag_, token.pos_) == ("$(", "PUNCT")
