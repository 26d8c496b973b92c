"""The per-Doc readings of the quote rules: Konjunktiv candidates from the morphology and the
word list, the subject read only when a frameless Konjunktiv sentence needs it, units cut at
paragraphs."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from lagebild.pipeline import register_extensions
from lagebild.quotes.component import QuoteFinder
from lagebild.quotes.continuation import main_verb_present_subjunctive
from lagebild.quotes.direct import find_quotations
from lagebild.quotes.mood import is_subjunctive
from lagebild.quotes.readings import READINGS_KEY, readings
from lagebild.quotes.units import Unit, build_units, paragraphs_of

REPORT = "Der Minister sagte, die Lage sei ernst. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    register_extensions()
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    return nlp


@pytest.fixture
def make_doc(nlp: Language) -> Callable[..., Doc]:
    def make(text: str, morphs: dict[str, str] | None = None) -> Doc:
        doc = nlp(text)
        doc._.entities = []
        for token in doc:
            if morphs and token.text in morphs:
                token.set_morph(morphs[token.text])
        return doc

    return make


def _quotes(doc: Doc) -> list[tuple[str, str, str | None]]:
    return [
        (q.kind, q.text, q.speaker.name if q.speaker else None) for q in QuoteFinder().find(doc)
    ]


def test_konjunktiv_from_the_morphology_alone_continues(make_doc: Callable[..., Doc]) -> None:
    # "prüfe" is in no word list: only its Mood=Sub makes it Konjunktiv
    text = REPORT + "Man prüfe alle Optionen."
    assert len(_quotes(make_doc(text))) == 1
    found = _quotes(make_doc(text, {"prüfe": "Mood=Sub|Tense=Pres"}))
    assert found[1] == ("reported_continuation", "Man prüfe alle Optionen.", "Der Minister")


def test_indicative_morphology_overrules_the_konjunktiv_list(
    make_doc: Callable[..., Doc],
) -> None:
    text = REPORT + "Die Regierung bleibe im Amt."
    assert _quotes(make_doc(text))[1][0] == "reported_continuation"
    assert len(_quotes(make_doc(text, {"bleibe": "Mood=Ind|Tense=Pres"}))) == 1


def test_candidates_hold_every_konjunktiv_token(make_doc: Callable[..., Doc]) -> None:
    text = "Er sei krank, sie wäre gern gekommen, man prüfe es, wir bleiben, es gelte."
    doc = make_doc(text, {"prüfe": "Mood=Sub|Tense=Pres", "bleiben": "Mood=Ind|Tense=Pres"})
    candidates = readings(doc).maybe_subjunctive
    subjunctive = [token.i for token in doc if is_subjunctive(token)]
    assert subjunctive and set(subjunctive) <= set(candidates)
    assert [doc[i].text for i in candidates] == ["sei", "wäre", "prüfe", "gelte"]
    assert readings(doc).subjunctive_candidates(3, 10) == [subjunctive[1]]
    maybe = [token.i for token in doc if readings(doc).may_be_subjunctive(token.i)]
    assert maybe == candidates  # "bleiben" (Mood=Ind) and "krank" may not be


@pytest.mark.parametrize(
    ("text", "morphs", "expected"),
    [
        ("Man prüfe alles.", {"prüfe": "Mood=Sub|Tense=Pres"}, True),  # by its morphology
        ("Das gelte für alle.", {}, True),  # by the word list
        ("Wir bleiben hier.", {"bleiben": "Mood=Ind|Tense=Pres"}, False),
        ("Er kommt heute.", {}, False),  # no mood, no listed form
    ],
)
def test_main_verb_konjunktiv_read_from_the_candidates(
    make_doc: Callable[..., Doc], text: str, morphs: dict[str, str], expected: bool
) -> None:
    doc = make_doc(text, morphs)
    doc[1].tag_ = "VVFIN"
    unit = Unit(start=0, end=len(doc), paragraph=0, heading=False)
    assert main_verb_present_subjunctive(doc, unit, frozenset()) is expected


def test_finding_quotes_leaves_no_readings_behind(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(REPORT + "Man prüfe alles.")
    QuoteFinder()(doc)
    assert doc._.quotes and READINGS_KEY not in doc.user_data


def test_subject_of_the_sentence_before_speaks_on(make_doc: Callable[..., Doc]) -> None:
    opinion = "Edler sieht darin Parallelen. "
    konjunktiv = "Die Ursache sei nie gefunden worden."
    assert _quotes(make_doc(opinion + konjunktiv)) == [
        ("reported_continuation", konjunktiv, "Edler")
    ]
    # the subject is the one of the sentence right before, in the same paragraph
    assert _quotes(make_doc(opinion + "Es regnet. " + konjunktiv)) == []
    assert _quotes(make_doc(opinion + "\n\n" + konjunktiv)) == []
    # the chain it opens goes on in a hearsay "soll" sentence
    hearsay = "Sie soll den Anschlag geplant haben."
    assert _quotes(make_doc(opinion + konjunktiv + " " + hearsay)) == [
        ("reported_continuation", konjunktiv, "Edler"),
        ("free_indirect", hearsay, "Edler"),
    ]


def test_units_start_at_every_paragraph(make_doc: Callable[..., Doc]) -> None:
    text = (
        "Erster Satz. Zweiter Satz.\n\n Dritter Satz\n\n\nVierter Satz. Er rief: „Nein. Doch.“ "
        "und ging. Fünfter „Satz.“ Ende."
    )
    doc = make_doc(text)
    units = build_units(doc, paragraphs_of(doc), find_quotations(text))
    assert [(doc[u.start : u.end].text, u.paragraph, u.heading) for u in units] == [
        ("Erster Satz.", 0, False),
        ("Zweiter Satz.", 0, False),
        ("Dritter Satz", 1, True),
        ("Vierter Satz.", 2, False),
        ("Er rief: „Nein. Doch.“ und ging.", 2, False),  # no unit ends inside a quotation
        ("Fünfter „Satz.“", 2, False),
        ("Ende.", 2, False),  # a capital after a quoted full stop starts one
    ]
