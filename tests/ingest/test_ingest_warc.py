from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest

from lagebild.errors import LagebildError
from lagebild.ingest import read_sources
from lagebild.ingest.sources import count_records
from lagebild.readers import Document

warcio = pytest.importorskip("warcio")

PAGE = """<html><head><title>Hilfspaket beschlossen</title>
<meta property="article:published_time" content="2022-03-04"></head><body>
<nav>Startseite | Politik | Sport</nav>
<article><h1>Hilfspaket beschlossen</h1>
<p>Die Bundesregierung hat am Mittwoch ein neues Hilfspaket für die Ukraine beschlossen.
Es umfasst Lieferungen von Generatoren, Medikamenten und Winterkleidung.</p>
<p>Die Opposition kritisierte, die Hilfe komme zu spät, und forderte eine schnellere
Abstimmung mit den europäischen Partnern in Brüssel. Der Minister wies das zurück.</p>
</article><footer>Impressum</footer></body></html>"""


def write_warc(path: Path, gzip: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        for uri, body, content_type in (
            ("https://example.org/a", PAGE, "text/html; charset=utf-8"),
            ("https://example.org/logo.png", "PNG", "image/png"),
        ):
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", content_type)], protocol="HTTP/1.0"
            )
            writer.write_record(
                writer.create_warc_record(
                    uri, "response", payload=BytesIO(body.encode("utf-8")), http_headers=headers
                )
            )


@pytest.mark.parametrize("name,gzip", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_warc_html_responses_become_documents(tmp_path: Path, name: str, gzip: bool) -> None:
    path = tmp_path / name
    write_warc(path, gzip)
    items = list(read_sources([str(path)]))
    docs = [item for item in items if isinstance(item, Document)]
    assert len(docs) == 1, items
    assert docs[0].url == "https://example.org/a"
    assert "Hilfspaket für die Ukraine" in docs[0].text
    assert "Impressum" not in docs[0].text
    assert count_records([str(path)]) == 1


def test_broken_warc_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00garbage" * 10)
    items = list(read_sources([str(path)]))
    assert items and all(isinstance(item, LagebildError) for item in items)


def write_pages(path: Path, gzip: bool, count: int) -> list[int]:
    """``count`` HTML responses; the file offset where each record ends."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    ends = []
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        for number in range(count):
            page = PAGE.replace("Hilfspaket", f"Hilfspaket {number}")
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.0"
            )
            writer.write_record(
                writer.create_warc_record(
                    f"https://example.org/{number}",
                    "response",
                    payload=BytesIO(page.encode("utf-8")),
                    http_headers=headers,
                )
            )
            ends.append(stream.tell())
    return ends


@pytest.mark.parametrize("gzip", [True, False])
@pytest.mark.parametrize("fraction", [0.02, 0.3, 0.6, 0.97])
def test_truncated_warc_reports_the_cut_record(tmp_path: Path, gzip: bool, fraction: float) -> None:
    whole = tmp_path / ("whole.warc.gz" if gzip else "whole.warc")
    ends = write_pages(whole, gzip, 3)
    # Cut inside the second record: in its headers (small fractions) or its payload.
    cut = ends[0] + max(1, int((ends[1] - ends[0]) * fraction))
    path = tmp_path / ("cut.warc.gz" if gzip else "cut.warc")
    path.write_bytes(whole.read_bytes()[:cut])
    after = tmp_path / "after.txt"
    after.write_text(
        "Der Minister reiste am Montag nach Kiew und sprach dort mit der "
        "Regierung über weitere Hilfen für die Ukraine.",
        encoding="utf-8",
    )

    items = list(read_sources([str(path), str(after)]))

    docs = [item for item in items if isinstance(item, Document)]
    errors = [item for item in items if isinstance(item, LagebildError)]
    assert [doc.url for doc in docs] == ["https://example.org/0", None]  # the rest goes on
    assert len(errors) == 1, items
    assert errors[0].code.name == "E011"
    assert errors[0].message.startswith(f"{path} record 2: ")
    assert "truncated" in errors[0].message or "broken" in errors[0].message


def test_whole_warc_has_no_truncation_error(tmp_path: Path) -> None:
    for gzip, name in ((True, "a.warc.gz"), (False, "a.warc")):
        write_pages(tmp_path / name, gzip, 3)
        items = list(read_sources([str(tmp_path / name)]))
        assert all(isinstance(item, Document) for item in items), items
        assert len(items) == 3
