"""WARC archives (.warc, .warc.gz): every HTML response record becomes a Document.

A cut archive (an interrupted download or crawl) is reported, not passed over: a record
whose payload ends early and bytes after the last whole record each become a failed record
(file, record number, reason), and the complete records before them are read as usual.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from lagebild.errors import ErrorCode, LagebildError
from lagebild.readers import Document, parse_input
from lagebild.readers.sources import RawInput

#: Read size when draining a record's unread payload (records can be large videos).
_CHUNK = 1 << 16


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
        end = 0  # file offset just after the last whole record
        try:
            records = ArchiveIterator(stream)
            for number, record in enumerate(records, start=1):
                body = record.content_stream().read() if _is_html_response(record) else None
                problem = _incomplete(record)
                end = records.get_record_offset() + records.get_record_length()
                if problem:
                    yield LagebildError(ErrorCode.E011, f"{name} record {number}", problem)
                    continue
                if body is None:
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI")
                crawled = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
                raw = RawInput(name=f"{name}#{number}", data=body, format="html", url=uri)
                # The page's own date wins; else the user's --published; else the crawl date.
                yield from parse_input(raw, published or crawled)
        except Exception as error:  # noqa: BLE001 (warcio raises many kinds on a broken file)
            yield LagebildError(
                ErrorCode.E011, f"{name} record {number + 1}", f"broken WARC: {error}"
            )
            return
        if _has_data_after(stream, end):
            # warcio ends quietly when the file stops inside a record's headers (or inside
            # a gzip member before them): the cut record would vanish without this check.
            yield LagebildError(
                ErrorCode.E011,
                f"{name} record {number + 1}",
                "truncated WARC: the archive ends inside this record",
            )


def _incomplete(record) -> str | None:  # noqa: ANN001 (warcio's ArcWarcRecord)
    """Why the record is cut short, or None for a whole one (its payload is drained)."""
    # Every record states its length; warcio takes a missing or cut-off one as 0 or None.
    declared = record.rec_headers.get_header(
        "length" if record.format == "arc" else "Content-Length"
    )
    if record.length is None or not (declared or "").strip().isdigit():
        return "truncated WARC: the record's headers end early or lack a valid Content-Length"
    while record.raw_stream.read(_CHUNK):
        pass
    missing = int(getattr(record.raw_stream, "limit", 0) or 0)
    if missing:
        return f"truncated WARC: the archive ends inside this record ({missing} bytes missing)"
    return None


def _has_data_after(stream: BinaryIO, end: int) -> bool:
    """Whether anything but the blank lines that end a record follows offset ``end``."""
    stream.seek(end)
    return bool(stream.read(_CHUNK).strip())
