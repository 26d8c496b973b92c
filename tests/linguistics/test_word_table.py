from __future__ import annotations

import pickle
import sqlite3
from pathlib import Path

import pytest

from lagebild.linguistics.hanta_fast import CANDIDATE_CUTOFF, FastHanoverTagger
from lagebild.linguistics.tagger import HANTA_MODEL, GermanTagger
from lagebild.linguistics.word_table import (
    TABLE_PATH,
    WordTable,
    decode_scores,
    decode_segmentation,
    encode_scores,
    encode_segmentations,
    write_word_hashes,
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
    table = WordTable(tmp_path / "absent.sqlite")
    assert not table.available
    assert table.scores("lanciert") is None
    assert table.segmentation("lanciert", -22) is None


def test_the_table_pickles_without_its_connection(tmp_path: Path) -> None:
    path = tmp_path / "words.sqlite"
    database = sqlite3.connect(path)
    database.execute("CREATE TABLE words (word TEXT PRIMARY KEY, forward BLOB, segments BLOB)")
    database.execute(
        "INSERT INTO words VALUES (?, ?, ?)",
        ("wort", encode_scores([(22, -1.5)]), encode_segmentations({-22: [(5, 4)]})),
    )
    database.commit()
    database.close()
    table = WordTable(path)
    assert table.scores("wort") == [(22, -1.5)]
    copy = pickle.loads(pickle.dumps(table))
    assert copy.scores("wort") == [(22, -1.5)]
    assert copy.segmentation("wort", -22) == [(5, 4)]


needs_table = pytest.mark.skipif(not TABLE_PATH.is_file(), reason="word table not built")


@pytest.fixture(scope="module")
def searching() -> FastHanoverTagger:
    return FastHanoverTagger(HANTA_MODEL)


@needs_table
def test_stored_words_hold_what_hanta_computes(searching: FastHanoverTagger) -> None:
    table = WordTable()
    database = sqlite3.connect(TABLE_PATH)
    # Every 2,000th row: short, long, hyphenated and lexicon words alike.
    sample = [row[0] for row in database.execute("SELECT word FROM words")][::2000]
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
def test_prefetched_rows_answer_as_the_table_does() -> None:
    direct, ahead = WordTable(), WordTable()
    words = RARE_WORDS + ["regierung", "not-a-word-at-all"]
    ahead.prefetch(set(words))
    for word in words:
        assert ahead.scores(word) == direct.scores(word)
        for target in (-20, -22, -17):
            assert ahead.segmentation(word, target) == direct.segmentation(word, target)
    ahead.prefetch(set())
    assert ahead.scores("lanciert") == direct.scores("lanciert")


@needs_table
def test_the_hash_file_lists_every_word_of_the_table(tmp_path: Path) -> None:
    table = WordTable()
    assert table.hashes is not None
    database = sqlite3.connect(TABLE_PATH)
    words = [row[0] for row in database.execute("SELECT word FROM words")]
    assert all(table.may_hold(word) for word in words)
    # Rebuilt from the table, the file is the one shipped.
    rebuilt = write_word_hashes(TABLE_PATH, tmp_path / "words.hashes")
    assert rebuilt.read_bytes() == TABLE_PATH.with_suffix(".hashes").read_bytes()
    absent = [f"{word}qx" for word in words[::1000]]
    assert sum(table.may_hold(word) for word in absent) <= 1


def test_a_table_without_hash_file_looks_every_word_up(tmp_path: Path) -> None:
    path = tmp_path / "words.sqlite"
    database = sqlite3.connect(path)
    database.execute("CREATE TABLE words (word TEXT PRIMARY KEY, forward BLOB, segments BLOB)")
    database.execute(
        "INSERT INTO words VALUES (?, ?, ?)", ("wort", encode_scores([(22, -1.5)]), None)
    )
    database.commit()
    database.close()
    unhashed = WordTable(path)
    assert unhashed.hashes is None
    assert unhashed.scores_of(["wort", "satz"]) == {"wort": [(22, -1.5)]}
    write_word_hashes(path)
    hashed = WordTable(path)
    assert hashed.listed(["wort", "satz"]) == ["wort"]
    assert hashed.scores_of(["satz"]) == {}
    assert hashed.scores_of(["satz", "wort"]) == {"wort": [(22, -1.5)]}
    hashed.prefetch({"wort", "satz"})
    assert hashed.scores("wort") == [(22, -1.5)]
    assert hashed.scores("satz") is None


def test_the_table_is_read_through_a_memory_map(tmp_path: Path) -> None:
    path = tmp_path / "words.sqlite"
    sqlite3.connect(path).execute("CREATE TABLE words (word TEXT PRIMARY KEY)").connection.close()
    table = WordTable(path)
    assert table._cursor().execute("PRAGMA mmap_size").fetchone()[0] > path.stat().st_size
