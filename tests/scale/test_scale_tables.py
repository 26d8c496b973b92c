"""Flattening Analysis records into Arrow tables, and writing/reading the Parquet parts."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pyarrow as pa
import pytest

from lagebild.errors import LagebildError
from lagebild.model import (
    Analysis,
    Cue,
    Entity,
    Event,
    EventActor,
    Mention,
    Participant,
    Place,
    Provenance,
    Quote,
    Sentence,
    Span,
    TextSpan,
)
from lagebild.readers.document import Document
from lagebild.readers.gnad import read_gnad
from lagebild.scale import partition
from lagebild.scale.dask_run import split
from lagebild.scale.inputs import scale_inputs
from lagebild.scale.parquet import clear_parts, read_tables, write_part
from lagebild.scale.tables import SCHEMAS, TABLE_NAMES, to_tables

TEXT = "Scholz traf Biden in Berlin. „Wir stehen zusammen“, sagte Scholz."


def _analysis(doc_id: str = "a1") -> Analysis:
    scholz = Entity(
        id="e1",
        name="Olaf Scholz",
        type="PER",
        code="DEUGOV",
        affiliation="DEU",
        roles=["Bundeskanzler"],
        variants=["Scholz"],
        mentions=[
            Mention(start=0, end=6, text="Scholz"),
            Mention(start=58, end=64, text="Scholz", kind="name"),
        ],
    )
    biden = Entity(
        id="e2",
        name="Joe Biden",
        type="PER",
        code="USAGOV",
        mentions=[Mention(start=12, end=17, text="Biden")],
    )
    quote = Quote(
        id="q1",
        kind="direct",
        start=30,
        end=49,
        text="Wir stehen zusammen",
        speaker=Participant(name="Olaf Scholz", entity_id="e1", start=58, end=64),
        cue=Cue(start=52, end=57, text="sagte", lemma="sagen"),
    )
    event = Event(
        id="ev1",
        type="CONSULT",
        mode="visit",
        actor=EventActor(code="DEUGOV", name="Olaf Scholz", entity_id="e1"),
        recipient=EventActor(code="USAGOV", name="Joe Biden", entity_id="e2"),
        trigger=TextSpan(start=7, end=11, text="traf"),
        sentence=Span(start=0, end=28),
        where="Berlin",
        quantity=3,
        score=0.5,
    )
    berlin = Place(
        name="Berlin",
        country="DE",
        lat=52.52,
        lon=13.4,
        mentions=[TextSpan(start=21, end=27, text="Berlin")],
    )
    return Analysis(
        id=doc_id,
        source="test",
        title="Treffen",
        published="2024-02-03",
        text=TEXT,
        sentences=[Sentence(start=0, end=28), Sentence(start=29, end=len(TEXT))],
        entities=[scholz, biden],
        quotes=[quote],
        events=[event],
        places=[berlin],
        provenance=Provenance(lagebild_version="9.9", pipeline=["x"]),
    )


def test_tables_have_the_fixed_schemas_and_row_counts() -> None:
    tables = to_tables([_analysis("a1"), _analysis("a2")])
    assert set(tables) == set(TABLE_NAMES)
    for name, table in tables.items():
        assert table.schema.equals(SCHEMAS[name]), name
    counts = {name: table.num_rows for name, table in tables.items()}
    assert counts == {
        "documents": 2,
        "entities": 4,
        "mentions": 6,
        "quotes": 2,
        "events": 2,
        "places": 2,
    }


def test_document_row_values() -> None:
    row = to_tables([_analysis()])["documents"].to_pylist()[0]
    assert row["doc_id"] == "a1" and row["title"] == "Treffen"
    assert row["published"] == "2024-02-03" and row["url"] is None
    assert row["content_hash"] == hashlib.sha256(TEXT.encode("utf-8")).hexdigest()
    assert row["lagebild_version"] == "9.9" and row["n_sentences"] == 2 and row["text"] == TEXT


def test_entity_mention_quote_event_place_values() -> None:
    tables = to_tables([_analysis()])
    entity = tables["entities"].to_pylist()[0]
    assert entity["roles"] == ["Bundeskanzler"] and entity["variants"] == ["Scholz"]
    assert entity["code"] == "DEUGOV" and entity["affiliation"] == "DEU"
    mentions = tables["mentions"].to_pylist()
    assert all(TEXT[m["start"] : m["end"]] == m["text"] for m in mentions)
    assert [m["entity_id"] for m in mentions] == ["e1", "e1", "e2"]
    quote = tables["quotes"].to_pylist()[0]
    assert quote["speaker_name"] == "Olaf Scholz" and quote["speaker_entity_id"] == "e1"
    assert quote["cue_lemma"] == "sagen" and quote["addressee_name"] is None
    assert TEXT[quote["start"] : quote["end"]] == quote["text"]
    event = tables["events"].to_pylist()[0]
    assert (event["actor_code"], event["recipient_code"]) == ("DEUGOV", "USAGOV")
    assert event["trigger_text"] == "traf" and event["trigger_start"] == 7
    assert (event["sentence_start"], event["sentence_end"]) == (0, 28)
    assert event["negated"] is False and event["quantity"] == 3 and event["score"] == 0.5
    assert event["when"] is None and event["where"] == "Berlin"
    place = tables["places"].to_pylist()[0]
    assert place == {
        "doc_id": "a1",
        "name": "Berlin",
        "country": "DE",
        "lat": 52.52,
        "lon": 13.4,
        "n_mentions": 1,
    }


def test_empty_input_gives_empty_tables_with_schema() -> None:
    tables = to_tables([])
    assert all(table.num_rows == 0 for table in tables.values())
    assert tables["events"].schema.field("negated").type == pa.bool_()


def test_parts_round_trip_and_stale_parts_are_cleared(tmp_path: Path) -> None:
    write_part(to_tables([_analysis("a1")]), tmp_path, 0)
    write_part(to_tables([]), tmp_path, 1)
    tables = read_tables(tmp_path)
    assert tables["documents"].num_rows == 1 and tables["places"].num_rows == 1
    assert sorted(p.name for p in (tmp_path / "events").iterdir()) == [
        "part-00000.parquet",
        "part-00001.parquet",
    ]
    clear_parts(tmp_path)
    assert read_tables(tmp_path)["documents"].num_rows == 0


def test_gnad_reader_parses_quoted_rows_and_reports_bad_ones(tmp_path: Path) -> None:
    csv_file = tmp_path / "news.csv"
    csv_file.write_text(
        "Inland;'Der Minister sagte, es gehe um ''Vertrauen''; mehr nicht.'\nkaputt\nSport;''\n",
        encoding="utf-8",
    )
    items = list(read_gnad(csv_file))
    assert isinstance(items[0], Document)
    assert items[0].text == "Der Minister sagte, es gehe um 'Vertrauen'; mehr nicht."
    assert items[0].id == "news.csv:1"
    assert [type(item).__name__ for item in items[1:]] == ["LagebildError", "LagebildError"]


def test_split_makes_near_equal_contiguous_chunks() -> None:
    documents = [Document(id=str(n), text="x") for n in range(7)]
    chunks = split(documents, 3)
    assert [len(chunk) for chunk in chunks] == [3, 2, 2]
    assert [d.id for chunk in chunks for d in chunk] == [str(n) for n in range(7)]
    assert len(split(documents[:2], 5)) == 2
    assert split([], 4) == [[]]


class _FlakyAnalyzer:
    def analyze(self, document: Document) -> Analysis:
        if "kaputt" in document.text:
            raise ValueError("bad record")
        return _analysis(document.id)


def test_a_bad_record_is_counted_not_fatal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(partition, "process_analyzer", _FlakyAnalyzer)
    documents = [
        Document(id="ok1", text="gut"),
        Document(id="bad", text="kaputt"),
        Document(id="ok2", text="gut"),
    ]
    result = partition.analyse_partition(3, documents, str(tmp_path))
    assert (result.ok, result.failed) == (2, 1)
    assert result.errors and result.errors[0].startswith("bad: ValueError")
    assert result.rows["documents"] == 2
    assert (tmp_path / "documents" / "part-00003.parquet").is_file()


def test_scale_inputs_dates_gnad_rows_and_rejects_a_bad_date(tmp_path: Path) -> None:
    csv_file = tmp_path / "news.csv"
    csv_file.write_text("Inland;'Erster Text.'\nInland;'Zweiter Text.'\n", encoding="utf-8")
    items = list(scale_inputs([str(csv_file)], published="2024-05-06", limit=1))
    assert len(items) == 1 and isinstance(items[0], Document)
    assert items[0].published == "2024-05-06"
    with pytest.raises(LagebildError):
        scale_inputs([str(csv_file)], published="gestern")
