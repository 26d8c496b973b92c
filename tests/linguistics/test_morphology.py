from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from lagebild.paths import shared_dir


def token(doc: Doc, text: str) -> Token:
    return next(t for t in doc if t.text == text)


def moods(t: Token) -> list[str]:
    return t.morph.get("Mood")


@pytest.mark.parametrize(
    "sentence, verb, expected",
    [
        ("Man habe aber nicht konkret verhandelt.", "habe", ["Sub"]),
        ("Ich habe nicht konkret verhandelt.", "habe", ["Ind"]),
        ("Die USA hätten deutlich gemacht, dass sie bereit seien.", "hätten", ["Sub"]),
        ("Die USA hätten deutlich gemacht, dass sie bereit seien.", "seien", ["Sub"]),
        ("Sherman drohte Russland mit Konsequenzen.", "drohte", ["Ind"]),
        ("Der Seite sei versichert worden, dass Russland keinen Überfall plane.", "sei", ["Sub"]),
        ("Der Seite sei versichert worden, dass Russland keinen Überfall plane.", "plane", ["Sub"]),
        ("Die USA würden keine Entscheidung fällen.", "würden", ["Sub"]),
        ("Man werde niemandem erlauben, das zu stoppen.", "werde", ["Sub"]),
        ("Er könne nicht kommen, sie müsse bleiben.", "könne", ["Sub"]),
        ("Er könne nicht kommen, sie müsse bleiben.", "müsse", ["Sub"]),
        ("Fortschritte müssten erzielt werden.", "müssten", ["Sub"]),
        ("Dazu zählten ein Ende der Ausdehnung.", "zählten", ["Ind", "Sub"]),
        ("Er käme gern, doch er kam nicht.", "käme", ["Sub"]),
        ("Er käme gern, doch er kam nicht.", "kam", ["Ind"]),
        ("Russland dementiert Invasionspläne.", "dementiert", ["Ind"]),
        ("Die Allianz ist bereit.", "ist", ["Ind"]),
    ],
)
def test_mood(analyse: Callable[..., Doc], sentence: str, verb: str, expected: list[str]) -> None:
    t = token(analyse(sentence), verb)
    assert sorted(moods(t)) == expected
    assert t.morph.get("VerbForm") == ["Fin"]


def test_a_form_met_again_is_judged_by_its_own_neighbours(analyse: Callable[..., Doc]) -> None:
    # the features of "habe" are worked out once per component; the "ich" beside each
    # occurrence still decides its mood
    doc = analyse("Ich habe nichts gesagt. Man habe nichts gesagt. Ich habe es.")
    assert [moods(t) for t in doc if t.text == "habe"] == [["Ind"], ["Sub"], ["Ind"]]


@pytest.mark.parametrize(
    "sentence, verb, particle, lemma",
    [
        (
            'Doch sei man in Genf nicht weitergekommen, räumte Rjabkow ein: "Nein."',
            "räumte",
            "ein",
            "einräumen",
        ),
        (
            "Forderungen Russlands nach Garantien wies Sherman aber erneut zurück.",
            "wies",
            "zurück",
            "zurückweisen",
        ),
        ("Das Treffen fand im Gebäude in Genf statt", "fand", "statt", "stattfinden"),
    ],
)
def test_separable_verbs_reunited(
    analyse: Callable[..., Doc], sentence: str, verb: str, particle: str, lemma: str
) -> None:
    doc = analyse(sentence)
    v, p = token(doc, verb), token(doc, particle)
    assert v.lemma_ == lemma
    assert v._.separable_particle == p.i
    assert p._.particle_of == v.i


def test_particle_is_not_taken_across_a_clause(analyse: Callable[..., Doc]) -> None:
    doc = analyse("Er sagte, dass er die Tür zumacht und sie ging.")
    assert token(doc, "sagte").lemma_ == "sagen"
    assert token(doc, "sagte")._.separable_particle is None


def test_seed_article_verbs(linguistics_nlp: Language) -> None:
    shared = shared_dir()
    if shared is None:
        pytest.skip("shared data not available")
    from lagebild.pipeline import Analyzer
    from lagebild.readers.document import Document

    text = (shared / "seed" / "000_520c29f28ee48caa.txt").read_text(encoding="utf-8")
    document = Document(id="seed", text=text, published="2022-01-10")
    doc = Analyzer(linguistics_nlp).annotate(document)
    lemmas = {t.lemma_ for t in doc if t._.separable_particle is not None}
    assert {"einräumen", "zurückweisen", "stattfinden"} <= lemmas
    assert all(t.morph.get("Mood") for t in doc if t.tag_.endswith("FIN"))


def test_the_tags_and_lemmas_are_kept_as_the_stages_read_them(analyse: Callable[..., Doc]) -> None:
    # the tagger and the morphology component keep the strings they wrote: the later
    # stages read them without looking every lemma up again, and read the same
    from spacy.attrs import LEMMA, TAG

    from lagebild.pipeline import STRINGS_KEY, doc_strings

    doc = analyse("Russland wies die Vorwürfe zurück. Er sagte es ab.")
    for attribute, attr_name in ((TAG, "tag_"), (LEMMA, "lemma_")):
        kept = doc.user_data[STRINGS_KEY + str(attribute)]
        assert kept[0] == doc.to_array(attribute).tobytes()
        assert doc_strings(doc, attribute) is kept[1]
        assert kept[1] == [getattr(t, attr_name) for t in doc]
    assert token(doc, "wies").lemma_ == "zurückweisen"
