"""Plain text: encodings, newlines, folders, stdin and the batch behaviour."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from reader_samples import ENGLISH, GERMAN, GERMAN_UMLAUTS

from lagebild.errors import ErrorCode, LagebildError
from lagebild.readers import Document, read_inputs
from lagebild.readers.decoding import decode, is_binary


def _read(*sources: str | Path, published: str | None = None) -> list[Document | LagebildError]:
    return list(read_inputs([str(s) for s in sources], published=published))


def _only_document(items: list[Document | LagebildError]) -> Document:
    assert len(items) == 1 and isinstance(items[0], Document), items
    return items[0]


def test_utf8_text_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(GERMAN_UMLAUTS + "\n", encoding="utf-8")
    document = _only_document(_read(path))
    assert document.text == GERMAN_UMLAUTS + "\n"
    assert document.id == str(path) and document.source == str(path)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1252", "latin-1"])
def test_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes((GERMAN_UMLAUTS + "\r\n" + GERMAN).encode(encoding))
    document = _only_document(_read(path))
    assert document.text == GERMAN_UMLAUTS + "\n" + GERMAN


def test_cp1252_specific_characters(tmp_path: Path) -> None:
    text = "„Wir müssen handeln“, sagte der Minister – und nannte 5 € als Größe."
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("cp1252"))
    assert _only_document(_read(path)).text == text


def test_crlf_and_cr_newlines_become_lf() -> None:
    assert decode(b"eins\r\nzwei\rdrei", "x") == "eins\nzwei\ndrei"


def test_published_applies_to_documents_without_date(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(GERMAN, encoding="utf-8")
    assert _only_document(_read(path, published="2022-01-10")).published == "2022-01-10"


@pytest.mark.parametrize("value", ["10.01.2022", "2022-13-01", "2022-1-5", "gestern"])
def test_invalid_published_raises_before_reading(tmp_path: Path, value: str) -> None:
    with pytest.raises(LagebildError) as raised:
        read_inputs([str(tmp_path / "missing.txt")], published=value)
    assert raised.value.code is ErrorCode.E010


def test_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    [error] = _read(missing)
    assert isinstance(error, LagebildError) and error.code is ErrorCode.E005
    assert str(missing) in error.message


@pytest.mark.parametrize("content", [b"", b"   \n\t\n", "\ufeff  \n".encode()])
def test_empty_input(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    [error] = _read(path)
    assert isinstance(error, LagebildError) and error.code is ErrorCode.E001
    assert str(path) in error.message


@pytest.mark.parametrize(
    "content",
    [
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"\x89PNG\r\n\x1a\n\x00\x00",
        b"PK\x03\x04\x14\x00",
        b"\x1f\x8b\x08\x00abc",
        b"Text mit \x00 Nullbyte",
    ],
)
def test_binary_input(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "file.txt"
    path.write_bytes(content)
    [error] = _read(path)
    assert isinstance(error, LagebildError) and error.code is ErrorCode.E002
    assert is_binary(content)


def test_utf16_with_bom_is_not_binary() -> None:
    assert not is_binary(GERMAN.encode("utf-16"))


def test_undecodable_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import charset_normalizer

    class NoMatch:
        def best(self) -> None:
            return None

    monkeypatch.setattr(charset_normalizer, "from_bytes", lambda data: NoMatch())
    path = tmp_path / "a.txt"
    path.write_bytes(b"abc \x81\x8d\x8f\x90\x9d def")  # invalid UTF-8 and cp1252
    [error] = _read(path)
    assert isinstance(error, LagebildError) and error.code is ErrorCode.E003


def test_non_german_text(tmp_path: Path) -> None:
    path = tmp_path / "en.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    [error] = _read(path)
    assert isinstance(error, LagebildError) and error.code is ErrorCode.E004
    assert "detected en" in error.message and str(path) in error.message


def test_short_text_skips_language_check(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_text("OK, fine.", encoding="utf-8")
    assert _only_document(_read(path)).text == "OK, fine."


def test_folder_is_read_recursively_and_sorted(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "a.txt").write_text(GERMAN_UMLAUTS, encoding="utf-8")
    (tmp_path / "c.pdf").write_bytes(b"%PDF-1.4")  # unknown extension: skipped in folders
    (tmp_path / ".hidden.txt").write_text(GERMAN, encoding="utf-8")
    documents = _read(tmp_path)
    assert [d.id for d in documents if isinstance(d, Document)] == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b" / "2.txt"),
    ]


def test_empty_folder(tmp_path: Path) -> None:
    [error] = _read(tmp_path)
    assert isinstance(error, LagebildError) and error.code is ErrorCode.E011


def test_batch_with_a_bad_file_between_good_ones(tmp_path: Path) -> None:
    good_a, bad, good_b = tmp_path / "1.txt", tmp_path / "2.txt", tmp_path / "3.txt"
    good_a.write_text(GERMAN, encoding="utf-8")
    bad.write_bytes(b"%PDF-1.4 binary")
    good_b.write_text(GERMAN_UMLAUTS, encoding="utf-8")
    items = _read(good_a, bad, tmp_path / "missing.txt", good_b)
    assert [type(i).__name__ for i in items] == [
        "Document",
        "LagebildError",
        "LagebildError",
        "Document",
    ]
    assert [i.code for i in items if isinstance(i, LagebildError)] == [
        ErrorCode.E002,
        ErrorCode.E005,
    ]


def _fake_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_stdin_text(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_stdin(monkeypatch, GERMAN_UMLAUTS.encode("cp1252"))
    document = _only_document(_read("-"))
    assert document.text == GERMAN_UMLAUTS and document.id == "stdin"


def test_stdin_jsonl_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    lines = [json.dumps({"text": GERMAN}), json.dumps({"text": GERMAN_UMLAUTS, "id": "x"})]
    _fake_stdin(monkeypatch, "\n".join(lines).encode())
    assert [d.id for d in _read("-") if isinstance(d, Document)] == ["stdin#1", "x"]
