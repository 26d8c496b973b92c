from __future__ import annotations

import mmap
import pickle
from pathlib import Path

import pytest
from script_modules import load_script

from lagebild.linguistics.hanta_fast import CANDIDATE_CUTOFF, FastHanoverTagger
from lagebild.linguistics.tagger import HANTA_MODEL, GermanTagger
from lagebild.linguistics.word_table import (
    TABLE_PATH,
    WordTable,
    decode_scores,
    decode_segmentation,
    encode_scores,
    encode_segmentations,
    word_hash,
    write_words,
)

# Rare-ish words HanTa's lexicon lacks, of several classes; all among wordfreq's frequent words.
RARE_WORDS = ["lanciert", "transparenter", "ziffern", "führungsebenen", "abgegolten"]
TEXT = (
    "Die Gewerkschaft lanciert ein transparenter gestaltetes Online-Werkzeug. "
    "Ziffern auf den Führungsebenen werden abgegolten, sagte Katzian am Dienstag."
)


def test_scores_and_segmentations_survive_encoding() -> None:
    scores = [(22, -31.000379489227633), (20, -31.285284126428568), (3, 0.0)]
    assert decode_scores(encode_scores(scores)) == scores
    segmentations = {-22: [(5, 3), (-22, 9)], -40: [(7, 8), (12, 9), (-40, 10)]}
    blob = encode_segmentations(segmentations)
    assert decode_segmentation(blob, -40) == [(7, 8), (12, 9), (-40, 10)]
    assert decode_segmentation(blob, -22) == [(5, 3), (-22, 9)]
    assert decode_segmentation(blob, -99) is None


def test_a_missing_table_is_an_empty_table(tmp_path: Path) -> None:
    table = WordTable(tmp_path / "absent.bin")
    assert not table.available
    assert len(table) == 0
    assert table.scores("lanciert") is None
    assert table.segmentation("lanciert", -22) is None
    assert not table.may_hold("lanciert")
    assert table.scores_of(["lanciert"]) == {}


def write_table(path: Path) -> Path:
    """A table of two words with the same CRC-32 (one without scores) and one other."""
    write_words(
        [
            ("superschön", encode_scores([(3, -0.5)]), encode_segmentations({-3: [(3, 11)]})),
            ("wort", encode_scores([(22, -1.5)]), encode_segmentations({-22: [(5, 4)]})),
            ("dienes", None, b""),
        ],
        path,
    )
    return path


def test_the_table_pickles_without_its_map(tmp_path: Path) -> None:
    table = WordTable(write_table(tmp_path / "words.bin"))
    assert table.scores("wort") == [(22, -1.5)]
    copy = pickle.loads(pickle.dumps(table))
    assert copy._map is None
    assert copy.scores("wort") == [(22, -1.5)]
    assert copy.segmentation("wort", -22) == [(5, 4)]


def test_words_of_one_hash_are_told_apart(tmp_path: Path) -> None:
    table = WordTable(write_table(tmp_path / "words.bin"))
    assert word_hash("dienes") == word_hash("superschön")
    assert len(table) == 3
    assert table.scores("superschön") == [(3, -0.5)]
    assert table.segmentation("superschön", -3) == [(3, 11)]
    assert table.scores("dienes") is None
    assert table.segmentation("dienes", -3) is None
    assert table.scores_of(["satz", "dienes", "wort", "superschön"]) == {
        "wort": [(22, -1.5)],
        "superschön": [(3, -0.5)],
    }
    assert table.listed(["satz", "wort", "dienes"]) == ["wort", "dienes"]
    assert [table.row_at(index)[0] for index in range(3)] == ["dienes", "superschön", "wort"]


def test_the_table_is_mapped_at_its_first_look_up(tmp_path: Path) -> None:
    table = WordTable(write_table(tmp_path / "words.bin"))
    assert table._map is None  # loading the tagger reads nothing
    table.may_hold("wort")
    assert isinstance(table._map, mmap.mmap)
    (tmp_path / "other.bin").write_bytes(b"SQLite format 3\x00" + bytes(64))
    with pytest.raises(ValueError):
        WordTable(tmp_path / "other.bin").scores("wort")


needs_table = pytest.mark.skipif(not TABLE_PATH.is_file(), reason="word table not built")


@pytest.fixture(scope="module")
def searching() -> FastHanoverTagger:
    return FastHanoverTagger(HANTA_MODEL)


@needs_table
def test_stored_words_hold_what_hanta_computes(searching: FastHanoverTagger) -> None:
    table = WordTable()
    # Every 2,000th row: short, long, hyphenated and lexicon words alike.
    sample = [table.row_at(index)[0] for index in range(0, len(table), 2000)]
    assert len(sample) > 100
    for word in RARE_WORDS + sample:
        stored = table.scores(word)
        if word in searching.cache:
            assert stored is None
            tags = [tag for tag, _ in searching.cache[word]]
        else:
            assert stored is not None, word
            forward = searching.analyze_forward(word)
            for spelling, case_sensitive in ((word, False), (word, True), (word.title(), True)):
                expected = searching._tag_word(
                    spelling, CANDIDATE_CUTOFF, case_sensitive, conditional=True
                )
                assert searching.candidate_scores(spelling, stored, case_sensitive) == expected
            tags = [tag for tag, _ in forward if tag in dict(stored)]
        for tag in tags:
            segmentation = table.segmentation(word, -tag)
            if segmentation is not None:
                assert segmentation == searching.analyze_viterbi(word, -tag), (word, tag)


@needs_table
def test_tagging_with_the_table_equals_tagging_without() -> None:
    from lagebild.pipeline import build_pipeline

    results = []
    for word_table in (True, False):
        nlp = build_pipeline(upto="lagebild_sentences")
        doc = nlp(TEXT)
        GermanTagger(word_table=word_table, unknown_words=False)(doc)
        results.append([(t.tag_, t.pos_, t.lemma_, t._.hanta_morphemes) for t in doc])
    assert results[0] == results[1]
    lemmas = {token[2] for token in results[0]}
    assert {"lancieren", "Führungsebene"} <= lemmas


@needs_table
def test_rows_remembered_for_a_document_answer_as_the_table_does() -> None:
    remembering = WordTable()
    words = RARE_WORDS + ["regierung", "not-a-word-at-all"]
    for _document in range(2):
        remembering.new_document()
        for word in words + words:
            assert remembering.scores(word) == WordTable().scores(word)
            for target in (-20, -22, -17):
                expected = WordTable().segmentation(word, target)
                assert remembering.segmentation(word, target) == expected


def test_remembered_rows_stay_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("lagebild.linguistics.word_table._MAX_REMEMBERED_ROWS", 2)
    table = WordTable(write_table(tmp_path / "words.bin"))
    for word in ("wort", "satz", "dienes", "superschön", "wort"):
        table.scores(word)
        assert len(table._document_rows) <= 2
    assert table.scores("wort") == [(22, -1.5)]


@needs_table
def test_a_spread_sample_of_the_shipped_rows_is_up_to_date(
    searching: FastHanoverTagger,
) -> None:
    """A stale table (HanTa's model or the build's rules changed since it was built) would
    change tags and lemmas silently: every 1,000th row must equal what the build script
    computes now. Rebuild with ``scripts/build_word_table.py`` when this fails."""
    script = load_script("build_word_table")
    table = WordTable()
    stale = []
    for index in range(0, len(table), 1000):
        word, forward, segments = table.row_at(index)
        _, computed_forward, computed_segments = script.analyse(searching, word)
        if (forward, segments) != (computed_forward or b"", computed_segments):
            stale.append(word)
    assert not stale, stale[:10]


@needs_table
def test_the_filter_passes_every_word_of_the_table() -> None:
    table = WordTable()
    words = [table.row_at(index)[0] for index in range(len(table))]
    assert len(words) > 250_000
    assert all(table.may_hold(word) for word in words)
    absent = [f"{word}qx" for word in words[::100]]
    assert sum(map(table.may_hold, absent)) <= 0.03 * len(absent)
