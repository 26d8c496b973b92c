"""WARC archives (.warc, .warc.gz): every HTML response record becomes a Document."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from lagebild.errors import ErrorCode, LagebildError
from lagebild.readers import Document, parse_input
from lagebild.readers.sources import RawInput


def count_html_responses(path: Path) -> int:
    """How many HTML responses the archive holds, without extracting them (for progress)."""
    from warcio.archiveiterator import ArchiveIterator

    count = 0
    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if _is_html_response(record):
                    count += 1
    except Exception:  # noqa: BLE001 (reading reports the broken archive properly)
        count += 1
    return count


def _is_html_response(record) -> bool:  # noqa: ANN001 (warcio's ArcWarcRecord)
    if record.rec_type != "response" or record.http_headers is None:
        return False
    return "html" in (record.http_headers.get_header("Content-Type") or "").lower()


def read_warc(
    path: Path, name: str, published: str | None = None
) -> Iterator[Document | LagebildError]:
    from warcio.archiveiterator import ArchiveIterator

    try:
        stream = path.open("rb")
    except OSError as error:
        yield LagebildError(ErrorCode.E005, name, error.strerror)
        return
    with stream:
        number = 0
        try:
            for number, record in enumerate(ArchiveIterator(stream), start=1):
                if not _is_html_response(record):
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI")
                crawled = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
                raw = RawInput(name=f"{name}#{number}", data=record.content_stream().read(),
                               format="html", url=uri)
                # The page's own date wins; else the user's --published; else the crawl date.
                yield from parse_input(raw, published or crawled)
        except Exception as error:  # noqa: BLE001 (warcio raises many kinds on a broken file)
            yield LagebildError(ErrorCode.E011, f"{name} record {number + 1}",
                                f"broken WARC: {error}")
