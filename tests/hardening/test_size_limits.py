"""The --max-chars limit: oversized inputs get E012 quickly, without being analysed."""

from __future__ import annotations

import time
from pathlib import Path

from bad_input_samples import GERMAN, GERMAN_UMLAUTS

from lagebild.errors import ErrorCode, LagebildError
from lagebild.readers import DEFAULT_MAX_CHARS, Document, parse_input, read_inputs
from lagebild.readers.sources import RawInput

FIFTY_MB = 50 * 1024 * 1024


def _german_chars(count: int) -> str:
    return ((GERMAN_UMLAUTS + " ") * (count // len(GERMAN_UMLAUTS) + 1))[:count]


def test_fifty_megabyte_text_file_is_rejected_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "riesig.txt"
    line = (GERMAN + "\n").encode()
    with path.open("wb") as stream:
        stream.write(line * (FIFTY_MB // len(line) + 1))
    started = time.monotonic()
    [error] = read_inputs([str(path)])
    assert time.monotonic() - started < 2
    assert isinstance(error, LagebildError) and error.code is ErrorCode.E012
    assert str(path) in error.message and "--max-chars" in error.message


def test_fifty_megabytes_on_stdin_are_rejected_before_decoding() -> None:
    data = (GERMAN + "\n").encode() * (FIFTY_MB // len(GERMAN))
    started = time.monotonic()
    [error] = parse_input(RawInput(name="stdin", data=data))
    assert time.monotonic() - started < 2
    assert isinstance(error, LagebildError) and error.code is ErrorCode.E012
    assert error.message.startswith("stdin:")


def test_two_megabyte_single_line_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "zeile.txt"
    path.write_text((GERMAN + " ") * (2 * 1024 * 1024 // len(GERMAN)), encoding="utf-8")
    [error] = read_inputs([str(path)])
    assert isinstance(error, LagebildError) and error.code is ErrorCode.E012


def test_limit_is_on_characters_after_decoding(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(_german_chars(1000), encoding="utf-8")  # more bytes than characters
    [document] = read_inputs([str(path)], max_chars=1000)
    assert isinstance(document, Document)
    [error] = read_inputs([str(path)], max_chars=999)
    assert isinstance(error, LagebildError) and error.code is ErrorCode.E012


def test_zero_lifts_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(_german_chars(1000), encoding="utf-8")
    [document] = read_inputs([str(path)], max_chars=0)
    assert isinstance(document, Document)


def test_json_records_are_limited_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "viele.jsonl"
    short = '{"text": "' + GERMAN + '"}'
    long = '{"text": "' + "Wort " * 400 + '"}'
    path.write_text("\n".join([short, long, short]) + "\n", encoding="utf-8")
    items = list(read_inputs([str(path)], max_chars=1000))
    assert [type(item).__name__ for item in items] == ["Document", "LagebildError", "Document"]
    assert items[1].code is ErrorCode.E012 and f"{path} line 2" in items[1].message


def test_html_is_limited_by_its_main_text(tmp_path: Path) -> None:
    path = tmp_path / "seite.html"
    boilerplate = "<nav>" + "<a href='/x'>Link</a>" * 200 + "</nav>"
    path.write_text(
        f"<html><body>{boilerplate}<article><p>{GERMAN}</p><p>{GERMAN}</p></article></body></html>",
        encoding="utf-8",
    )
    [document] = read_inputs([str(path)], max_chars=1000)
    assert isinstance(document, Document) and len(document.text) <= 1000


def test_cli_default_matches_the_readers_default() -> None:
    import inspect

    from lagebild.cli import analyze

    assert inspect.signature(analyze).parameters["max_chars"].default == DEFAULT_MAX_CHARS
