"""JSON and JSONL records."""

from __future__ import annotations

import json
from pathlib import Path

from reader_samples import ENGLISH, GERMAN, GERMAN_UMLAUTS

from lagebild.errors import ErrorCode, LagebildError
from lagebild.readers import Document, read_inputs


def _read(path: Path, published: str | None = None) -> list[Document | LagebildError]:
    return list(read_inputs([str(path)], published=published))


def test_json_object(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    record = {
        "text": GERMAN,
        "title": "Hilfen",
        "published": "2022-01-10T08:30:00Z",
        "url": "https://example.org/x",
        "source": "Beispielzeitung",
        "id": "art-1",
    }
    path.write_text(json.dumps(record), encoding="utf-8")
    [document] = _read(path)
    assert document == Document(
        id="art-1",
        text=GERMAN,
        source="Beispielzeitung",
        title="Hilfen",
        published="2022-01-10",
        url="https://example.org/x",
    )


def test_json_list_ids_and_dates(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    records = [{"text": GERMAN, "published": "10.01.2022"}, {"text": GERMAN_UMLAUTS}]
    path.write_text(json.dumps(records), encoding="utf-8")
    first, second = _read(path, published="2021-12-31")
    assert isinstance(first, Document) and isinstance(second, Document)
    assert (first.id, first.published) == (f"{path}#1", "2022-01-10")
    assert (second.id, second.published) == (f"{path}#2", "2021-12-31")
    assert first.source == str(path)


def test_jsonl_with_a_malformed_line(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(
        json.dumps({"text": GERMAN}) + "\n{kaputt\n\n" + json.dumps({"text": GERMAN_UMLAUTS}),
        encoding="utf-8",
    )
    first, error, third = _read(path)
    assert isinstance(first, Document) and first.id == f"{path}#1"
    assert isinstance(error, LagebildError) and error.code is ErrorCode.E006
    assert f"{path} line 2" in error.message
    assert isinstance(third, Document) and third.id == f"{path}#4"


def test_malformed_json_file(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text('{"text": "abc"', encoding="utf-8")
    [error] = _read(path)
    assert isinstance(error, LagebildError) and error.code is ErrorCode.E006
    assert str(path) in error.message


def test_record_without_text(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(
        json.dumps({"title": "ohne"}) + "\n" + json.dumps(["kein", "objekt"]), encoding="utf-8"
    )
    first, second = _read(path)
    assert isinstance(first, LagebildError) and first.code is ErrorCode.E007
    assert f"{path} line 1" in first.message
    assert isinstance(second, LagebildError) and second.code is ErrorCode.E007


def test_record_errors_name_the_record(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    records = [
        {"text": "  "},
        {"text": ENGLISH, "id": "en-1"},
        {"text": GERMAN, "published": "bald"},
    ]
    path.write_text(json.dumps(records), encoding="utf-8")
    empty, english, bad_date = _read(path)
    assert isinstance(empty, LagebildError) and empty.code is ErrorCode.E001
    assert f"{path} record 1" in empty.message
    assert isinstance(english, LagebildError) and english.code is ErrorCode.E004
    assert f"{path} record 2" in english.message and "detected en" in english.message
    assert isinstance(bad_date, LagebildError) and bad_date.code is ErrorCode.E010
