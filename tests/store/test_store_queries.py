from __future__ import annotations

import pytest

from lagebild.store import queries


def test_search_finds_words_and_ranks(corpus) -> None:  # noqa: ANN001
    hits = queries.search(corpus, "Hilfsgütern")
    assert [hit["doc_id"] for hit in hits] == ["b1"]
    assert "[" in hits[0]["snippet"]
    assert queries.search(corpus, "Mondlandung") == []
    assert queries.search(corpus, "   ") == []
    assert {hit["doc_id"] for hit in queries.search(corpus, "Drohungen")} == {"a1", "a2"}


def test_search_quotes_user_syntax_safely(corpus) -> None:  # noqa: ANN001
    assert queries.search(corpus, 'Ukraine" OR NEAR(') is not None


def test_quotes_by_speaker_and_topic(corpus) -> None:  # noqa: ANN001
    assert len(queries.quotes(corpus, speaker="Lawrow")) == 2
    about = queries.quotes(corpus, about="Antwort")
    assert [row["doc_id"] for row in about] == ["a2"]
    assert queries.quotes(corpus, speaker="Lawrow", since="2022-01-15")[0]["doc_id"] == "a2"
    assert queries.quotes(corpus, speaker="Selenskyj") == []


def test_events_filters(corpus) -> None:  # noqa: ANN001
    threats = queries.events(corpus, actor="RUS", recipient="UKR", type="THREATEN")
    assert [row["doc_id"] for row in threats] == ["a1", "a2"]
    assert [r["doc_id"] for r in queries.events(corpus, actor="RUS", until="2022-01-15")] == ["a1"]
    assert queries.events(corpus, actor="RUS", type="AID") == []
    # a code matches exactly: RUS must not find Belarus ("Weißrussland", BLR)
    assert all(row["actor_code"] == "RUS" for row in queries.events(corpus, actor="RUS"))
    assert [row["type"] for row in queries.events(corpus, actor="Weißrussland")] == ["ACCUSE"]
    assert len(queries.events(corpus, recipient="UKR")) == 3


def test_timeline_by_period(corpus) -> None:  # noqa: ANN001
    monthly = queries.timeline(corpus, by="month")
    assert [row["period"] for row in monthly] == ["2022-01", "2022-02"]
    assert monthly[0]["THREATEN"] == 2 and monthly[0]["score"] == -8.0
    assert monthly[1]["AID"] == 1 and monthly[1]["ACCUSE"] == 1 and monthly[1]["score"] == 3.0
    weekly = queries.timeline(corpus, actor="RUS", recipient="UKR", by="week")
    assert [(row["period"], row["events"]) for row in weekly] == [("2022-W02", 1), ("2022-W03", 1)]
    daily = queries.timeline(corpus, by="day", since="2022-02-01")
    assert [row["period"] for row in daily] == ["2022-02-15"]


def test_actors_listing(corpus) -> None:  # noqa: ANN001
    rows = queries.actors(corpus)
    assert rows[0]["key"] == "code:UKR" and rows[0]["documents"] == 3
    people = queries.actors(corpus, type="PER")
    assert {row["name"] for row in people} == {"Sergej Lawrow", "Wolodymyr Selenskyj"}


def test_postgres_search_uses_german_stemming(corpus) -> None:  # noqa: ANN001
    if corpus.dialect.name != "postgresql":
        pytest.skip("German stemming is PostgreSQL's; SQLite FTS5 matches whole words")
    assert {hit["doc_id"] for hit in queries.search(corpus, "Drohung")} == {"a1", "a2"}
    assert [row["doc_id"] for row in queries.quotes(corpus, about="Antworten")] == ["a2"]
