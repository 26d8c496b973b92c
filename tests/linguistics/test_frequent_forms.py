from __future__ import annotations

import pickle
from collections.abc import Callable
from pathlib import Path

import pytest
from script_modules import load_script
from spacy.tokens import Doc

from lagebild.linguistics.frequent_forms import (
    FORMS_PATH,
    FrequentForms,
    encode_record,
    form_hash,
    write_forms,
)
from lagebild.linguistics.tagger import GermanTagger

# Frequent forms of several kinds: function words, a noun in both cases, a verb, a compound
# HanTa's lexicon lacks, a capitalised adjective.
FORMS = ["der", "Der", "Regierung", "regierung", "wurde", "Bundeskanzlerin", "Neue"]
TEXT = (
    "Der Regierung wurde von der Bundeskanzlerin eine neue Linie vorgegeben. "
    "Neue Fragen stellte der Rechnungshof."
)


@pytest.fixture(scope="module")
def computing_tagger() -> GermanTagger:
    return GermanTagger(frequent_forms=False)


def computed(tagger: GermanTagger, form: str) -> tuple[object, object, dict[int, object]]:
    """What a fresh tagger computes for ``form``: both candidate sets, each tag's analysis."""
    case_blind = tagger.hanta.computed_candidates(form, False)
    case_sensitive = tagger.hanta.computed_candidates(form, True)
    tags = sorted(set(case_blind[0]) | set(case_sensitive[0]))
    return case_blind, case_sensitive, {tag: tagger._word_analysis(form, tag) for tag in tags}


def test_shipped_forms_hold_what_the_tagger_computes(computing_tagger: GermanTagger) -> None:
    forms = FrequentForms(FORMS_PATH)
    assert forms.available
    for form in FORMS:
        assert forms.record(form) == computed(computing_tagger, form), form
    assert forms.record("Flüchtlingsunterkunftsverwaltungen") is None


def test_a_spread_sample_of_the_shipped_forms_is_up_to_date(
    computing_tagger: GermanTagger,
) -> None:
    """A stale file (the tagger's code, its word table or HanTa's model changed since the
    build) would change tags and lemmas silently: every 100th record must still equal what
    the tagger computes. Rebuild with ``scripts/build_frequent_forms.py`` when this fails."""
    forms = FrequentForms(FORMS_PATH)
    stale = [
        form
        for form in map(forms.form_at, range(0, len(forms), 100))
        if forms.record(form) != computed(computing_tagger, form)
    ]
    assert stale == []


def test_written_records_are_read_back_exactly(tmp_path: Path) -> None:
    candidates = ((12, 16), (-9.07069105337504, -1.2399313828222471))
    analysis = ("ART", "der", (("der", "ART"),))
    records = [
        ("der", encode_record("der", candidates, candidates, [(16, analysis)])),
        ("Haus", encode_record("Haus", ((), ()), ((), ()), [])),
    ]
    path = tmp_path / "forms.bin"
    assert write_forms(records, path) == 2
    forms = FrequentForms(path)
    assert forms.record("der") == (candidates, candidates, {16: analysis})
    assert forms.record("Haus") == (((), ()), ((), ()), {})
    assert forms.record("haus") is None
    assert pickle.loads(pickle.dumps(forms)).record("der") == forms.record("der")


def test_forms_sharing_a_hash_are_told_apart(tmp_path: Path) -> None:
    # "plumless" and "buckeroo" are a known CRC-32 collision.
    assert form_hash("plumless") == form_hash("buckeroo")
    no_candidates = ((), ())
    records = [
        (form, encode_record(form, no_candidates, ((index,), (0.5,)), []))
        for index, form in enumerate(["plumless", "buckeroo"])
    ]
    forms = FrequentForms(write_path(tmp_path, records))
    assert forms.record("plumless") == (no_candidates, ((0,), (0.5,)), {})
    assert forms.record("buckeroo") == (no_candidates, ((1,), (0.5,)), {})


def write_path(tmp_path: Path, records: list[tuple[str, bytes]]) -> Path:
    path = tmp_path / "forms.bin"
    write_forms(records, path)
    return path


def test_a_missing_file_holds_nothing(tmp_path: Path) -> None:
    assert FrequentForms(tmp_path / "absent.bin").record("der") is None


def test_tags_and_lemmas_do_not_change(analyse: Callable[..., Doc]) -> None:
    def annotations(doc: Doc) -> list[tuple[str, str, str, object]]:
        return [(t.tag_, t.pos_, t.lemma_, t._.hanta_morphemes) for t in doc]

    doc = analyse(TEXT)  # the pipeline's tagger reads the frequent forms
    read = annotations(doc)
    GermanTagger(frequent_forms=False)(doc)
    assert read == annotations(doc)


def test_build_script_stores_the_computed_analyses(
    computing_tagger: GermanTagger, tmp_path: Path
) -> None:
    script = load_script("build_frequent_forms")
    assert script.word_forms(["der", "über", "Der"]) == ["der", "Der", "über", "Über"]
    records = [script.analyse(computing_tagger, form) for form in ("wurde", "Regierung")]
    forms = FrequentForms(write_path(tmp_path, records))
    assert forms.record("Regierung") == computed(computing_tagger, "Regierung")
    assert forms.record("wurde") == computed(computing_tagger, "wurde")
