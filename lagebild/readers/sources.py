"""Where input bytes come from: files, folders, URLs and stdin."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lagebild.errors import ErrorCode, LagebildError
from lagebild.readers.limits import DEFAULT_MAX_CHARS, too_many_bytes

TEXT_EXTENSIONS = frozenset({".txt", ".text", ".md"})
HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml"})
JSON_EXTENSIONS = frozenset({".json"})
JSONL_EXTENSIONS = frozenset({".jsonl", ".ndjson"})
KNOWN_EXTENSIONS = TEXT_EXTENSIONS | HTML_EXTENSIONS | JSON_EXTENSIONS | JSONL_EXTENSIONS
URL_TIMEOUT_S = 20
STDIN = "-"


@dataclass(frozen=True, slots=True)
class RawInput:
    """One input's bytes; ``format`` is "text", "html", "json", "jsonl" or None (sniff)."""

    name: str
    data: bytes
    format: str | None = None
    url: str | None = None


def format_of_extension(name: str) -> str | None:
    suffix = Path(name.split("?")[0]).suffix.lower()
    for extensions, kind in (
        (HTML_EXTENSIONS, "html"),
        (JSON_EXTENSIONS, "json"),
        (JSONL_EXTENSIONS, "jsonl"),
        (TEXT_EXTENSIONS, "text"),
    ):
        if suffix in extensions:
            return kind
    return None


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def raw_inputs(
    source: str, max_chars: int | None = DEFAULT_MAX_CHARS
) -> Iterator[RawInput | LagebildError]:
    """The inputs one source stands for (a folder gives its files, sorted, recursively)."""
    if source == STDIN:
        yield RawInput(name="stdin", data=sys.stdin.buffer.read())
        return
    if is_url(source):
        yield fetch_url(source)
        return
    path = Path(source)
    if path.is_dir():
        files = sorted(
            p
            for p in path.rglob("*")
            if p.is_file()
            and p.suffix.lower() in KNOWN_EXTENSIONS
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )
        if not files:
            yield LagebildError(ErrorCode.E011, source, "no known file types in folder")
        for file in files:
            yield read_file(file, str(file), max_chars)
        return
    yield read_file(path, source, max_chars)


def read_file(
    path: Path, name: str, max_chars: int | None = DEFAULT_MAX_CHARS
) -> RawInput | LagebildError:
    """The file's bytes; a text or HTML file too big for ``max_chars`` is not even read."""
    kind = format_of_extension(name)
    try:
        oversized = too_many_bytes(path.stat().st_size, kind, name, max_chars)
        if oversized:
            return oversized
        data = path.read_bytes()
    except FileNotFoundError:
        return LagebildError(ErrorCode.E005, name)
    except OSError as error:
        return LagebildError(ErrorCode.E005, name, error.strerror)
    return RawInput(name=name, data=data, format=kind)


def fetch_url(url: str) -> RawInput | LagebildError:
    """Fetch a URL the user named (never anything else) with a timeout; E009 on failure."""
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": "lagebild"})
    try:
        with urllib.request.urlopen(request, timeout=URL_TIMEOUT_S) as response:
            data = response.read()
            content_type = response.headers.get_content_type()
    except (urllib.error.URLError, OSError, ValueError) as error:
        return LagebildError(ErrorCode.E009, url, str(getattr(error, "reason", error)))
    kind = {
        "text/html": "html",
        "application/xhtml+xml": "html",
        "application/json": "json",
        "application/x-ndjson": "jsonl",
        "text/plain": "text",
    }.get(content_type)
    return RawInput(name=url, data=data, format=kind or format_of_extension(url), url=url)
