"""A named regulation after "laut" is no source; plain "laut Gesetz" stays one (the Wikinews
annotators mark it)."""

from __future__ import annotations


def _laut(quotes):
    return [q for q in quotes if q.cue is not None and q.cue.lemma == "laut"]


def test_named_regulation_is_no_source(tagged_quotes):
    text = (
        "Die Regierung will keine Asylwerber zurücknehmen, deren Verfahren laut der "
        "EU-weiten Dublin-III-Verordnung in Ungarn geführt werden müsste."
    )
    assert _laut(tagged_quotes(text)) == []


def test_person_after_laut_stays_a_source(tagged_quotes):
    text = "Die Verfahren dauern laut dem Innenminister zu lange."
    assert _laut(tagged_quotes(text))
