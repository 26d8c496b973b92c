"""URLs are fetched only when named; failures are E009 (no network: urlopen is faked)."""

from __future__ import annotations

import io
import urllib.error
import urllib.request
from email.message import Message

import pytest
from reader_samples import GERMAN

from lagebild.errors import ErrorCode, LagebildError
from lagebild.readers import Document, read_inputs


class FakeResponse(io.BytesIO):
    def __init__(self, data: bytes, content_type: str) -> None:
        super().__init__(data)
        self.headers = Message()
        self.headers["Content-Type"] = content_type

    def __enter__(self) -> FakeResponse:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()


def test_url_is_fetched_with_a_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []

    def fake_urlopen(request: urllib.request.Request, timeout: float) -> FakeResponse:
        calls.append((request.full_url, timeout))
        return FakeResponse(GERMAN.encode(), "text/plain; charset=utf-8")

    monkeypatch.setattr(urllib.request, "urlopen", fake_urlopen)
    [document] = read_inputs(["https://example.org/artikel"])
    assert isinstance(document, Document)
    assert document.text == GERMAN and document.url == "https://example.org/artikel"
    assert calls and calls[0][1] > 0


def test_url_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    def failing_urlopen(request: urllib.request.Request, timeout: float) -> FakeResponse:
        raise urllib.error.URLError("Name or service not known")

    monkeypatch.setattr(urllib.request, "urlopen", failing_urlopen)
    [error] = read_inputs(["http://nirgendwo.invalid/x"])
    assert isinstance(error, LagebildError) and error.code is ErrorCode.E009
    assert "http://nirgendwo.invalid/x" in error.message
